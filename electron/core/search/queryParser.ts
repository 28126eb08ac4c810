/**
 * The search box language, for people who do not write query syntax for a living:
 *
 *   persecution "identifiable group"     every word and phrase must occur
 *   torture OR "cruel treatment"         alternatives (OR in capitals; lower-case "or" is a word)
 *   -reservation  -"general comment"     leave out passages containing these
 *   kind:instrument lang:fr year:1990..2005 doc:"rome statute" state:FRA
 *
 * Words go through the same tokenizer and folding as the index, so a typed word that the
 * index would cut in two ("ill-treatment", "l'homme", "10:30") becomes a phrase of its parts,
 * which matches "ill-treatment" and "ill treatment" alike. Chinese and Japanese typed without
 * spaces ("人权宣言") become the phrase of their overlapping character pairs (人权 权宣 宣言),
 * so the characters must stand together, wherever the fragment was cut.
 *
 * Filters: a word is read as a filter when it starts with ASCII letters and a colon and
 * something follows the colon ("kind:draft", "doc:\"rome statute\""), or when the letters are
 * one of our keys. Unknown keys are reported rather than searched, so "language:fr" gets an
 * explanation instead of silently finding nothing. Not filters: "10:30" (digits), "Note:"
 * (nothing after the colon), "http://…" (value starts with "/").
 */
import type { Citation } from '../../common/citations';
import type { DocumentKind } from '../../common/model';
import { findCitationWords } from './citationQuery';
import type { ParseResult, ParsedQuery, QueryFilters, QueryTerm } from './queryTypes';
import { hyphenCompounds, isCjk, normalizeToken, stopWords, tokenize } from './textProcessing';

/** Straight and typographic quotes: word processors and phones replace " as you type. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\uFF02']);
const WHITESPACE = /\s/;
const FILTER_PREFIX = /^([A-Za-z]+):/;
const FILTER_KEYS = ['kind', 'lang', 'year', 'doc', 'state'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const KINDS: Record<string, DocumentKind> = {
  instrument: 'instrument',
  instruments: 'instrument',
  draft: 'draft',
  drafts: 'draft',
  statement: 'statement',
  statements: 'statement',
};

const LANGUAGES: Record<string, string> = {
  en: 'en',
  english: 'en',
  fr: 'fr',
  french: 'fr',
  es: 'es',
  spanish: 'es',
  ru: 'ru',
  russian: 'ru',
  ar: 'ar',
  arabic: 'ar',
  zh: 'zh',
  chinese: 'zh',
};

const ALTERNATIVES_EXAMPLE = 'torture OR "ill-treatment"';
const NO_WORDS_MESSAGE =
  'Add at least one word or phrase to look for. Filters and -exclusions only narrow a search, ' +
  'as in: torture kind:instrument -reservation';

/** A query error, thrown inside the parser and returned as { ok: false }. */
class QueryError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** One piece of the query as typed. start/end are offsets into the input. */
type Item =
  | { type: 'or'; start: number; end: number }
  | { type: 'filter'; start: number; end: number }
  | {
      type: 'text';
      start: number;
      end: number;
      /** The word or the phrase inside the quotes, as typed. */
      raw: string;
      tokens: string[];
      quoted: boolean;
      excluded: boolean;
    };

interface FilterState {
  filters: QueryFilters;
  chips: ParsedQuery['filterChips'];
}

function isQuote(char: string | undefined): boolean {
  return char !== undefined && QUOTE_MARKS.has(char);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

function foldedTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of tokenize(text)) {
    const token = normalizeToken(raw);
    if (token !== '') tokens.push(token);
  }
  return tokens;
}

