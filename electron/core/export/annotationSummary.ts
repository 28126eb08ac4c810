import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Annotation, AnnotationColour, AnnotationKind } from '../../common/model';
import { xmlSafe } from './xmlText';

/**
 * The annotations of one document as a briefing note for a legal adviser: per page, each mark's
 * meaning (the colour's label), what was marked, the note and the tags. Markdown and Word.
 */

export interface SummaryDocument {
  title: string;
  symbol: string | null;
  fileName: string;
}

const kindLabels: Record<AnnotationKind, string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'Strike-out',
  note: 'Note',
  comment: 'Comment',
  area: 'Marked area',
};

interface SummaryItem {
  colourLabel: string;
  /** RRGGBB, without '#'. */
  colourHex: string | null;
  kindLabel: string;
  pagesLabel: string;
  /** The marked text on one line (layout line breaks are not the author's). */
  quote: string | null;
  /** A strike-out marks text the delegation wants deleted. */
  isDeletion: boolean;
  note: string;
  tags: string[];
  remark: string | null;
}

interface SummaryPage {
  pageNumber: number;
  items: SummaryItem[];
}

function oneLine(text: string): string {
  return xmlSafe(text).replace(/\s+/gu, ' ').trim();
}

function noteLines(note: string): string[] {
  return xmlSafe(note)
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trim());
}

function pagesLabel(annotation: Annotation): string {
  const pages = [...new Set(annotation.anchor.rects.map((rect) => rect.pageIndex))].toSorted((left, right) => left - right);
  if (pages.length <= 1) return `page ${(pages[0] ?? annotation.pageIndex) + 1}`;
  const contiguous = pages.every((page, index) => index === 0 || page === pages[index - 1] + 1);
  return contiguous ? `pages ${pages[0] + 1}–${pages.at(-1)! + 1}` : `pages ${pages.map((page) => page + 1).join(', ')}`;
}

function carryRemark(annotation: Annotation): string | null {
  switch (annotation.carry?.status) {
    case 'not-found':
      return 'Carried over from the previous revision, but its text was not found in this one: check by hand.';
    case 'changed':
      return 'Carried over from the previous revision; the marked text has changed since.';
    case 'moved':
      return 'Carried over from the previous revision, where it was in another article; its text stands here too: check that it belongs here.';
    default:
      return null;
  }
}

/** Reading order on the page: top to bottom (PDF y grows upwards), then left to right. */
function positionOnPage(annotation: Annotation): [number, number] {
  const rect = annotation.anchor.rects.find((candidate) => candidate.pageIndex === annotation.pageIndex) ?? annotation.anchor.rects[0];
  return rect ? [-Math.max(rect.y1, rect.y2), Math.min(rect.x1, rect.x2)] : [Number.POSITIVE_INFINITY, 0];
}

function summaryPages(annotations: Annotation[], colours: AnnotationColour[]): SummaryPage[] {
  const sorted = annotations.toSorted((left, right) => {
    const [leftTop, leftX] = positionOnPage(left);
    const [rightTop, rightX] = positionOnPage(right);
    return left.pageIndex - right.pageIndex || leftTop - rightTop || leftX - rightX || left.id - right.id;
  });
  const pages: SummaryPage[] = [];
  for (const annotation of sorted) {
    const colour = colours.find((candidate) => candidate.key === annotation.colour);
    const quote = oneLine(annotation.anchor.quote?.exact ?? '');
    const item: SummaryItem = {
      colourLabel: oneLine(colour?.label ?? annotation.colour),
      colourHex: colour ? colour.hex.replace('#', '').toUpperCase() : null,
      kindLabel: kindLabels[annotation.kind],
      pagesLabel: pagesLabel(annotation),
      quote: quote === '' ? null : quote,
      isDeletion: annotation.kind === 'strikeout',
      note: annotation.note.trim(),
      tags: annotation.tags.map(oneLine).filter(Boolean),
      remark: carryRemark(annotation),
    };
    const pageNumber = annotation.pageIndex + 1;
    const page = pages.at(-1);
    if (page?.pageNumber === pageNumber) page.items.push(item);
    else pages.push({ pageNumber, items: [item] });
  }
  return pages;
}

function heading(document: SummaryDocument): string {
  const title = oneLine(document.title) || oneLine(document.fileName);
  const symbol = oneLine(document.symbol ?? '');
  return symbol ? `${title} — ${symbol}` : title;
}

function countLine(annotations: Annotation[], pages: SummaryPage[]): string {
  if (annotations.length === 0) return 'There are no annotations on this document.';
  const marks = annotations.length === 1 ? '1 annotation' : `${annotations.length} annotations`;
  return `${marks} on ${pages.length === 1 ? '1 page' : `${pages.length} pages`}.`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Characters that start emphasis, code, links, HTML, tables or strike-through anywhere in a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/gu, '\\$&').replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
}

