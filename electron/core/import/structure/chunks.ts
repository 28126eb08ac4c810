// The fallback for texts with no articles (statements, reports, letters): bounded paragraphs.
import { proseParagraphs } from './paragraphs';
import { contentEnd, contentStart, fullLineLength, sliceText, type TextLine } from './textLines';
import type { FoundPassage, TextPoint } from './types';

export const defaultMaxChunkChars = 1200;

export function chunkPassages(pages: string[], lines: TextLine[], maxChars: number): FoundPassage[] {
  const passages: FoundPassage[] = [];
  for (const paragraph of proseParagraphs(lines, fullLineLength(lines))) {
    const start = contentStart(lines[paragraph.first]);
    const text = sliceText(pages, start, contentEnd(lines[paragraph.last]));
    for (const [from, to] of boundedPieces(text, maxChars)) {
      passages.push({
        level: 'chunk',
        label: `Para. ${passages.length + 1}`,
        heading: null,
        text: text.slice(from, to),
        start: advance(pages, start, from),
        end: advance(pages, start, to),
        parentIndex: null,
      });
    }
  }
  return passages;
}

const sentenceEnd = /[.!?;:](?=\s)|[。！？；]/g;
const cjkCharacter = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/**
 * [from, to) pieces of at most `maxChars`, cut after a sentence if one ends in the second half,
 * else at a space; never inside a word (a single word longer than the limit stays whole).
 */
export function boundedPieces(text: string, maxChars: number): [number, number][] {
  const limit = Math.max(1, maxChars);
  const pieces: [number, number][] = [];
  let position = 0;
  while (position < text.length) {
    if (text.length - position <= limit) {
      pieces.push([position, text.length]);
      break;
    }
    const cut = position + cutPoint(text.slice(position, position + limit + 1), text, position, limit);
    let end = cut;
    while (end > position && /\s/.test(text[end - 1])) end--;
    pieces.push([position, end]);
    position = cut;
    while (position < text.length && /\s/.test(text[position])) position++;
  }
  return pieces;
}

/** Where to cut `window` (the next limit + 1 characters from `position`), relative to `position`. */
function cutPoint(window: string, text: string, position: number, limit: number): number {
  let sentenceCut = -1;
  for (const match of window.matchAll(sentenceEnd)) {
    const after = match.index + match[0].length;
    if (after <= limit && after >= limit / 2) sentenceCut = after;
  }
  if (sentenceCut > 0) return sentenceCut;
  const space = window.search(/\s\S*$/);
  if (space > 0) return space;
  // Scripts written without spaces can be cut between any two characters.
  if (cjkCharacter.test(window[limit - 1]) && cjkCharacter.test(window[limit])) return limit;
  const nextSpace = text.slice(position + limit).search(/\s/);
  return nextSpace < 0 ? text.length - position : limit + nextSpace;
}

/** The point `delta` characters after `point`, counting the line break that joins two pages. */
export function advance(pages: string[], point: TextPoint, delta: number): TextPoint {
  let { page, offset } = point;
  let rest = delta;
  while (page < pages.length - 1 && rest > pages[page].length - offset) {
    rest -= pages[page].length - offset + 1;
    page += 1;
    offset = 0;
  }
  return { page, offset: offset + rest };
}