const POSSESSIVE = /['\u2019]s$/iu;

/**
 * "children's" is looked for as "children": the text may say "the best interests of children"
 * or "the child's best interests" (the ending is a word of its own to the index, "children" +
 * "s", which as a phrase would only find the same possessive).
 */
function withoutPossessive(word: string, tokens: string[]): string[] {
  return tokens.length > 1 && POSSESSIVE.test(word) && tokens.at(-1) === 's' ? tokens.slice(0, -1) : tokens;
}

/** Reads a quoted stretch starting at the opening quote; returns its content and end. */
function readQuoted(input: string, open: number): { content: string; end: number } {
  let close = open + 1;
  while (close < input.length && !isQuote(input[close])) close++;
  const content = input.slice(open + 1, close);
  if (close >= input.length) {
    const shown = content.trim() === '' ? 'the phrase' : content.trim();
    throw new QueryError(
      `A quote is not closed: add the closing " after ${shown}, or remove the opening one.`,
      open,
    );
  }
  return { content, end: close + 1 };
}

/**
 * readQuoted, except for a quote mark left open next to Chinese or Japanese: “ and ” are
 * Chinese punctuation, and a fragment copied from a sentence often holds one without the
 * other (的，“危害人类罪). Undefined then: the caller reads it as part of a word.
 */
function readQuotedUnlessChinese(input: string, open: number): { content: string; end: number } | undefined {
  try {
    return readQuoted(input, open);
  } catch (error) {
    // The stretch without spaces around the quote mark.
    let wordStart = open;
    while (wordStart > 0 && !isSpace(input[wordStart - 1])) wordStart--;
    let wordEnd = open + 1;
    while (wordEnd < input.length && !isSpace(input[wordEnd])) wordEnd++;
    if (error instanceof QueryError && isCjk(input.slice(wordStart, wordEnd))) return undefined;
    throw error;
  }
}

function addUnique<T>(list: T[] | undefined, value: T): T[] {
  const values = list ?? [];
  if (!values.includes(value)) values.push(value);
  return values;
}

const YEAR = /^\d{4}$/;
/** 1990..2005, ..2005, 1990.. and, because people write them, 1990-2005 and 1990–2005. */
const YEAR_RANGE = /^(\d{4})?(?:\.\.|-|\u2013)(\d{4})?$/;

function applyYear(filters: QueryFilters, value: string, position: number, raw: string): void {
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    throw new QueryError(
      `Use one year: filter. For a span of years write year:1990..2005; remove ${raw} or merge it.`,
      position,
    );
  }
  if (YEAR.test(value)) {
    filters.yearFrom = Number(value);
    filters.yearTo = Number(value);
    return;
  }
  const range = YEAR_RANGE.exec(value);
  if (!range || (range[1] === undefined && range[2] === undefined)) {
    throw new QueryError(
      `"${value}" is not a year. Write year:1998, a span year:1990..2005, ` +
        'or an open span year:1990.. or year:..2005.',
      position,
    );
  }
  const from = range[1] === undefined ? undefined : Number(range[1]);
  const to = range[2] === undefined ? undefined : Number(range[2]);
  if (from !== undefined && to !== undefined && from > to) {
    throw new QueryError(
      `The years are the wrong way round: write year:${to}..${from}, earliest first.`,
      position,
    );
  }
  if (from !== undefined) filters.yearFrom = from;
  if (to !== undefined) filters.yearTo = to;
}