/** Escapes the text, and what would make its line a heading, list or rule when it starts one. */
function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^[#+=-]/u, '\\$&')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

const itemIndent = '  ';

/** The note inside its list item: lines kept with hard breaks, paragraphs with blank lines. */
function markdownNote(note: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of noteLines(note)) {
    if (line === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
    } else {
      paragraphs.at(-1)!.push(escapeLine(line));
    }
  }
  return paragraphs.filter((lines) => lines.length > 0).map((lines) => lines.map((line) => itemIndent + line).join('\\\n'));
}

function markdownItem(item: SummaryItem): string {
  const blocks = [`- **${escapeInline(item.colourLabel)}** · ${item.kindLabel} · ${item.pagesLabel}`];
  if (item.quote) {
    if (item.isDeletion) blocks.push(`${itemIndent}*Proposed deletion:*`, `${itemIndent}> ~~${escapeInline(item.quote)}~~`);
    else blocks.push(`${itemIndent}> ${escapeLine(item.quote)}`);
  }
  blocks.push(...markdownNote(item.note));
  if (item.tags.length > 0) blocks.push(`${itemIndent}Tags: ${item.tags.map(escapeInline).join(', ')}`);
  if (item.remark) blocks.push(`${itemIndent}*${item.remark}*`);
  return blocks.join('\n\n');
}

/** The summary as Markdown (CommonMark with GitHub's strike-through). */
export function annotationSummaryMarkdown(document: SummaryDocument, annotations: Annotation[], colours: AnnotationColour[]): string {
  const pages = summaryPages(annotations, colours);
  const blocks = [`# ${escapeInline(heading(document)).replace(/#/gu, '\\#')}`];
  if (document.fileName) blocks.push(`File: ${escapeLine(oneLine(document.fileName))}`);
  blocks.push(countLine(annotations, pages));
  for (const page of pages) {
    blocks.push(`## Page ${page.pageNumber}`, ...page.items.map(markdownItem));
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Word

const rightToLeftScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Direction from the first letter, as dir="auto" does: an Arabic quote reads right to left. */
function isRightToLeft(text: string): boolean {
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  return firstLetter !== undefined && rightToLeftScript.test(firstLetter);
}

function wordItem(item: SummaryItem): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240 },
      children: [
        ...(item.colourHex ? [new TextRun({ text: '■ ', color: item.colourHex })] : []),
        new TextRun({ text: item.colourLabel, bold: true }),
        new TextRun({ text: ` · ${item.kindLabel} · ${item.pagesLabel}` }),
      ],
    }),
  ];
  if (item.quote) {
    const rightToLeft = isRightToLeft(item.quote);
    if (item.isDeletion) paragraphs.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Proposed deletion:', italics: true })] }));
    paragraphs.push(
      new Paragraph({
        bidirectional: rightToLeft,
        indent: { start: 567 },
        children: [new TextRun({ text: item.quote, italics: !item.isDeletion, strike: item.isDeletion, rightToLeft })],
      }),
    );
  }
  const noteParagraphs = item.note === '' ? [] : item.note.replace(/\r\n?/gu, '\n').split(/\n\s*\n/u);
  for (const noteParagraph of noteParagraphs) {
    const lines = noteLines(noteParagraph);
    const rightToLeft = isRightToLeft(noteParagraph);
    paragraphs.push(
      new Paragraph({
        bidirectional: rightToLeft,
        children: lines.map((line, index) => new TextRun({ text: line, break: index === 0 ? undefined : 1, rightToLeft })),
      }),
    );
  }
  if (item.tags.length > 0) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: 'Tags: ', italics: true }), new TextRun({ text: item.tags.join(', ') })] }));
  }
  if (item.remark) paragraphs.push(new Paragraph({ children: [new TextRun({ text: item.remark, italics: true })] }));
  return paragraphs;
}

/** The summary as a Word document (.docx). */
export async function annotationSummaryDocx(document: SummaryDocument, annotations: Annotation[], colours: AnnotationColour[]): Promise<Uint8Array> {
  const pages = summaryPages(annotations, colours);
  const title = heading(document);
  const children = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] })];
  if (document.fileName) children.push(new Paragraph({ children: [new TextRun(`File: ${oneLine(document.fileName)}`)] }));
  children.push(new Paragraph({ children: [new TextRun(countLine(annotations, pages))] }));
  for (const page of pages) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`Page ${page.pageNumber}`)] }));
    for (const item of page.items) children.push(...wordItem(item));
  }
  const word = new Document({
    title: `Annotations: ${title}`,
    creator: 'Briefing',
    description: `Annotations on ${oneLine(document.fileName)}`,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}
