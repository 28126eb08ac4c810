/**
 * Finds an annotated passage of one revision of a draft again in the text of the next one.
 *
 * An annotation keeps a W3C TextQuoteSelector: the marked text and some characters either side,
 * as the PDF text layer gave them. The quote is looked for in three steps:
 *  1. exactly, ignoring whitespace (text layers differ in spaces and line breaks): 'unchanged';
 *  2. the same regardless of case: 'changed';
 *  3. for quotes of three words or more, approximately: the new text's words are indexed, the
 *     quote's rarer words and word pairs (and those of its context) vote for where it starts, and
 *     the best few places are aligned word by word; a window with at least half of its words in
 *     place is 'changed'.
 * Pure and synchronous. A QuoteFinder indexes the new text once for all of a revision's quotes.
 */
import { diffArrays } from 'diff';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export type Reanchored =
  | { status: 'unchanged'; start: number; end: number }
  | { status: 'changed'; start: number; end: number; exact: string; diff: DiffPart[]; similarity: number }
  | { status: 'not-found' };

/** A changed passage is kept when its word edit distance is at most half its length in words. */
export const MIN_SIMILARITY = 0.5;

/** Quotes of this many words or fewer are found only as they were (case aside): fuzzily they would match almost anywhere. */
const maxShortQuoteWords = 2;
/** How much a changed passage's length may differ from the quote's, as a share of its words. */
const lengthSlack = 0.3;
/** Votes cast for one quote: its rarest words and word pairs vote first, common ones only while there is room. */
const maxVotes = 20_000;
/** Looking for a word pair scans the rarer word's occurrences; above this it is not worth it. */
const maxPairScan = 2000;
/** Places aligned word by word, most voted first. */
const maxCandidates = 6;

// Whitespace, plus the soft hyphen and zero-width space that text layers leave inside words.
const visibleRun = /[^\s\u00ad\u200b]+/g;
const wordRun = /[\p{L}\p{N}\p{M}]+/gu;
const wordChar = /[\p{L}\p{N}\p{M}]/u;
const punctuation = /[^\s\p{L}\p{N}\p{M}]/u;
const ideograph = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const ideographOrRest = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

/**
 * Finds the quote in `text` (the new revision's whole text). Offsets are [start, end) into `text`,
 * from the first to the last non-space character of the match. `hint` = the old relative position
 * (0..1) in the old document, used only to break ties between equal candidates.
 */
export function reanchorQuote(quote: TextQuote, text: string, hint?: number): Reanchored {
  return new QuoteFinder(text).find(quote, hint);
}

/**
 * The new revision's text, indexed once, in which all of a revision's quotes are looked for
 * (what `reanchorQuote` does for one quote). Its index goes when the finder does.
 */
export class QuoteFinder {
  private readonly index: TextIndex;

  constructor(text: string) {
    this.index = new TextIndex(text);
  }

  find(quote: TextQuote, hint?: number): Reanchored {
    return findQuote(quote, this.index, hint);
  }
}

function findQuote(quote: TextQuote, index: TextIndex, hint: number | undefined): Reanchored {
  if (squeeze(quote.exact).chars === '') return { status: 'not-found' };
  const { text } = index;
  const exact = findExact(quote, index, hint, false);
  if (exact) return { status: 'unchanged', ...exact };
  const caseless = findExact(quote, index, hint, true);
  if (caseless) {
    const found = text.slice(caseless.start, caseless.end);
    return changed(quote, caseless, found, wordSimilarity(words(quote.exact).tokens, words(found).tokens));
  }
  const approximate = findApproximate(quote, index, hint);
  if (!approximate) return { status: 'not-found' };
  return changed(quote, approximate, text.slice(approximate.start, approximate.end), approximate.similarity);
}

function changed(quote: TextQuote, span: Span, exact: string, similarity: number): Reanchored {
  return { status: 'changed', start: span.start, end: span.end, exact, diff: wordDiff(quote.exact, exact), similarity };
}

// ---- Text index ----------------------------------------------------------------------------

/** [start, end) offsets into the new text. */
export interface Span {
  start: number;
  end: number;
}

