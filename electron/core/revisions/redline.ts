/**
 * A word-level redline of two texts: the words kept, deleted and inserted, and words moved
 * (deleted in one place and inserted, the same, in another). The diff is Myers' O(ND)
 * algorithm ("An O(ND) difference algorithm and its variations", Algorithmica 1986) as the
 * `diff` package's diffArrays runs it over our word tokens. That package is maintained, typed
 * and takes a comparator: white space matches any white space, so a PDF's line breaks, which
 * move between revisions, are no change. Moves are found afterwards: the diff itself knows
 * only deletions and insertions.
 */
import { diffArrays } from 'diff';
import type { RedlineSegment } from '../../common/model';

/** Words a deleted run must have to count as moved when the same words are inserted elsewhere. */
export const MIN_MOVED_WORDS = 3;

const noSpaces = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The redline from `older` to `newer`: segments in reading order whose `same`, `deleted` and
 * `movedFrom` parts joined give the older text, and whose `same`, `inserted` and `movedTo`
 * parts give the newer one (white space as in the newer text where both have it).
 * Units: UTF-16 strings; no errors.
 */
export function redline(older: string, newer: string): RedlineSegment[] {
  if (older === newer) return older ? [{ kind: 'same', text: older }] : [];
  // A token is compared without the white space after it: a line broken elsewhere is not a change.
  const before = tokens(older);
  const after = tokens(newer);
  const changes = diffArrays(before, after, { comparator: (a, b) => a === b || a.trimEnd() === b.trimEnd() });
  const segments: RedlineSegment[] = [];
  const push = (kind: RedlineSegment['kind'], text: string) => {
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) segments.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.added) push('inserted', after.slice(j, (j += count)).join(''));
    else if (change.removed) push('deleted', before.slice(i, (i += count)).join(''));
    else {
      for (let k = 0; k < count; k += 1, i += 1, j += 1) {
        // White space only one side has ("shall" before a comma, "shall " before a word) is
        // that side's, so each side reads back exactly.
        const word = after[j].trimEnd();
        const spaceAfter = after[j].slice(word.length);
        const spaceBefore = before[i].slice(before[i].trimEnd().length);
        if (!spaceAfter === !spaceBefore) push('same', after[j]);
        else {
          push('same', word);
          push(spaceAfter ? 'inserted' : 'deleted', spaceAfter || spaceBefore);
        }
      }
    }
  }
  markMoves(segments);
  return segments;
}

/**
 * Words and single punctuation marks, each with the white space after it (white space that
 * opens the text is a token of its own), in order; joined they give the text back. Scripts
 * written without spaces are cut by Intl.Segmenter (ICU's dictionaries).
 */
export function tokens(text: string): string[] {
  const pieces = noSpaces.test(text) ? Array.from(wordSegmenter.segment(text), (segment) => segment.segment) : (text.match(/\s+|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu) ?? []);
  const joined: string[] = [];
  for (const piece of pieces) {
    if (joined.length > 0 && /^\s+$/u.test(piece)) joined[joined.length - 1] += piece;
    else joined.push(piece);
  }
  return joined;
}

/**
 * A segment's text as an inline redline (Word, Markdown) shows it: lines are the newer text's,
 * so a deleted run's line breaks read as spaces there.
 */
export function inlineText(segment: RedlineSegment): string {
  return segment.kind === 'deleted' || segment.kind === 'movedFrom' ? segment.text.replace(/\s*\n\s*/gu, ' ') : segment.text;
}

/** Pairs each deleted run with an inserted run of the same words (punctuation and case aside). */
function markMoves(segments: RedlineSegment[]): void {
  const inserted = new Map<string, RedlineSegment[]>();
  for (const segment of segments) {
    if (segment.kind !== 'inserted') continue;
    const key = moveKey(segment.text);
    if (key) inserted.set(key, [...(inserted.get(key) ?? []), segment]);
  }
  let moves = 0;
  for (const segment of segments) {
    if (segment.kind !== 'deleted') continue;
    const key = moveKey(segment.text);
    const target = key ? inserted.get(key)?.shift() : undefined;
    if (!target) continue;
    moves += 1;
    segment.kind = 'movedFrom';
    segment.move = moves;
    target.kind = 'movedTo';
    target.move = moves;
  }
}

/** The run's words, lower-cased, without the punctuation around them; null below MIN_MOVED_WORDS. */
function moveKey(text: string): string | null {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.length >= MIN_MOVED_WORDS ? found.join(' ') : null;
}
