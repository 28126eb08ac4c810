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

const noSpacesScripts = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}';
const noSpaces = new RegExp(`[${noSpacesScripts}]`, 'u');
/** Splits a text into runs with and without such scripts (the capture keeps both). */
const noSpacesRun = new RegExp(`([${noSpacesScripts}]+)`, 'u');
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The redline from `older` to `newer`: segments in reading order whose `same`, `deleted` and
 * `movedFrom` parts joined give the older text (a `same` part's `older` form where it has one),
 * and whose `same`, `inserted` and `movedTo` parts give the newer one. Units: UTF-16 strings;
 * no errors.
 */
export function redline(older: string, newer: string): RedlineSegment[] {
  if (older === newer) return older ? [{ kind: 'same', text: older }] : [];
  // A token is compared without the white space after it: a line broken elsewhere is not a change.
  const before = tokens(older);
  const after = tokens(newer);
  const changes = diffArrays(before, after, { comparator: (a, b) => a === b || a.trimEnd() === b.trimEnd() });
  const segments: RedlineSegment[] = [];
  const push = (kind: RedlineSegment['kind'], text: string, olderForm = text) => {
    const last = segments.at(-1);
    if (last?.kind === kind) {
      last.text += text;
      if (kind === 'same') last.older = (last.older ?? '') + olderForm;
    } else if (text) segments.push(kind === 'same' ? { kind, text, older: olderForm } : { kind, text });
  };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.added) push('inserted', after.slice(j, (j += count)).join(''));
    else if (change.removed) push('deleted', before.slice(i, (i += count)).join(''));
    // Words both have, each side's white space kept: the older column keeps its own lines.
    else push('same', after.slice(j, (j += count)).join(''), before.slice(i, (i += count)).join(''));
  }
  for (const segment of segments) if (segment.older === segment.text) delete segment.older;
  markMoves(segments);
  return segments;
}

/**
 * Words (a number with its separators, "1,000" or "7.1", is one) and single punctuation marks,
 * each with the white space after it (white space that opens the text is a token of its own),
 * in order; joined they give the text back. Runs of a script written without spaces are cut
 * by Intl.Segmenter (ICU's dictionaries); the rest of the text by the pattern.
 */
export function tokens(text: string): string[] {
  const pieces: string[] = [];
  for (const run of text.split(noSpacesRun)) {
    if (!run) continue;
    if (noSpaces.test(run)) for (const segment of wordSegmenter.segment(run)) pieces.push(segment.segment);
    // One at a time: a long text's hundred thousand tokens would overflow push(...spread).
    else for (const piece of run.match(/\s+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu) ?? []) pieces.push(piece);
  }
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

/**
 * Pairs each deleted run with an inserted run of the same words (punctuation and case aside)
 * elsewhere: one right beside it is a replacement (a change of case, of punctuation), not a move.
 */
function markMoves(segments: RedlineSegment[]): void {
  const inserted = new Map<string, number[]>();
  segments.forEach((segment, index) => {
    const key = segment.kind === 'inserted' ? moveKey(segment.text) : null;
    if (key) inserted.set(key, [...(inserted.get(key) ?? []), index]);
  });
  let moves = 0;
  segments.forEach((segment, index) => {
    const key = segment.kind === 'deleted' ? moveKey(segment.text) : null;
    const candidates = key ? inserted.get(key) : undefined;
    const at = candidates?.findIndex((candidate) => Math.abs(candidate - index) > 1) ?? -1;
    if (at < 0) return;
    const target = segments[candidates!.splice(at, 1)[0]];
    moves += 1;
    segment.kind = 'movedFrom';
    segment.move = moves;
    target.kind = 'movedTo';
    target.move = moves;
  });
}

/** The run's words, lower-cased, without the punctuation around them; null below MIN_MOVED_WORDS. */
function moveKey(text: string): string | null {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.length >= MIN_MOVED_WORDS ? found.join(' ') : null;
}
