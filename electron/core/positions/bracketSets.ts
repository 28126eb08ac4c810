/**
 * Square brackets in a draft's text, as negotiators use them: words not yet agreed
 * ("[where appropriate]"), alternatives side by side ("[shall] [should]"), options
 * ("[Option 1: …] [Option 2: …]"), brackets inside brackets. Pure: the bracket ledger reads
 * each article of a revision through it.
 *
 * The drafting convention followed (UN negotiating texts, e.g. the Ad Hoc Committee drafts and
 * the Rome Statute's Zutphen text): brackets standing next to each other, with only spaces,
 * a slash or "or" between them, are alternatives for the same place, one bracket set with
 * several options. Brackets that are not negotiation are left out: footnote markers ("[1]",
 * "[*]"), editorial marks ("[sic]", "[…]", "[emphasis added]"), a letter changed inside a
 * quoted word ("[t]he", as the Bluebook and OSCOLA write it), a law report's year in a
 * reference ("[2019] UKSC 5", OSCOLA's neutral citation) and a UN document symbol
 * ("[A/CN.4/L.935]"). A number after "article" or "paragraph" ("article [7]") is a
 * cross-reference still to be settled, and counted.
 */

/** One option of a bracket set: its words, and its name when the draft gives one ("Option 1"). */
export interface BracketOption {
  /** The words inside the brackets, spaces collapsed, without the option's name. */
  text: string;
  /** "Option 1", "Alternative A", or null. */
  name: string | null;
}

/** A place in the text still in brackets: one option, or alternatives side by side. */
export interface BracketSet {
  /** [start, end) in the text read, from the first "[" to after the last "]". */
  start: number;
  end: number;
  options: BracketOption[];
  /** 0 for a set at the top, 1 inside another set's brackets, and so on. */
  depth: number;
  /** True when a "[" is never closed: the set runs to the end of its paragraph (a blank line) or of the text. */
  unclosed: boolean;
}

const opening = new Set(['[', '［']);
const closing = new Set([']', '］']);

/** Words between two brackets that still make them alternatives for one place. */
const joiningWords = new Set(['/', 'or', 'ou', 'o', 'или', 'أو', '或']);

function joinsAlternatives(between: string): boolean {
  return between.split(/\s+/u).every((word) => word === '' || joiningWords.has(word.toLowerCase()));
}

/** Brackets that are not negotiation: footnotes, editorial marks, a report's year, a document symbol. */
const notNegotiation = [
  /^[\d*†‡§]{1,3}$/u, // footnote markers
  /^(?:sic!?|…|\.{3}|emphasis (?:added|in original)|footnotes? omitted|citations? omitted|internal citations omitted|sic\.|ndlr|nda)$/iu,
  /^(?:1[6-9]|20)\d{2}$/u, // a law report's year: "[2019] UKSC 5"
];
const optionName = /^((?:option|alternative|alt\.|variant[e]?|opci[oó]n|вариант|الخيار|备选案文)\s*[0-9A-ZА-Я]{1,3})\s*[:.–—-]?\s*/iu;

interface Span {
  start: number;
  /** Just after the "]" (or the end of the paragraph, when unclosed). */
  end: number;
  unclosed: boolean;
}

/**
 * The bracket sets of a text, in reading order (a set before the sets nested in it). Stray "]"
 * are ignored; an unclosed "[" is reported (`unclosed`) rather than guessed away.
 */
export function findBracketSets(text: string): BracketSet[] {
  const spans = bracketSpans(text).filter((span) => !isEditorial(text, span));
  spans.sort((left, right) => left.start - right.start || right.end - left.end);
  const depthOf = (span: Span) => spans.filter((other) => other !== span && other.start <= span.start && span.end <= other.end).length;
  const sets: BracketSet[] = [];
  // The last set opened inside each enclosing span (undefined: at the top): an alternative
  // follows its sibling, even when sets nested in that sibling came in between.
  const lastIn = new Map<Span | undefined, { set: BracketSet; lastEnd: number }>();
  for (const span of spans) {
    const parent = spans.findLast((other) => other !== span && other.start <= span.start && span.end <= other.end);
    const option = optionOf(text, span);
    const sibling = lastIn.get(parent);
    if (sibling && !sibling.set.unclosed && joinsAlternatives(text.slice(sibling.lastEnd, span.start))) {
      sibling.set.options.push(option);
      sibling.set.end = span.end;
      sibling.set.unclosed = span.unclosed;
      sibling.lastEnd = span.end;
      continue;
    }
    const set = { start: span.start, end: span.end, options: [option], depth: depthOf(span), unclosed: span.unclosed };
    lastIn.set(parent, { set, lastEnd: span.end });
    sets.push(set);
  }
  return sets.toSorted((left, right) => left.start - right.start || left.depth - right.depth);
}

/** Every "[" with its "]", innermost first; unclosed ones run to the end of their paragraph. */
function bracketSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (opening.has(character)) open.push(index);
    else if (closing.has(character) && open.length > 0) spans.push({ start: open.pop()!, end: index + 1, unclosed: false });
  }
  for (const start of open) {
    const blank = text.slice(start).search(/\n\s*\n/u);
    spans.push({ start, end: blank < 0 ? text.length : start + blank, unclosed: true });
  }
  return spans;
}

/** "article [7]", "paragraph [3]": a number in brackets after these words is a cross-reference still open, not a footnote. */
const crossReference = /(?:articles?|paragraphs?|art\.|para\.|articulos?|artículos?|paragraphes?|párrafos?)\s*$/iu;
/** A UN document symbol in brackets ("[A/CN.4/L.935]"): a reference, not a proposal. */
const documentSymbol = /^[A-Z]{1,5}(?:\/[A-Z0-9.()-]+)+$/u;

function isEditorial(text: string, span: Span): boolean {
  if (span.unclosed) return false;
  const inside = text.slice(span.start + 1, span.end - 1).trim();
  if (/^\d{1,3}$/u.test(inside) && crossReference.test(text.slice(Math.max(0, span.start - 20), span.start))) return false;
  if (documentSymbol.test(inside)) return true;
  if (notNegotiation.some((pattern) => pattern.test(inside))) return true;
  // "[t]he", "State[s]": a letter or two changed inside a word, joined to it.
  return /^\p{L}{1,2}$/u.test(inside) && (/\p{L}/u.test(text[span.end] ?? '') || /\p{L}/u.test(text[span.start - 1] ?? ''));
}

function optionOf(text: string, span: Span): BracketOption {
  const inside = text.slice(span.start + 1, span.unclosed ? span.end : span.end - 1).replace(/\s+/gu, ' ').trim();
  const named = optionName.exec(inside);
  return named ? { name: named[1].replace(/\s+/gu, ' '), text: inside.slice(named[0].length) } : { name: null, text: inside };
}

/** Text compared between revisions and with what delegates said: lower case, spaces collapsed, no brackets. */
export function comparable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[[\]［］]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** Words only, lower case, one space between them and one around: " shall take measures ", for whole-word containment. */
export function matchable(text: string): string {
  const words = comparable(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words === '' ? '' : ` ${words} `;
}
