import { findMatches } from './findInDocument';

/**
 * Where a passage's text lies in a page's text as the text layer holds it (pdf.js's items
 * joined, a line break after each line). The import stored a cleaned copy of that text
 * (running headers gone, words broken at a line end joined), so offsets do not carry over;
 * the passage's first and last words are looked for instead, ignoring case, accents and line
 * breaks. Fewer words are tried when a word broken across lines spoils a longer run.
 *
 * Returns [start, end) in `layerText`, the end being the page's end when the passage goes on
 * to the next page, or undefined when its opening is not on the page.
 */
export function locatePassage(layerText: string, passageText: string): { start: number; end: number } | undefined {
  const words = passageText.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const start = firstOccurrence(layerText, words.slice(0, 8), 0);
  if (start === undefined) return undefined;
  const endWords = words.slice(-6);
  const tail = firstOccurrence(layerText, endWords, start.start, true);
  return { start: start.start, end: tail && tail.end > start.start ? tail.end : layerText.length };
}

/** The first match of the longest run of `words` that is found (8, 4, 2, then 1 word), at or after `from`. */
function firstOccurrence(text: string, words: string[], from: number, fromEnd = false): { start: number; end: number } | undefined {
  for (const count of [8, 4, 2, 1]) {
    if (count > words.length && count !== 1) continue;
    const run = fromEnd ? words.slice(-count) : words.slice(0, count);
    // One word alone is too common to trust unless it is all there is.
    if (count === 1 && words.length > 1) return undefined;
    const match = findMatches([text], run.join(' ')).find((candidate) => candidate.start >= from);
    if (match) return { start: match.start, end: match.end };
  }
  return undefined;
}
