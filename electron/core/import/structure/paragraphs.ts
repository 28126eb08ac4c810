// Where paragraphs begin in running text, when the extraction kept no markup.
import { isTitleLike, maxTitleWords, readHeadingLine, startsLowercase } from './headings';
import { readListMarker } from './listMarkers';
import { isBlank, type TextLine } from './textLines';

/** First and last line (inclusive) of a paragraph. */
export interface LineRange {
  first: number;
  last: number;
}

const endsClause = /[.;:,!?。；：，！？،؛]$/u;
const endsSentence = /[.!?。！？:;]$/u;
const endsWithConjunction = /(?<!\p{L})(?:and|et|y|e|or|ou|o|и|или|و)$/iu;

/** Runs of non-blank lines between `first` and `last` (inclusive). */
export function blocksBetween(lines: TextLine[], first: number, last: number): LineRange[] {
  const blocks: LineRange[] = [];
  let start: number | null = null;
  for (let index = first; index <= last; index++) {
    if (isBlank(lines[index])) {
      if (start !== null) blocks.push({ first: start, last: index - 1 });
      start = null;
    } else if (start === null) {
      start = index;
    }
  }
  if (start !== null) blocks.push({ first: start, last });
  return blocks;
}

/**
 * Preambular paragraphs: each ends with a comma or a semicolon and the next one opens with a
 * capital or with the same word ("Recalling", "принимая во внимание"). Text extracted from a
 * PDF rarely keeps the blank line between them, so both the blank line and that shape count.
 */
export function preambleParagraphs(lines: TextLine[], first: number, last: number): LineRange[] {
  const paragraphs: LineRange[] = [];
  for (const block of blocksBetween(lines, first, last)) {
    const longest = Math.max(...range(block).map((index) => lines[index].text.trim().length));
    let start = block.first;
    for (let index = block.first + 1; index <= block.last; index++) {
      const previous = lines[index - 1].text.trim();
      const current = lines[index].text.trim();
      const opening = firstWords(lines[start].text);
      const sameOpening = firstWords(current, 1) === firstWords(lines[start].text, 1);
      const opens = !startsLowercase(current) || sameOpening;
      // "...; и\nпринимая во внимание": the Russian texts end each paragraph with "and".
      const repeatsOpening = firstWords(current) === opening && endsWithConjunction.test(previous);
      const shortPrevious = longest >= 40 && previous.length < 0.6 * longest && !/[-‐]$/.test(previous);
      if ((endsClause.test(previous) && opens) || repeatsOpening || (shortPrevious && !startsLowercase(current))) {
        paragraphs.push({ first: start, last: index - 1 });
        start = index;
      }
    }
    paragraphs.push({ first: start, last: block.last });
  }
  return paragraphs;
}

/**
 * Paragraphs of a text with no articles: blank lines, and a sentence that ends before the line
 * is full (the last line of a justified paragraph is short) or before a numbered paragraph.
 * A lone short heading line is kept with the paragraph it heads.
 */
export function proseParagraphs(lines: TextLine[], fullLength: number): LineRange[] {
  const paragraphs: LineRange[] = [];
  for (const block of blocksBetween(lines, 0, lines.length - 1)) {
    let start = block.first;
    for (let index = block.first + 1; index <= block.last; index++) {
      const previous = lines[index - 1].text.trim();
      const current = lines[index].text;
      const endsParagraph =
        endsSentence.test(previous) &&
        (previous.length < 0.8 * fullLength ||
          readListMarker(current) !== null ||
          readHeadingLine(current) !== null ||
          /^\s/.test(current));
      if (endsParagraph) {
        paragraphs.push({ first: start, last: index - 1 });
        start = index;
      }
    }
    paragraphs.push({ first: start, last: block.last });
  }
  return attachHeadingLines(paragraphs, lines);
}

function attachHeadingLines(paragraphs: LineRange[], lines: TextLine[]): LineRange[] {
  const merged: LineRange[] = [];
  for (let position = 0; position < paragraphs.length; position++) {
    const paragraph = paragraphs[position];
    const text = lines[paragraph.first].text.trim();
    const isHeadingLine =
      paragraph.first === paragraph.last &&
      !endsClause.test(text) &&
      !startsLowercase(text) &&
      isTitleLike(text, maxTitleWords);
    if (isHeadingLine && position + 1 < paragraphs.length) {
      paragraphs[position + 1] = { first: paragraph.first, last: paragraphs[position + 1].last };
    } else {
      merged.push(paragraph);
    }
  }
  return merged;
}

function firstWords(text: string, count = 2): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ').toLowerCase();
}

function range({ first, last }: LineRange): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
