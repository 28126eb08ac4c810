import type { TextPoint } from './types';

/** One line of a page, where it starts in that page's text; the lines of all pages run on in reading order. */
export interface TextLine {
  page: number;
  offset: number;
  /** The line without its line break. */
  text: string;
}

export function splitIntoLines(pages: string[]): TextLine[] {
  const lines: TextLine[] = [];
  pages.forEach((pageText, page) => {
    let offset = 0;
    for (const text of pageText.split('\n')) {
      lines.push({ page, offset, text });
      offset += text.length + 1;
    }
  });
  return lines;
}

export function isBlank(line: TextLine): boolean {
  return line.text.trim() === '';
}

/** Where a line's content begins: indentation is layout, not part of a passage. */
export function contentStart(line: TextLine): TextPoint {
  const indent = line.text.length - line.text.trimStart().length;
  return { page: line.page, offset: line.offset + indent };
}

/** Just after a line's last visible character. */
export function contentEnd(line: TextLine): TextPoint {
  return { page: line.page, offset: line.offset + line.text.trimEnd().length };
}

/** The text between two points; pages are joined with a line break, as the reader shows them. */
export function sliceText(pages: string[], start: TextPoint, end: TextPoint): string {
  if (start.page === end.page) return pages[start.page].slice(start.offset, end.offset);
  const parts = [pages[start.page].slice(start.offset)];
  for (let page = start.page + 1; page < end.page; page++) parts.push(pages[page]);
  parts.push(pages[end.page].slice(0, end.offset));
  return parts.join('\n');
}

/** A high percentile of line lengths: the width of a full line of running text in this document. */
export function fullLineLength(lines: TextLine[]): number {
  const lengths = lines
    .map((line) => line.text.trim().length)
    .filter((length) => length > 0)
    .toSorted((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor((lengths.length - 1) * 0.9)];
}