/** A text without whitespace, and for each of its characters the offset it came from. */
interface Squeezed {
  chars: string;
  offsets: Int32Array;
}

/** Word tokens, lower-cased, with their [start, end) offsets. */
export interface Words {
  tokens: string[];
  starts: number[];
  ends: number[];
}

class TextIndex {
  readonly squeezed: Squeezed;
  private lower: string | undefined;
  private indexed: { words: Words; occurrences: Map<string, number[]> } | undefined;

  constructor(readonly text: string) {
    this.squeezed = squeeze(text);
  }

  /** The squeezed text in lower case (built when first needed). */
  get lowerChars(): string {
    this.lower ??= lowerSameLength(this.squeezed.chars);
    return this.lower;
  }

  /** The text's words and, for each word, the indices where it occurs (built when first needed). */
  get words(): Words {
    return this.wordIndex().words;
  }

  occurrences(word: string): number[] {
    return this.wordIndex().occurrences.get(word) ?? [];
  }

  private wordIndex(): { words: Words; occurrences: Map<string, number[]> } {
    if (!this.indexed) {
      const all = words(this.text);
      const occurrences = new Map<string, number[]>();
      all.tokens.forEach((token, at) => {
        const list = occurrences.get(token);
        if (list) list.push(at);
        else occurrences.set(token, [at]);
      });
      this.indexed = { words: all, occurrences };
    }
    return this.indexed;
  }
}

function squeeze(text: string): Squeezed {
  const offsets = new Int32Array(text.length);
  const runs: string[] = [];
  let length = 0;
  for (const run of text.matchAll(visibleRun)) {
    runs.push(run[0]);
    for (let i = 0; i < run[0].length; i++) offsets[length++] = run.index + i;
  }
  return { chars: runs.join(''), offsets: offsets.subarray(0, length) };
}

/**
 * Lower case one UTF-16 unit at a time, so that offsets still line up ('İ' becomes two units in
 * full lower-casing) and a quote is folded as the text around it is (no final-sigma context).
 */
function lowerSameLength(value: string): string {
  let lower = '';
  for (const char of value.split('')) {
    const lowerChar = char.toLowerCase();
    lower += lowerChar.length === 1 ? lowerChar : char;
  }
  return lower;
}

/** A text's words, lower-cased, with their offsets (each Chinese or Japanese character is a word). */
export function words(text: string): Words {
  const result: Words = { tokens: [], starts: [], ends: [] };
  const add = (token: string, start: number): void => {
    result.tokens.push(token.toLowerCase());
    result.starts.push(start);
    result.ends.push(start + token.length);
  };
  for (const run of text.matchAll(wordRun)) {
    if (!ideograph.test(run[0])) add(run[0], run.index);
    // Chinese and Japanese are written without spaces: each character counts as a word.
    else for (const piece of run[0].matchAll(ideographOrRest)) add(piece[0], run.index + piece.index);
  }
  return result;
}

/** How far (0..1) an offset is from the quote's old relative position; 0 without a hint. */
function hintDistance(offset: number, length: number, hint: number | undefined): number {
  return hint === undefined ? 0 : Math.abs(offset / Math.max(1, length) - hint);
}

// ---- Exact match, whitespace aside ---------------------------------------------------------

function findExact(quote: TextQuote, index: TextIndex, hint: number | undefined, ignoreCase: boolean): Span | undefined {
  const fold = (value: string): string => (ignoreCase ? lowerSameLength(value) : value);
  const needle = fold(squeeze(quote.exact).chars);
  const prefix = fold(squeeze(quote.prefix).chars);
  const suffix = fold(squeeze(quote.suffix).chars);
  const haystack = ignoreCase ? index.lowerChars : index.squeezed.chars;
  const { offsets } = index.squeezed;
  const boundaries = wordBoundaries(quote);
  let best: { span: Span; context: number; distance: number } | undefined;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const span = { start: offsets[at], end: offsets[at + needle.length - 1] + 1 };
    if (insideWord(index.text, span, boundaries)) continue;
    // The occurrence whose surroundings agree with the old context over the most characters.
    const context = agreeBefore(prefix, haystack, at) + agreeAfter(suffix, haystack, at + needle.length);
    const distance = hintDistance(span.start, index.text.length, hint);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) best = { span, context, distance };
  }
  // A word or two occurs all over a treaty ("shall", "State"): found elsewhere, it is only the
  // same mark if its surroundings agree too; otherwise its own passage was rewritten.
  const contextGiven = prefix.length + suffix.length;
  if (best && contextGiven > 0 && words(quote.exact).tokens.length < 3 && best.context < Math.min(minimumContextAgreement, contextGiven)) {
    return undefined;
  }
  return best?.span;
}

