/**
 * Finds a rewritten short quote by its surroundings. "(a) effective" struck through in the
 * Original reads "(a) appropriate" in Rev.1: two words are too few to look for approximately
 * across a treaty, but inside the same article, between the same words before and after
 * (the TextQuoteSelector's prefix and suffix, W3C Web Annotation Data Model §4.2.4), the
 * words that stand where the quote stood are its new text.
 *
 * The quote with its context, as words, is aligned with the article's words (edit distance,
 * free ends, with traceback); what the quote's own words align with is the new passage.
 */
import { contextWords, widen, words, type Span, type TextQuote } from './reanchor';

/** Characters of text either side of the region also searched: the context may begin before an article's first word. */
const reachOutside = 200;

/** Quotes of at most this many words may be found with all their words changed. */
const shortQuoteWords = 3;

/** One step of an alignment of the pattern (context + quote words) with the text's words. */
type Step = 'match' | 'substitute' | 'skipPattern' | 'skipText';

/**
 * The new place of `quote` inside `region` of `text`, found by its context: at least half of
 * the context words (and two) must stand in place, including some on each side when the
 * quote's own words all changed. Offsets are into `text`; undefined when the context is not
 * there.
 */
export function findByContext(quote: TextQuote, text: string, region: Span): Span | undefined {
  const quoteWords = words(quote.exact).tokens;
  const before = contextWords(quote.prefix, 'before');
  const after = contextWords(quote.suffix, 'after');
  if (quoteWords.length === 0 || before.length + after.length < 2) return undefined;
  const base = Math.max(0, region.start - reachOutside);
  const found = words(text.slice(base, Math.min(text.length, region.end + reachOutside)));
  const pattern = [...before, ...quoteWords, ...after];
  const steps = alignWithTraceback(pattern, found.tokens);
  if (!steps) return undefined;

  // Walk the alignment: which text words stand for the quote, and which context words matched.
  let p = 0;
  let t = steps.start;
  let first: number | undefined;
  let last: number | undefined;
  let beforeMatched = 0;
  let afterMatched = 0;
  let quoteMatched = 0;
  for (const step of steps.steps) {
    const inQuote = p >= before.length && p < before.length + quoteWords.length;
    if (step === 'skipText') {
      if (inQuote && first !== undefined) last = t;
      t++;
      continue;
    }
    if (step === 'match') {
      if (p < before.length) beforeMatched++;
      else if (inQuote) quoteMatched++;
      else afterMatched++;
    }
    if (inQuote && step !== 'skipPattern') {
      first ??= t;
      last = t;
    }
    if (step !== 'skipPattern') t++;
    p++;
  }
  const context = beforeMatched + afterMatched;
  const enough = context >= Math.max(2, Math.ceil((before.length + after.length) / 2));
  const bothSides = (before.length === 0 || beforeMatched > 0) && (after.length === 0 || afterMatched > 0);
  // A short quote may have changed all its words, if the words either side stand; a longer one
  // keeps at least half of them, or it is another passage (the approximate search in reanchor.ts
  // has already had its chance).
  const kept = quoteWords.length <= shortQuoteWords ? quoteMatched > 0 || bothSides : quoteMatched * 2 >= quoteWords.length;
  if (first === undefined || last === undefined || !enough || !kept) return undefined;
  if (last - first + 1 > 2 * quoteWords.length + 2) return undefined;
  return widen(text, quote.exact, { start: base + found.starts[first], end: base + found.ends[last] });
}

/**
 * Aligns all of `pattern` with some stretch of `tokens` at the least edit distance (matches
 * cost nothing, anything else one); returns where the stretch starts and the steps, in order.
 */
function alignWithTraceback(pattern: string[], tokens: string[]): { start: number; steps: Step[] } | undefined {
  const rows = pattern.length;
  const columns = tokens.length;
  if (columns === 0) return undefined;
  const width = columns + 1;
  const cost = new Int32Array((rows + 1) * width);
  // Row 0 is all zeros: the stretch may start at any word.
  for (let i = 1; i <= rows; i++) {
    cost[i * width] = i;
    for (let j = 1; j <= columns; j++) {
      const diagonal = cost[(i - 1) * width + j - 1] + (pattern[i - 1] === tokens[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(diagonal, cost[(i - 1) * width + j] + 1, cost[i * width + j - 1] + 1);
    }
  }
  // The stretch may end at any word.
  let end = 0;
  for (let j = 1; j <= columns; j++) if (cost[rows * width + j] < cost[rows * width + end]) end = j;
  const steps: Step[] = [];
  let i = rows;
  let j = end;
  while (i > 0) {
    const here = cost[i * width + j];
    const same = j > 0 && pattern[i - 1] === tokens[j - 1];
    if (j > 0 && here === cost[(i - 1) * width + j - 1] + (same ? 0 : 1)) {
      steps.push(same ? 'match' : 'substitute');
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j] + 1) {
      steps.push('skipPattern');
      i--;
    } else {
      steps.push('skipText');
      j--;
    }
  }
  return { start: j, steps: steps.toReversed() };
}
