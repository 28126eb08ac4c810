// Turns a document's clean page texts into citable passages: preamble paragraphs, parts,
// chapters, sections, articles and their numbered paragraphs; or bounded chunks when the
// document has no articles.
import type { PassageLevel } from '../../../common/model';
import { chunkPassages, defaultMaxChunkChars } from './chunks';
import { type DocumentHeading, findHeadings } from './documentHeadings';
import { headingRank, isPreambleHeading, isTitleLike, startsLowercase } from './headings';
import { findListItems } from './listItems';
import { preambleParagraphs } from './paragraphs';
import { contentEnd, contentStart, isBlank, sliceText, splitIntoLines, type TextLine } from './textLines';
import type { FoundPassage } from './types';

/** A document's title, or the description under it, can be a long line. */
const maxTitleBlockWords = 30;

export interface FindPassagesOptions {
  /** Longest chunk, in characters, when the text has no articles. */
  maxChunkChars?: number;
}

export function findPassages(pages: string[], options: FindPassagesOptions = {}): FoundPassage[] {
  const lines = splitIntoLines(pages);
  const headings = findHeadings(lines);
  if (!headings.some((heading) => heading.kind === 'article')) {
    return chunkPassages(pages, lines, options.maxChunkChars ?? defaultMaxChunkChars);
  }
  const passages = new PassageList(pages, lines);
  addPreamble(passages, lines, headings[0].line - 1);
  const open: { heading: DocumentHeading; index: number }[] = [];
  headings.forEach((heading, position) => {
    const rank = headingRank[heading.kind];
    while (open.length > 0 && headingRank[open[open.length - 1].heading.kind] >= rank) open.pop();
    const parentIndex = open.length > 0 ? open[open.length - 1].index : null;
    const lastLine = lastLineOf(headings, position, lines.length);
    const index = passages.add(heading.kind, heading.label, heading.title, heading.line, lastLine, parentIndex);
    if (heading.kind === 'article') {
      for (const item of findListItems(lines, heading.lastLine + 1, lastLine)) {
        const parent = item.parentItem === null ? index : index + 1 + item.parentItem;
        passages.add(item.level, `${heading.label}${item.suffix}`, null, item.line, item.lastLine, parent, item.column);
      }
    } else {
      open.push({ heading, index });
    }
  });
  return passages.list;
}

/** A heading runs until the next heading of the same or a higher rank. */
function lastLineOf(headings: DocumentHeading[], position: number, lineCount: number): number {
  const rank = headingRank[headings[position].kind];
  const next = headings.slice(position + 1).find((heading) => headingRank[heading.kind] <= rank);
  return (next ? next.line : lineCount) - 1;
}

/**
 * The preamble is what comes before the first heading, after the title. A "Preamble" heading
 * says where it starts; without one, the short unpunctuated lines at the top (symbol, title,
 * distribution) are taken as the title block.
 */
function addPreamble(passages: PassageList, lines: TextLine[], last: number): void {
  if (last < 0) return;
  let first = 0;
  const headingLine = lines.slice(0, last + 1).findIndex((line) => isPreambleHeading(line.text));
  if (headingLine >= 0) first = headingLine + 1;
  else first = skipTitleBlock(lines, last);
  preambleParagraphs(lines, first, last).forEach((paragraph, position) => {
    passages.add('preamble', `Preamble, para. ${position + 1}`, null, paragraph.first, paragraph.last, null);
  });
}

/**
 * Front matter and title lines end without punctuation and are not continued on the next line;
 * the preamble's first paragraph ends with a comma ("The States Parties to this Statute,") or runs on.
 */
function skipTitleBlock(lines: TextLine[], last: number): number {
  let index = 0;
  while (index <= last) {
    const text = lines[index].text.trim();
    if (text !== '') {
      const next = lines.slice(index + 1, last + 1).find((line) => !isBlank(line));
      const titleLine =
        !/[.;:,。；：，،؛]$/.test(text) &&
        isTitleLike(text, maxTitleBlockWords) &&
        !(next && startsLowercase(next.text));
      if (!titleLine) break;
    }
    index++;
  }
  return index;
}

class PassageList {
  readonly list: FoundPassage[] = [];

  constructor(
    private readonly pages: string[],
    private readonly lines: TextLine[],
  ) {}

  /**
   * Adds the passage from line `first` (from `column` on, when it starts mid-line) to the last
   * non-blank line up to `last`; returns its index.
   */
  add(
    level: PassageLevel,
    label: string,
    heading: string | null,
    first: number,
    last: number,
    parentIndex: number | null,
    column?: number,
  ): number {
    let lastVisible = last;
    while (lastVisible > first && isBlank(this.lines[lastVisible])) lastVisible--;
    const line = this.lines[first];
    const start = column === undefined ? contentStart(line) : { page: line.page, offset: line.offset + column };
    const end = contentEnd(this.lines[lastVisible]);
    this.list.push({ level, label, heading, text: sliceText(this.pages, start, end), start, end, parentIndex });
    return this.list.length - 1;
  }
}