/** Characters of context that must agree around a short quote found again exactly. */
const minimumContextAgreement = 8;

/**
 * Whether the quote began and ended at word boundaries: then it is not found inside a longer word
 * ('State' in 'States'), since the text changed there.
 */
function wordBoundaries(quote: TextQuote): { start: boolean; end: boolean } {
  const exact = quote.exact.trim();
  const before = /^\s/.test(quote.exact) ? ' ' : quote.prefix.charAt(quote.prefix.length - 1);
  const after = /\s$/.test(quote.exact) ? ' ' : quote.suffix.charAt(0);
  return {
    start: wordChar.test(exact.charAt(0)) && !wordChar.test(before),
    end: wordChar.test(exact.charAt(exact.length - 1)) && !wordChar.test(after),
  };
}

function insideWord(text: string, span: Span, boundaries: { start: boolean; end: boolean }): boolean {
  return (boundaries.start && wordChar.test(text.charAt(span.start - 1))) || (boundaries.end && wordChar.test(text.charAt(span.end)));
}

/** How many characters just before `at` agree with the end of `prefix`. */
function agreeBefore(prefix: string, haystack: string, at: number): number {
  let count = 0;
  while (count < prefix.length && count < at && prefix[prefix.length - 1 - count] === haystack[at - 1 - count]) count++;
  return count;
}

/** How many characters from `at` agree with the start of `suffix`. */
function agreeAfter(suffix: string, haystack: string, at: number): number {
  let count = 0;
  while (count < suffix.length && at + count < haystack.length && suffix[count] === haystack[at + count]) count++;
  return count;
}

// ---- Approximate match, word by word -------------------------------------------------------

/** What the quote is compared with: its words and those of its context, lower-cased. */
interface Search {
  quote: string[];
  before: string[];
  after: string[];
  index: TextIndex;
  hint: number | undefined;
}

/** A window of the new text's words [start, end), and how well it fits the quote. */
interface Scored {
  start: number;
  end: number;
  similarity: number;
  /** Words next to the window that agree with the old context. */
  context: number;
  /** Whether the window's first and last words are the quote's (0..2). */
  endsMatch: number;
  /** From the old relative position (see hintDistance). */
  distance: number;
}

function findApproximate(quote: TextQuote, index: TextIndex, hint: number | undefined): (Span & { similarity: number }) | undefined {
  const search: Search = {
    quote: words(quote.exact).tokens,
    before: contextWords(quote.prefix, 'before'),
    after: contextWords(quote.suffix, 'after'),
    index,
    hint,
  };
  const length = search.quote.length;
  if (length <= maxShortQuoteWords) return undefined;
  const tokens = index.words.tokens;
  const reach = Math.ceil(length * lengthSlack) + 1;
  let best: Scored | undefined;
  for (const guess of votedStarts(search, reach)) {
    const lo = Math.max(0, guess - reach);
    const hi = Math.min(tokens.length, guess + reach + Math.ceil(length * (1 + lengthSlack)));
    const window = align(search.quote, tokens, lo, hi);
    if (!window) continue;
    const scored = score(search, window.start, window.end);
    if (!best || isBetter(scored, best)) best = scored;
  }
  if (!best) return undefined;
  best = refine(search, best);
  if (best.similarity < MIN_SIMILARITY) return undefined;
  const { starts, ends } = index.words;
  return { ...widen(index.text, quote.exact, { start: starts[best.start], end: ends[best.end - 1] }), similarity: best.similarity };
}

/** The context's words; its outer word may be cut (the context is so many characters), so it is left out. */
export function contextWords(context: string, side: 'before' | 'after'): string[] {
  const tokens = words(context).tokens;
  if (side === 'before') return wordChar.test(context.charAt(0)) ? tokens.slice(1) : tokens;
  return wordChar.test(context.charAt(context.length - 1)) ? tokens.slice(0, -1) : tokens;
}