function applyFilter(
  state: FilterState,
  key: FilterKey,
  value: string,
  valueStart: number,
  raw: string,
): void {
  const { filters } = state;
  const folded = value.trim().toLowerCase();
  switch (key) {
    case 'kind': {
      const kind = KINDS[folded];
      if (kind === undefined) {
        throw new QueryError(
          `Unknown document kind "${value}". Use kind:instrument, kind:draft or kind:statement.`,
          valueStart,
        );
      }
      filters.kinds = addUnique(filters.kinds, kind);
      break;
    }
    case 'lang': {
      const language = LANGUAGES[folded];
      if (language === undefined) {
        throw new QueryError(
          `Unknown language "${value}". Use lang:en, lang:fr, lang:es, lang:ru, lang:ar or lang:zh ` +
            '(or the English name, as in lang:french).',
          valueStart,
        );
      }
      filters.languages = addUnique(filters.languages, language);
      break;
    }
    case 'year':
      applyYear(filters, folded, valueStart, raw);
      break;
    case 'doc': {
      const words = foldedTokens(value);
      if (words.length === 0) {
        throw new QueryError(
          'Write words of the document title after doc:, as in doc:"rome statute".',
          valueStart,
        );
      }
      for (const word of words) filters.documentTitle = addUnique(filters.documentTitle, word);
      break;
    }
    case 'state': {
      if (!/^[a-z]{3}$/.test(folded)) {
        throw new QueryError(
          `"${value}" is not a three-letter country code. Write state: with an ISO code, ` +
            'as in state:FRA or state:BRA.',
          valueStart,
        );
      }
      filters.states = addUnique(filters.states, folded.toUpperCase());
      break;
    }
  }
  state.chips.push({ key, value, raw });
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/**
 * Reads `key:value` at `start` when the word there is a filter (see the file comment);
 * returns where it ends, or undefined when the word is an ordinary word.
 */
function readFilter(
  input: string,
  start: number,
  wordEnd: number,
  excluded: boolean,
  state: FilterState,
): number | undefined {
  const word = input.slice(start, wordEnd);
  const prefix = FILTER_PREFIX.exec(word);
  if (!prefix) return undefined;
  const key = prefix[1].toLowerCase();
  const valueStart = start + prefix[0].length;
  const quotedValue = valueStart === wordEnd && isQuote(input[wordEnd]);
  const rest = word.slice(prefix[0].length);
  const looksLikeFilter = quotedValue || (rest !== '' && !rest.startsWith('/'));
  if (!isFilterKey(key) && !looksLikeFilter) return undefined;

  const minus = excluded ? start - 1 : start;
  if (!isFilterKey(key)) {
    throw new QueryError(
      `Unknown filter "${prefix[1]}:". Use kind:, lang:, year:, doc: or state:.`,
      start,
    );
  }
  let value = rest;
  let end = wordEnd;
  if (quotedValue) {
    const quoted = readQuoted(input, wordEnd);
    value = quoted.content;
    end = quoted.end;
  }
  const raw = input.slice(start, end);
  if (excluded) {
    throw new QueryError(
      `A filter cannot be excluded: remove the "-" before ${raw}. ` +
        'To leave out passages containing a word, write -word.',
      minus,
    );
  }
  if (value.trim() === '') {
    throw new QueryError(
      `The filter ${key}: needs a value right after the colon, as in ${filterExample(key)}.`,
      valueStart,
    );
  }
  applyFilter(state, key, value, quotedValue ? wordEnd + 1 : valueStart, raw);
  return end;
}

function filterExample(key: FilterKey): string {
  switch (key) {
    case 'kind':
      return 'kind:instrument, kind:draft or kind:statement';
    case 'lang':
      return 'lang:fr';
    case 'year':
      return 'year:1998 or year:1990..2005';
    case 'doc':
      return 'doc:"rome statute"';
    case 'state':
      return 'state:FRA';
  }
}

/** Cuts the input into words, phrases, ORs and filters (filters are applied on the way). */
function readItems(input: string, state: FilterState): Item[] {
  const items: Item[] = [];
  let index = 0;
  while (index < input.length) {
    if (isSpace(input[index])) {
      index++;
      continue;
    }
    const start = index;
    const excluded = input[index] === '-' && index + 1 < input.length && !isSpace(input[index + 1]);
    if (excluded) index++;

    const quoted = isQuote(input[index]) ? readQuotedUnlessChinese(input, index) : undefined;
    if (quoted) {
      const { content, end } = quoted;
      items.push({
        type: 'text',
        start,
        end,
        raw: content,
        tokens: foldedTokens(content),
        quoted: true,
        excluded,
      });
      index = end;
      continue;
    }

    // After a quote mark taken as Chinese punctuation, the others in the word are too.
    const endsAt = isQuote(input[index]) ? isSpace : (char: string) => isSpace(char) || isQuote(char);
    let wordEnd = index;
    while (wordEnd < input.length && !endsAt(input[wordEnd])) wordEnd++;
    const filterEnd = readFilter(input, index, wordEnd, excluded, state);
    if (filterEnd !== undefined) {
      items.push({ type: 'filter', start, end: filterEnd });
      index = filterEnd;
      continue;
    }
    const word = input.slice(index, wordEnd);
    if (word === 'OR' && !excluded) {
      items.push({ type: 'or', start, end: wordEnd });
    } else {
      items.push({
        type: 'text',
        start,
        end: wordEnd,
        raw: word,
        tokens: withoutPossessive(word, foldedTokens(word)),
        quoted: false,
        excluded,
      });
    }
    index = wordEnd;
  }
  // Punctuation on its own ("—", "&", a lone "-") carries no word: drop it.
  return items.filter((item) => item.type !== 'text' || item.tokens.length > 0);
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
function characterCount(text: string): number {
  return Array.from(text).length;
}

function fuzzinessOf(token: string): number {
  // Typos are forgiven in long words, never in numbers (resolution and article numbers).
  if (isCjk(token) || /\d/.test(token)) return 0;
  const length = characterCount(token);
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

type TextItem = Extract<Item, { type: 'text' }>;

/**
 * The alternatives one typed word stands for. A hyphenated compound ("co-operation") is its
 * parts one after the other or its closed form ("cooperation"), as writers spell it both ways.
 */
function termsOf(item: TextItem, beingTyped: boolean): QueryTerm[] {
  const term = termOf(item, beingTyped);
  if (term.kind !== 'phrase' || item.quoted || item.excluded) return [term];
  const [closed, ...others] = hyphenCompounds(item.raw);
  if (closed === undefined || others.length > 0 || closed !== item.tokens.join('')) return [term];
  return [term, { kind: 'word', text: closed, prefix: false, fuzzy: 0 }];
}

function termOf(item: TextItem, beingTyped: boolean): QueryTerm {
  if (item.tokens.length > 1) return { kind: 'phrase', raw: item.raw, tokens: item.tokens };
  const text = item.tokens[0];
  if (item.quoted || item.excluded) return { kind: 'word', text, prefix: false, fuzzy: 0 };
  // A CJK word is a pair of characters or a lone one, which the index already finds wherever
  // it stands in a pair (common/cjkBigrams.ts): completing it would add nothing. A word being
  // typed may also be finished, with a typo: "inviolabel" begins no word.
  const prefix = beingTyped && !isCjk(text) && characterCount(text) >= 3;
  return { kind: 'word', text, prefix, fuzzy: fuzzinessOf(text) };
}

function orError(items: Item[], at: number): QueryError {
  const item = items[at];
  const before = items[at - 1];
  const after = items[at + 1];
  if (before === undefined) {
    return new QueryError(
      `OR goes between two words or phrases, as in ${ALTERNATIVES_EXAMPLE}. Add a word before it.`,
      item.start,
    );
  }
  if (before.type === 'or' || after?.type === 'or') {
    return new QueryError(
      `OR is written twice. Write one OR between alternatives, as in ${ALTERNATIVES_EXAMPLE}.`,
      after?.type === 'or' ? after.start : item.start,
    );
  }
  if (after === undefined) {
    return new QueryError(
      `OR goes between two words or phrases, as in ${ALTERNATIVES_EXAMPLE}. Add a word after it.`,
      item.start,
    );
  }
  if (before.type === 'filter' || after.type === 'filter') {
    return new QueryError(
      'OR joins words or phrases, not filters. To accept several values, repeat the filter: ' +
        'kind:draft kind:statement.',
      item.start,
    );
  }
  return new QueryError(
    'OR cannot join an excluded word. Write the alternatives without "-", as in ' +
      `${ALTERNATIVES_EXAMPLE}, and the exclusion on its own: -reservation.`,
    item.start,
  );
}

function isStopWordOnly(alternatives: QueryTerm[]): boolean {
  const [only] = alternatives;
  return alternatives.length === 1 && only.kind === 'word' && stopWords.has(only.text);
}

function buildQuery(input: string, allItems: Item[], state: FilterState): ParsedQuery {
  const { citation, items } = takeCitation(allItems);
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  const last = items.at(-1);
  // The word at the very end, with no space after it, is still being typed.
  const typedWord = last?.type === 'text' && last.end === input.length ? last : undefined;

  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    if (item.type === 'or') {
      const before = items[at - 1];
      const after = items[at + 1];
      const joinsTerms = (neighbour: Item | undefined): boolean =>
        neighbour?.type === 'text' && !neighbour.excluded;
      if (!joinsTerms(before) || !joinsTerms(after)) throw orError(items, at);
      continue;
    }
    if (item.type !== 'text') continue;
    const terms = termsOf(item, item === typedWord);
    if (item.excluded) excluded.push(...terms);
    else if (items[at - 1]?.type === 'or') clauses[clauses.length - 1].push(...terms);
    else clauses.push(terms);
  }

  const hasContent = clauses.some((alternatives) => !isStopWordOnly(alternatives));
  const kept = hasContent ? clauses.filter((alternatives) => !isStopWordOnly(alternatives)) : clauses;
  if (kept.length === 0 && citation === undefined && (excluded.length > 0 || state.chips.length > 0)) {
    throw new QueryError(NO_WORDS_MESSAGE, 0);
  }
  return {
    clauses: kept.map((alternatives) => ({ alternatives })),
    excluded,
    filters: state.filters,
    filterChips: state.chips,
    ...(citation && { citation }),
    ...plainWords(items),
  };
}

/** The words of a query of plain words only (no OR, quotes or exclusions), for adjacency. */
function plainWords(items: Item[]): { words?: string[] } {
  const texts = items.filter((item): item is TextItem => item.type === 'text');
  if (items.some((item) => item.type === 'or') || texts.some((item) => item.quoted || item.excluded)) return {};
  // As typed: a possessive's "s" stays, since the text holds it ("the child's best interests").
  const words = texts.flatMap((item) => foldedTokens(item.raw));
  return words.length >= 3 ? { words } : {};
}

/**
 * Takes a citation ("art. 7(1)(h)", "article 7, paragraph 1 (h)", "8 bis") off the start or
 * the end of the query's plain words; the words left over still search the text.
 */
function takeCitation(items: Item[]): { citation?: Citation; items: Item[] } {
  const nextToOr = (item: Item): boolean => {
    const at = items.indexOf(item);
    return items[at - 1]?.type === 'or' || items[at + 1]?.type === 'or';
  };
  const texts = items.filter((item): item is TextItem => item.type === 'text');
  const plainEnd = texts.findIndex((item) => item.quoted || item.excluded);
  const plain = plainEnd < 0 ? texts : texts.slice(0, plainEnd);
  const found = findCitationWords(plain.map((item) => item.raw));
  if (!found) return { items };
  const cited = plain.slice(found.from, found.to);
  if (cited.some(nextToOr)) return { items };
  return { citation: found.citation, items: items.filter((item) => !cited.includes(item as TextItem)) };
}

/**
 * Parses what is typed in the search box. An empty (or punctuation-only) input is a valid,
 * empty query: the UI shows describeQuerySyntax() rather than an error.
 */
export function parseQuery(input: string): ParseResult {
  const state: FilterState = { filters: {}, chips: [] };
  try {
    const items = readItems(input, state);
    return { ok: true, query: buildQuery(input, items, state) };
  } catch (error) {
    if (error instanceof QueryError) {
      return { ok: false, error: { message: error.message, position: error.position } };
    }
    throw error;
  }
}

/** The cheat-sheet shown while the search box is empty. */
export function describeQuerySyntax(): string {
  return [
    'persecution "identifiable group" — every word must occur; quotes keep a phrase together',
    'torture OR "ill-treatment" — either one (OR in capitals)',
    '-reservation — leave out passages with this word (or -"a phrase")',
    'kind:instrument  lang:fr  year:1990..2005  doc:"rome statute"  state:FRA — narrow by document',
    'kind:draft kind:statement — repeat a filter to accept either value',
    'art. 7(1)(h) — the passage with that label first (with filters and other words too)',
    'Accents, capitals and Arabic vowel marks are ignored; small typos in long words are forgiven.',
  ].join('\n');
}
