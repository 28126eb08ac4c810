import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { formatMessage, type MessageId, type MessageValues } from '../../common/i18n/messages';
import type { Annotation, AnnotationColour, InterfaceLanguage } from '../../common/model';
import type { MarkCitation } from './annotationCitations';
import { xmlSafe } from './xmlText';

/**
 * The annotations of one document as a briefing note for a legal adviser: by article (by page
 * when the document has no articles), each mark's meaning (the colour's label), its kind and
 * where it is ("Art. 7(1)(h), p. 4"), what was marked, the note and the tags. Markdown and
 * Word, in the interface language: every word comes from the message catalogues, so a kind
 * reads as the reader names it ("Strike-through"), never as its internal name.
 */

export interface SummaryOptions {
  /** Each mark's passage and article (see annotationCitations.ts); marks without one are cited by page. */
  citations?: Map<number, MarkCitation>;
  language?: InterfaceLanguage;
}

type Words = (id: MessageId, values?: MessageValues) => string;

function wordsIn(language: InterfaceLanguage = 'en'): Words {
  return (id, values) => formatMessage(language, id, values);
}

export interface SummaryDocument {
  title: string;
  symbol: string | null;
  fileName: string;
}

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

/** A heading and the marks under it: an article, or a page when the document has no articles. */
interface SummarySection {
  key: string;
  heading: string;
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

function pagesLabel(annotation: Annotation, words: Words): string {
  const pages = [...new Set(annotation.anchor.rects.map((rect) => rect.pageIndex))].toSorted((left, right) => left - right);
  if (pages.length <= 1) return words('summary.page', { page: (pages[0] ?? annotation.pageIndex) + 1 });
  const contiguous = pages.every((page, index) => index === 0 || page === pages[index - 1] + 1);
  return words('summary.pages', { pages: contiguous ? `${pages[0] + 1}–${pages.at(-1)! + 1}` : pages.map((page) => page + 1).join(', ') });
}

function carryRemark(annotation: Annotation, words: Words): string | null {
  switch (annotation.carry?.status) {
    case 'not-found':
      return words('summary.carryNotFound');
    case 'changed':
      return words('summary.carryChanged');
    case 'moved':
      return words('summary.carryMoved');
    default:
      return null;
  }
}

/** Reading order on the page: top to bottom (PDF y grows upwards), then left to right. */
function positionOnPage(annotation: Annotation): [number, number] {
  const rect = annotation.anchor.rects.find((candidate) => candidate.pageIndex === annotation.pageIndex) ?? annotation.anchor.rects[0];
  return rect ? [-Math.max(rect.y1, rect.y2), Math.min(rect.x1, rect.x2)] : [Number.POSITIVE_INFINITY, 0];
}

/**
 * The marks in reading order, under their article when the document has articles (marks
 * outside any, such as notes beside the text, after them under "Other marks"), else by page.
 */
function summarySections(annotations: Annotation[], colours: AnnotationColour[], options: SummaryOptions, words: Words): SummarySection[] {
  const citations = options.citations ?? new Map<number, MarkCitation>();
  const byArticle = annotations.some((annotation) => citations.has(annotation.id));
  const sorted = annotations.toSorted((left, right) => {
    const [leftTop, leftX] = positionOnPage(left);
    const [rightTop, rightX] = positionOnPage(right);
    const leftGroup = citations.get(left.id)?.group.ordinal ?? Number.POSITIVE_INFINITY;
    const rightGroup = citations.get(right.id)?.group.ordinal ?? Number.POSITIVE_INFINITY;
    const byGroup = byArticle && leftGroup !== rightGroup ? (leftGroup < rightGroup ? -1 : 1) : 0;
    return byGroup || left.pageIndex - right.pageIndex || leftTop - rightTop || leftX - rightX || left.id - right.id;
  });
  const sections: SummarySection[] = [];
  for (const annotation of sorted) {
    const colour = colours.find((candidate) => candidate.key === annotation.colour);
    const quote = oneLine(annotation.anchor.quote?.exact ?? '');
    const citation = citations.get(annotation.id);
    const pages = pagesLabel(annotation, words);
    const item: SummaryItem = {
      colourLabel: oneLine(colour?.label ?? annotation.colour),
      colourHex: colour ? colour.hex.replace('#', '').toUpperCase() : null,
      kindLabel: words('annotations.kind', { kind: annotation.kind }),
      pagesLabel: citation ? words('summary.cited', { label: citation.label, pages }) : pages,
      quote: quote === '' ? null : quote,
      isDeletion: annotation.kind === 'strikeout',
      note: annotation.note.trim(),
      tags: annotation.tags.map(oneLine).filter(Boolean),
      remark: carryRemark(annotation, words),
    };
    const key = byArticle ? (citation ? `passage-${citation.group.id}` : 'other') : `page-${annotation.pageIndex}`;
    const sectionHeading = !byArticle
      ? words('summary.pageHeading', { page: annotation.pageIndex + 1 })
      : citation
        ? oneLine(citation.group.heading ? `${citation.group.label} — ${citation.group.heading}` : citation.group.label)
        : words('summary.otherMarks');
    const section = sections.at(-1);
    if (section?.key === key) section.items.push(item);
    else sections.push({ key, heading: sectionHeading, items: [item] });
  }
  return sections;
}

function heading(document: SummaryDocument): string {
  const title = oneLine(document.title) || oneLine(document.fileName);
  const symbol = oneLine(document.symbol ?? '');
  return symbol ? `${title} — ${symbol}` : title;
}

function countLine(annotations: Annotation[], words: Words): string {
  if (annotations.length === 0) return words('summary.none');
  return words('summary.count', { count: annotations.length, pages: new Set(annotations.map((annotation) => annotation.pageIndex)).size });
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

function markdownItem(item: SummaryItem, words: Words): string {
  const blocks = [`- **${escapeInline(item.colourLabel)}** · ${escapeInline(item.kindLabel)} · ${escapeInline(item.pagesLabel)}`];
  if (item.quote) {
    if (item.isDeletion) blocks.push(`${itemIndent}*${escapeInline(words('summary.proposedDeletion'))}*`, `${itemIndent}> ~~${escapeInline(item.quote)}~~`);
    else blocks.push(`${itemIndent}> ${escapeLine(item.quote)}`);
  }
  blocks.push(...markdownNote(item.note));
  if (item.tags.length > 0) blocks.push(`${itemIndent}${escapeInline(words('summary.tags', { tags: item.tags.join(', ') }))}`);
  if (item.remark) blocks.push(`${itemIndent}*${item.remark}*`);
  return blocks.join('\n\n');
}

/** The summary as Markdown (CommonMark with GitHub's strike-through). */
export function annotationSummaryMarkdown(
  document: SummaryDocument,
  annotations: Annotation[],
  colours: AnnotationColour[],
  options: SummaryOptions = {},
): string {
  const words = wordsIn(options.language);
  const sections = summarySections(annotations, colours, options, words);
  const blocks = [`# ${escapeInline(heading(document)).replace(/#/gu, '\\#')}`];
  if (document.fileName) blocks.push(escapeLine(words('summary.file', { name: oneLine(document.fileName) })));
  blocks.push(countLine(annotations, words));
  for (const section of sections) {
    blocks.push(`## ${escapeInline(section.heading).replace(/#/gu, '\\#')}`, ...section.items.map((item) => markdownItem(item, words)));
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

function wordItem(item: SummaryItem, words: Words): Paragraph[] {
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
    if (item.isDeletion) paragraphs.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: words('summary.proposedDeletion'), italics: true })] }));
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
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: words('summary.tags', { tags: item.tags.join(', ') }) })] }));
  }
  if (item.remark) paragraphs.push(new Paragraph({ children: [new TextRun({ text: item.remark, italics: true })] }));
  return paragraphs;
}

/** The summary as a Word document (.docx). */
export async function annotationSummaryDocx(
  document: SummaryDocument,
  annotations: Annotation[],
  colours: AnnotationColour[],
  options: SummaryOptions = {},
): Promise<Uint8Array> {
  const words = wordsIn(options.language);
  const sections = summarySections(annotations, colours, options, words);
  const title = heading(document);
  const children = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] })];
  if (document.fileName) children.push(new Paragraph({ children: [new TextRun(words('summary.file', { name: oneLine(document.fileName) }))] }));
  children.push(new Paragraph({ children: [new TextRun(countLine(annotations, words))] }));
  for (const section of sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(section.heading)] }));
    for (const item of section.items) children.push(...wordItem(item, words));
  }
  const word = new Document({
    title: words('summary.wordTitle', { title }),
    creator: 'Briefing',
    description: words('summary.wordTitle', { title: oneLine(document.fileName) }),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}