/**
 * Word indices where the quote probably starts, most voted first: every occurrence of one of the
 * quote's (or its context's) words or word pairs votes for the start it implies, rarest first;
 * votes within `reach` of each other (words inserted or removed in between) count together.
 */
function votedStarts(search: Search, reach: number): number[] {
  const { quote, before, after, index } = search;
  const seeds: { hits: number[]; offset: number }[] = [];
  const addSeeds = (list: string[], offset: number): void => {
    list.forEach((word, i) => {
      seeds.push({ hits: index.occurrences(word), offset: offset + i });
      if (i + 1 < list.length) seeds.push({ hits: pairHits(index, word, list[i + 1]), offset: offset + i });
    });
  };
  addSeeds(before, -before.length);
  addSeeds(quote, 0);
  addSeeds(after, quote.length);

  const cast: number[] = [];
  for (const seed of seeds.filter((each) => each.hits.length > 0).toSorted((a, b) => a.hits.length - b.hits.length)) {
    if (cast.length > 0 && cast.length + seed.hits.length > maxVotes) break;
    for (const at of seed.hits) cast.push(at - seed.offset);
  }
  const votes = Int32Array.from(cast).toSorted();

  const clusters: { at: number; votes: number }[] = [];
  for (let i = 0, j = 0; i < votes.length; i++) {
    if (i > 0 && votes[i] === votes[i - 1]) continue;
    while (j < votes.length && votes[j] <= votes[i] + reach) j++;
    clusters.push({ at: votes[i], votes: j - i });
  }
  clusters.sort((a, b) => b.votes - a.votes);
  const chosen: number[] = [];
  for (const cluster of clusters) {
    if (chosen.length === maxCandidates) break;
    if (chosen.every((at) => Math.abs(at - cluster.at) > reach)) chosen.push(cluster.at);
  }
  return chosen;
}

/** Where the word pair occurs (index of its first word), scanning the rarer word's occurrences. */
function pairHits(index: TextIndex, first: string, second: string): number[] {
  const tokens = index.words.tokens;
  const firstHits = index.occurrences(first);
  const secondHits = index.occurrences(second);
  if (Math.min(firstHits.length, secondHits.length) > maxPairScan) return [];
  if (firstHits.length <= secondHits.length) return firstHits.filter((at) => tokens[at + 1] === second);
  return secondHits.filter((at) => tokens[at - 1] === first).map((at) => at - 1);
}

/**
 * The window of tokens[lo, hi) closest to the quote in word edit distance, starting and ending
 * anywhere (Sellers' approximate matching): one pass of O(quote × region).
 */
