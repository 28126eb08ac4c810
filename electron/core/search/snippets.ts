import { joinSpans } from '../../common/cjkBigrams';

/** Characters of context before the first marked word; the snippet runs to three times this. */
const snippetRadius = 90;

/**
 * The snippet of a result: about 270 characters of the passage around its first marked word,
 * cut at word boundaries, white space folded to single spaces, "…" where text was left out;
 * and the marked words' stretches in it as [start, end) offsets into the snippet (UTF-16),
 * neighbouring ones joined (the pairs of a CJK phrase overlap).
 *
 * @param text the passage's text
 * @param first offset of the first marked word in `text` (0 when none)
 * @param marked the marked stretches, as offsets into `text`
 */
export function snippetAround(
  text: string,
  first: number,
  marked: readonly { start: number; end: number }[],
): { snippet: string; highlights: [number, number][] } {
  const start = Math.max(0, first - snippetRadius);
  const end = Math.min(text.length, first + snippetRadius * 2);
  // Start at a word, never past the first match (Chinese has no spaces).
  const space = start === 0 ? null : /\s+/u.exec(text.slice(start, first));
  const from = start === 0 ? 0 : space ? start + space.index + space[0].length : start;
  const to = end === text.length ? end : text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  const prefix = from > 0 ? '…' : '';
  const snippet = prefix + text.slice(from, to).replace(/\s+/gu, ' ') + (to < text.length ? '…' : '');
  return { snippet, highlights: snippetHighlights(text, from, to, marked, prefix.length) };
}

function snippetHighlights(
  text: string,
  from: number,
  to: number,
  marked: readonly { start: number; end: number }[],
  shift: number,
): [number, number][] {
  // The snippet folds runs of white space to one space: offsets go through the same folding.
  // removed[k]: the units dropped before text[from + k] (each after the first of a run).
  const removed: number[] = [];
  let dropped = 0;
  let afterSpace = false;
  for (let index = from; index < to; index += 1) {
    removed.push(dropped);
    const space = isWhiteSpace(text.charCodeAt(index));
    if (space && afterSpace) dropped += 1;
    afterSpace = space;
  }
  removed.push(dropped);
  const folded = (offset: number) => offset - from - removed[offset - from] + shift;
  const highlights: [number, number][] = [];
  for (const token of marked) {
    if (token.start < from || token.end > to) continue;
    highlights.push([folded(token.start), folded(token.end)]);
  }
  return joinSpans(highlights);
}

/**
 * Whether a UTF-16 unit is white space as the regular expression `\s` sees it (ECMA-262
 * WhiteSpace and LineTerminator), without running a regular expression per character.
 */
export function isWhiteSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
    unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}
