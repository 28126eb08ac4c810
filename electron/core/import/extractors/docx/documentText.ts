// A Word document's body as lines of text: one paragraph after another, a blank line between them.
import { isTitleLike, maxOwnLineTitleWords, readHeadingLine } from '../../structure/headings';
import type { DocxParts } from './docxPackage';
import { ListNumbering } from './listNumbering';
import { noTrackedChanges, readParagraph, type ParagraphContent, type TrackedChangeCounts } from './paragraphText';
import { WordNotes } from './wordNotes';
import { attribute, elements, type WordElement } from './wordXml';

/** Where a comment's range is, as [start, end) offsets in the document's text (its lines joined by "\n"). */
export interface CommentPlace {
  id: string;
  start: number;
  end: number;
}

export interface DocumentText {
  lines: string[];
  comments: CommentPlace[];
  changes: TrackedChangeCounts;
}

/** A paragraph placed in the text: where its own words begin and end. */
interface PlacedParagraph {
  content: ParagraphContent;
  /** Offset of content.text's first character in the document's text. */
  textStart: number;
  /** Maps an offset into content.text to the document's text (a line's trailing spaces are trimmed). */
  place: (offset: number) => number;
}

/**
 * Reads the body in document order: paragraphs, the paragraphs of table cells, content controls.
 * Each paragraph is one block of lines, separated from the next by a blank line, so that each
 * reads as a paragraph of its own (as a Markdown file's do). A numbered paragraph starts with its
 * number as Word shows it; a heading number ("Article 3") stands on its own line above the
 * heading's text, as typed drafts write it. After the text come its deleted words, marked
 * {--like this--} (CriticMarkup's deletion mark), and its notes, "[1] …": on the same line after
 * a sentence, on the next line after a heading or title, which must stay short to be read as one.
 */
export function readDocumentText(parts: DocxParts): DocumentText {
  const changes = noTrackedChanges();
  const numbering = new ListNumbering(parts.numbering, parts.styles);
  const notes = new WordNotes(parts.footnotes, parts.endnotes, parts.settings, changes);
  const blocks: string[] = [];
  const placed: PlacedParagraph[] = [];
  let length = 0;
  // Comment ranges opened or closed between paragraphs belong to the next (or previous) paragraph's edge.
  const pendingStarts: string[] = [];
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const marks = new Map<string, { at: number; paragraph: PlacedParagraph | null }>();

  const addParagraph = (paragraph: WordElement) => {
    const number = numbering.next(elements(paragraph, 'pPr')[0]);
    const content = readParagraph(paragraph, notes.marker, changes);
    const extras = [
      ...content.deleted.map((text) => `{--${text.replace(/\s+/gu, ' ').trim()}--}`),
      ...content.notes.flatMap((reference) => notes.noteText(reference) ?? []),
    ];
    if (number.trim() === '' && content.text.trim() === '' && extras.length === 0) {
      for (const id of content.commentStarts.keys()) pendingStarts.push(id);
      for (const id of content.commentEnds.keys()) ends.set(id, length);
      return;
    }
    const heading = number.trim() !== '' && content.text.trim() !== '' && readHeadingLine(number.trim())?.title === null;
    const head = heading ? `${number.trimEnd()}\n` : number;
    // The note marks at its end ("gender.[1]") say nothing of whether the paragraph is a sentence.
    const words = content.text.trim().replace(/(?:\[[^\]\s]{1,8}\])+$/u, '');
    const sentence = !isTitleLike(words, maxOwnLineTitleWords) || /[.:;,。：；，،؛]$/u.test(words);
    const tail = extras.length === 0 ? '' : `${sentence ? ' ' : '\n'}${extras.join(' ')}`;
    const raw = head + content.text + tail;
    const block = raw.split('\n').map((line) => line.trimEnd()).join('\n');
    const blockStart = blocks.length === 0 ? 0 : length + 2;
    const place = (offset: number) => blockStart + trimmedOffset(raw, head.length + offset);
    const entry: PlacedParagraph = { content, textStart: blockStart + head.length, place };
    for (const id of pendingStarts.splice(0)) starts.set(id, blockStart);
    for (const [id, offset] of content.commentStarts) starts.set(id, place(offset));
    for (const [id, offset] of content.commentEnds) ends.set(id, place(offset));
    for (const [id, offset] of content.commentMarks) marks.set(id, { at: place(offset), paragraph: entry });
    blocks.push(block);
    placed.push(entry);
    length = blockStart + block.length;
  };

  const walkBlocks = (container: WordElement) => {
    for (const node of elements(container)) {
      if (node.name === 'p') addParagraph(node);
      else if (node.name === 'tbl') for (const row of elements(node, 'tr')) for (const cell of elements(row, 'tc')) walkBlocks(cell);
      else if (node.name === 'sdt') for (const content of elements(node, 'sdtContent')) walkBlocks(content);
      else if (node.name === 'customXml' || node.name === 'ins' || node.name === 'moveTo') walkBlocks(node);
      else if (node.name === 'commentRangeStart') pendingStarts.push(attribute(node, 'id') ?? '');
      else if (node.name === 'commentRangeEnd') ends.set(attribute(node, 'id') ?? '', length);
    }
  };
  const body = elements(parts.document, 'body')[0];
  if (body) walkBlocks(body);

  const text = blocks.join('\n\n');
  const comments: CommentPlace[] = [];
  for (const id of new Set([...starts.keys(), ...marks.keys()])) {
    let start = starts.get(id);
    let end = ends.get(id) ?? marks.get(id)?.at;
    // A comment on no text (only its mark, or an empty range) is about the paragraph it stands in.
    if (start === undefined || end === undefined || end <= start || text.slice(start, end).trim() === '') {
      const from = start ?? 0;
      const paragraph = marks.get(id)?.paragraph ?? placed.findLast((entry) => entry.textStart <= from) ?? placed[0] ?? null;
      if (!paragraph) continue;
      start = paragraph.place(0);
      end = paragraph.place(paragraph.content.text.length);
    }
    if (end > start) comments.push({ id, start, end });
  }
  return { lines: text.split('\n'), comments, changes };
}

/** Where `offset` of `raw` lands once each of its lines loses its trailing whitespace. */
function trimmedOffset(raw: string, offset: number): number {
  let removed = 0;
  let lineStart = 0;
  for (const line of raw.split('\n')) {
    const lineEnd = lineStart + line.length;
    const kept = line.trimEnd().length;
    if (offset <= lineEnd) return offset - removed - Math.max(0, offset - lineStart - kept);
    removed += line.length - kept;
    lineStart = lineEnd + 1;
  }
  return raw.length - removed;
}