function align(quote: string[], tokens: string[], lo: number, hi: number): { start: number; end: number } | undefined {
  const width = hi - lo;
  if (width <= 0) return undefined;
  // Row i: cost of the quote's first i words against the best window ending at each column, and where that window starts.
  let cost = new Int32Array(width + 1);
  let from = Int32Array.from({ length: width + 1 }, (_, j) => j);
  let nextCost = new Int32Array(width + 1);
  let nextFrom = new Int32Array(width + 1);
  for (let i = 1; i <= quote.length; i++) {
    nextCost[0] = i;
    nextFrom[0] = 0;
    for (let j = 1; j <= width; j++) {
      const substitute = cost[j - 1] + (quote[i - 1] === tokens[lo + j - 1] ? 0 : 1);
      const dropQuoteWord = cost[j] + 1;
      const addTextWord = nextCost[j - 1] + 1;
      if (substitute <= dropQuoteWord && substitute <= addTextWord) {
        nextCost[j] = substitute;
        nextFrom[j] = from[j - 1];
      } else if (dropQuoteWord <= addTextWord) {
        nextCost[j] = dropQuoteWord;
        nextFrom[j] = from[j];
      } else {
        nextCost[j] = addTextWord;
        nextFrom[j] = nextFrom[j - 1];
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  let end = 1;
  for (let j = 2; j <= width; j++) if (cost[j] < cost[end]) end = j;
  const start = from[end];
  return start < end ? { start: lo + start, end: lo + end } : undefined;
}

function score(search: Search, start: number, end: number): Scored {
  const { quote, before, after, index, hint } = search;
  const { tokens, starts } = index.words;
  let context = 0;
  for (let k = 1; k <= before.length && start - k >= 0 && tokens[start - k] === before[before.length - k]; k++) context++;
  for (let k = 0; k < after.length && end + k < tokens.length && tokens[end + k] === after[k]; k++) context++;
  return {
    start,
    end,
    similarity: wordSimilarity(quote, tokens.slice(start, end)),
    context,
    endsMatch: Number(tokens[start] === quote[0]) + Number(tokens[end - 1] === quote.at(-1)),
    distance: hintDistance(starts[start], index.text.length, hint),
  };
}

function isBetter(a: Scored, b: Scored): boolean {
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  if (a.context !== b.context) return a.context > b.context;
  if (a.endsMatch !== b.endsMatch) return a.endsMatch > b.endsMatch;
  return a.distance < b.distance;
}

/**
 * Moves either end of the window by a word while that scores better. Edit distance alone cannot
 * tell a replaced first or last word from a neighbouring word of context; the old context can.
 */
function refine(search: Search, found: Scored): Scored {
  const count = search.index.words.tokens.length;
  let best = found;
  for (let round = 0; round < 4; round++) {
    const base = best;
    for (const [moveStart, moveEnd] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
      const start = base.start + moveStart;
      const end = base.end + moveEnd;
      if (start < 0 || end > count || end <= start) continue;
      const candidate = score(search, start, end);
      if (isBetter(candidate, best)) best = candidate;
    }
    if (best === base) break;
  }
  return best;
}

/** Takes in the punctuation next to the window when the quote began or ended with some (“crime against humanity”). */
export function widen(text: string, exact: string, span: Span): Span {
  const trimmed = exact.trim();
  let { start, end } = span;
  if (punctuation.test(trimmed.charAt(0))) while (start > 0 && punctuation.test(text[start - 1])) start--;
  if (punctuation.test(trimmed.charAt(trimmed.length - 1))) while (end < text.length && punctuation.test(text[end])) end++;
  return { start, end };
}

/** 1 − word edit distance / the longer length. */
function wordSimilarity(before: string[], after: string[]): number {
  const longer = Math.max(before.length, after.length);
  return longer === 0 ? 1 : 1 - editDistance(before, after) / longer;
}

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

// ---- Word diff -----------------------------------------------------------------------------

/** A word of a diff, and whether whitespace came before it (Chinese characters are words with none between). */
interface DiffWord {
  text: string;
  spaced: boolean;
}

function diffWords(text: string): DiffWord[] {
  const result: DiffWord[] = [];
  for (const run of text.matchAll(visibleRun)) {
    if (!ideograph.test(run[0])) result.push({ text: run[0], spaced: true });
    else run[0].match(ideographOrRest)?.forEach((piece, i) => result.push({ text: piece, spaced: i === 0 }));
  }
  return result;
}

/**
 * Word-level diff (whitespace-insensitive) from `before` to `after`: the `diff` package's
 * diffArrays (Myers' O(ND) algorithm) over the words, deletions before insertions; adjacent
 * parts of the same op merged; text of parts joined with single spaces (none between Chinese
 * characters).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = diffWords(before);
  const b = diffWords(after);
  const steps: { op: DiffPart['op']; word: DiffWord }[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a.map((word) => word.text), b.map((word) => word.text))) {
    const count = change.value.length;
    if (change.removed) for (const word of a.slice(i, (i += count))) steps.push({ op: 'removed', word });
    else if (change.added) for (const word of b.slice(j, (j += count))) steps.push({ op: 'added', word });
    else {
      for (const word of b.slice(j, j + count)) steps.push({ op: 'same', word });
      i += count;
      j += count;
    }
  }

  const parts: DiffPart[] = [];
  for (const { op, word } of steps) {
    const last = parts.at(-1);
    if (last?.op === op) last.text += (word.spaced ? ' ' : '') + word.text;
    else parts.push({ op, text: word.text });
  }
  return parts;
}
