/**
 * A resolved pack laid out once for every export: the cover's lines, then each section as
 * headings, paragraphs (runs of text, bold, italics, links, inserted and deleted words) and
 * lists, with its citations as numbered notes or inline lines. The HTML (for PDF through
 * Chromium's print), Word and Markdown writers only translate these blocks, so the three
 * files say the same things in the same order.
 *
 * Heading levels follow Word's: 1 for a section, 2 within it (a card's headings, a stance),
 * 3 to 5 for the headings a delegate wrote in a note (their level 1 to 3, two below).
 */
import { passageCitation } from '../../../common/citations';
import { formatMessage, type MessageId, type MessageValues } from '../../../common/i18n/messages';
import type { InterfaceLanguage, RedlineSegment } from '../../../common/model';
import { positionCardHeadings, type Pack, type PackCitationStyle, type PackItem, type PackPosition, type PackSection } from '../../../common/packs';
import { sectionTitle } from '../../../common/packSectionTitle';
import type { RichBlock, RichInline, RichText } from '../../../common/richText';

export interface LaidRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  /** Words of a redline: inserted (movedTo) or deleted (movedFrom) since the previous revision. */
  change?: 'inserted' | 'deleted';
}

/** A citation's place in the text: the number of its note (in LaidSection.notes). */
export interface NoteReference {
  note: number;
}

export type LaidInline = LaidRun | NoteReference;

/**
 * - text: the delegate's, the draft's or a clip's words;
 *   notice: what the reader should know about the text (changes since, reads otherwise now);
 *   meta: a status, a speaker; citation: a citation written inline.
 */
export type ParagraphRole = 'text' | 'notice' | 'meta' | 'citation';

export type LaidBlock =
  | { kind: 'heading'; level: 2 | 3 | 4 | 5; text: string }
  | {
      kind: 'paragraph';
      runs: LaidInline[];
      role: ParagraphRole;
      /** BCP 47 ("ar", "zh") when known or seen in the script, for direction and fonts; null otherwise. */
      language: string | null;
    }
  | { kind: 'list'; ordered: boolean; items: LaidBlock[][] }
  /** Words clipped from a source, set off as one block quote. */
  | { kind: 'quote'; paragraphs: LaidParagraph[] };

export type LaidParagraph = Extract<LaidBlock, { kind: 'paragraph' }>;

export interface LaidSection {
  /** A stable id for links (the PDF's table of contents): "section-1", in order. */
  anchor: string;
  title: string;
  blocks: LaidBlock[];
  /** The section's citations as notes, numbered through the whole pack; empty when cited inline. */
  notes: { number: number; text: string }[];
}

export interface PackLayout {
  title: string;
  /** The classification marking ("RESTRICTED"), '' for none. */
  marking: string;
  language: InterfaceLanguage;
  citations: PackCitationStyle;
  cover: {
    session: string;
    /** "12–16 October 2026" in the interface language, or null without dates. */
    dates: string | null;
    place: string;
    agenda: string[];
    /** "Draft: A/CN.4/L.935/Rev.1", or null when the session names no revision. */
    revision: string | null;
  };
  /** Words around the texts, in the interface language. */
  words: { contents: string; agenda: string };
  sections: LaidSection[];
}

export interface LayoutOptions {
  language: InterfaceLanguage;
  citations: PackCitationStyle;
  /**
   * How the file shows a redline, for its legend: 'formatting' (PDF, Word: insertions
   * underlined, deletions struck through; the default) or 'criticMarkup' (Markdown: {++ ++}, {-- --}).
   */
  redline?: 'formatting' | 'criticMarkup';
}

/** Languages written right to left, by their primary subtag (Unicode CLDR's character order). */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Whether text in `language` (BCP 47) is written right to left. */
export function isRightToLeft(language: string | null): boolean {
  return language !== null && rightToLeft.has(language.toLowerCase().split('-')[0]);
}

/**
 * The language a text's script says, for the scripts whose direction or font an export must
 * get right: Arabic script as "ar", Han (without kana) as "zh", kana as "ja", Hangul as "ko",
 * Hebrew as "he"; null for anything else (Latin, Cyrillic: no special handling needed).
 */
export function languageOfScript(text: string): string | null {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Hebrew}/u.test(text)) return 'he';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  return null;
}

/** The blocks of a rich text document; its headings two levels below a section's subheadings. */
export function richTextBlocks(doc: RichText | null, language: string | null = null): LaidBlock[] {
  if (!doc) return [];
  const block = (node: RichBlock): LaidBlock | null => {
    if (node.type === 'heading') {
      const text = (node.content ?? []).map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('');
      return text.trim() ? { kind: 'heading', level: Math.min(5, node.attrs.level + 2) as 3 | 4 | 5, text } : null;
    }
    if (node.type === 'paragraph') {
      const runs = inlineRuns(node.content ?? []);
      return runs.length ? paragraph(runs, 'text', language) : null;
    }
    return { kind: 'list', ordered: node.type === 'orderedList', items: node.content.map((item) => item.content.map(block).filter((child) => child !== null)) };
  };
  return doc.content.map(block).filter((node) => node !== null);
}

function inlineRuns(content: RichInline[]): LaidRun[] {
  return content.map((node): LaidRun => {
    if (node.type === 'hardBreak') return { text: '\n' };
    const run: LaidRun = { text: node.text };
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') run.bold = true;
      else if (mark.type === 'italic') run.italic = true;
      // Links into the library (briefing://) mean nothing outside the app: kept as words.
      else if (/^(https?:|mailto:)/u.test(mark.attrs.href)) run.href = mark.attrs.href;
    }
    return run;
  });
}

function paragraph(runs: LaidInline[], role: ParagraphRole, language: string | null): LaidParagraph {
  const text = runs.map((run) => ('text' in run ? run.text : '')).join('');
  return { kind: 'paragraph', runs, role, language: language ?? languageOfScript(text) };
}

/** A paragraph's number or letter at the start of a line: "1.", "(a)", "(ii)", "(3)". */
const paragraphMarker = /^\s*(?:\d+\.|\((?:\d+|[a-z]{1,2}|[ivxlc]+)\))(?=\s|$)/u;
/** An article's label on a line of its own ("Article 6", "Artículo 6", "Art. 6 bis"); its heading follows on the next line. */
const articleLine = /^\s*(?:Article|Artículo|Art\.)\s+\d+[\p{L}\d().-]*(?:\s+(?:bis|ter|quater))?\s*$/iu;

/**
 * Which lines of a text extracted from a PDF begin a paragraph, so that the lines of one
 * sentence read as one paragraph: a line after a blank one, a line that begins with a
 * paragraph's marker ("1.", "(a)", "(i)"), an article's label on its own line ("Article 6"),
 * the heading line after it, and the line after that heading. Every other line continues the
 * one before (the PDF only wrapped it). One boolean per line of `textLines`.
 */
export function paragraphStarts(textLines: string[]): boolean[] {
  let afterBlank = true;
  // 0: none; 1: the line before was an article's label; 2: the line before was its heading.
  let articleState = 0;
  return textLines.map((line) => {
    if (!line.trim()) {
      afterBlank = true;
      return false;
    }
    const isArticle = articleLine.test(line);
    const starts = afterBlank || isArticle || paragraphMarker.test(line) || articleState > 0;
    articleState = isArticle ? 1 : articleState === 1 && !paragraphMarker.test(line) ? 2 : 0;
    afterBlank = false;
    return starts;
  });
}

/** The paragraphs of a text, its wrapped lines joined (see paragraphStarts); blank lines are dropped. */
export function reflowedParagraphs(text: string): string[] {
  const textLines = text.split(/\r?\n/u);
  const starts = paragraphStarts(textLines);
  const out: string[] = [];
  textLines.forEach((line, index) => {
    if (!line.trim()) return;
    if (starts[index] || out.length === 0) out.push(line.trim());
    else out[out.length - 1] += ` ${line.trim()}`;
  });
  return out;
}

/** One paragraph per paragraph of `text` from a PDF, its wrapped lines joined; blank lines are dropped. */
function reflowed(text: string, role: ParagraphRole, language: string | null): LaidParagraph[] {
  return reflowedParagraphs(text).map((line) => paragraph([{ text: line }], role, language));
}

/** One paragraph per line of `text` (words a delegate typed, whose lines are meant); blank lines are dropped. */
function lines(text: string, role: ParagraphRole, language: string | null): LaidParagraph[] {
  return text
    .split(/\r?\n/u)
    .filter((line) => line.trim())
    .map((line) => paragraph([{ text: line }], role, language));
}

/** A redline segment's change: none for the same words, a move counted as deleted at its old place and inserted at its new one. */
function changeOf(segment: RedlineSegment): LaidRun['change'] {
  return segment.kind === 'same' ? undefined : segment.kind === 'inserted' || segment.kind === 'movedTo' ? 'inserted' : 'deleted';
}

/**
 * A redline as paragraphs of the newer text, its wrapped lines joined as reflowedParagraphs
 * joins them: unchanged words plain, the rest marked inserted or deleted (a move is deleted at
 * its old place and inserted at its new one), a run of inserted or deleted words one run.
 */
export function redlineParagraphs(segments: RedlineSegment[], language: string | null): LaidParagraph[] {
  // Where paragraphs begin is read from the newer text; deleted words' line breaks are not its.
  const starts = paragraphStarts(
    segments
      .filter((segment) => changeOf(segment) !== 'deleted')
      .map((segment) => segment.text)
      .join('')
      .split('\n'),
  );
  let lineIndex = 0;
  const out: LaidRun[][] = [[]];
  for (const segment of segments) {
    const change = changeOf(segment);
    if (change === 'deleted') {
      out.at(-1)!.push({ text: segment.text.replace(/\s*\n\s*/gu, ' '), change });
      continue;
    }
    segment.text.split('\n').forEach((line, index) => {
      if (index > 0) {
        lineIndex += 1;
        if (starts[lineIndex]) out.push([]);
        else out.at(-1)!.push({ text: ' ', ...(change ? { change } : {}) });
      }
      out.at(-1)!.push(change ? { text: line, change } : { text: line });
    });
  }
  return out.map(tidyRuns).filter((runs) => runs.some((run) => run.text.trim())).map((runs) => paragraph(runs, 'text', language));
}

/** Runs with one space where lines were joined, no empty runs, and neighbours of one kind merged. */
function tidyRuns(runs: LaidRun[]): LaidRun[] {
  const out: LaidRun[] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    // A space already ending the text before is enough (a deleted run keeps its own).
    const text = previous && /\s$/u.test(previous.text) && run.change !== 'deleted' && previous.change !== 'deleted' ? run.text.replace(/^\s+/u, '') : run.text;
    if (!text) continue;
    if (previous && previous.change === run.change) previous.text = `${previous.text}${text}`.replace(/\s{2,}/gu, ' ');
    else out.push(run.change ? { text, change: run.change } : { text });
  }
  if (out.length) {
    out[0].text = out[0].text.replace(/^\s+/u, '');
    out[out.length - 1].text = out[out.length - 1].text.replace(/\s+$/u, '');
  }
  return out.filter((run) => run.text);
}

/** A pack laid out for export, in `options.language` for the words around its texts. */
export function layOutPack(pack: Pack, options: LayoutOptions): PackLayout {
  const words = (id: MessageId, values?: MessageValues) => formatMessage(options.language, id, values);
  let noteCount = 0;
  const legend: MessageId = options.redline === 'criticMarkup' ? 'pack.export.changesSinceMarkdown' : 'pack.export.changesSince';
  const sections = pack.sections.map((section, index): LaidSection => {
    const notes: LaidSection['notes'] = [];
    /** Cites the blocks' source: a note on their last paragraph, or a line of its own. */
    const cite = (blocks: LaidBlock[], citation: string): LaidBlock[] => {
      if (!citation.trim()) return blocks;
      const last = blocks.at(-1);
      const lastParagraph = last?.kind === 'paragraph' ? last : last?.kind === 'quote' ? last.paragraphs.at(-1) : undefined;
      if (options.citations === 'inline' || !last || !lastParagraph) return [...blocks, paragraph([{ text: citation }], 'citation', null)];
      noteCount += 1;
      notes.push({ number: noteCount, text: citation });
      const noted: LaidParagraph = { ...lastParagraph, runs: [...lastParagraph.runs, { note: noteCount }] };
      return [...blocks.slice(0, -1), last.kind === 'quote' ? { kind: 'quote', paragraphs: [...last.paragraphs.slice(0, -1), noted] } : noted];
    };
    const blocks = [...sectionBlocks(section, words, cite, legend), ...richTextBlocks(section.body), ...section.items.flatMap((item) => itemBlocks(item, words, cite))];
    if (blocks.length === 0) blocks.push(paragraph([{ text: words('pack.export.emptySection') }], 'notice', null));
    return { anchor: `section-${index + 1}`, title: sectionTitle(section, options.language), blocks, notes };
  });
  const { session } = pack;
  return {
    title: pack.title,
    marking: pack.classification,
    language: options.language,
    citations: options.citations,
    cover: {
      session: session.name,
      dates: sessionDates(session.startDate, session.endDate, options.language),
      place: session.place,
      agenda: session.agendaItems,
      revision: revisionOf(pack, words),
    },
    words: { contents: words('pack.export.contents'), agenda: words('pack.export.agenda') },
    sections,
  };
}

type Words = (id: MessageId, values?: MessageValues) => string;
type Cite = (blocks: LaidBlock[], citation: string) => LaidBlock[];

function revisionOf(pack: Pack, words: Words): string | null {
  const draft = pack.sections.find((section) => section.draft && section.draft.documentId === pack.session.revisionDocumentId)?.draft;
  return draft ? words('pack.export.revision', { revision: draft.revisionName }) : null;
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "12–16 October 2026" (Intl's own range format), or the one date there is. */
export function sessionDates(start: string | null, end: string | null, language: InterfaceLanguage): string | null {
  // English as the UN writes it ("12–16 October 2026"), not the American order.
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' });
  // "12–16": a range of days is closed up around its dash, as the UN editorial manual writes it.
  if (start && end) return format.formatRange(utcDate(start), utcDate(end)).replace(/(\d)\s*–\s*(\d)/gu, '$1–$2');
  const one = start ?? end;
  return one ? format.format(utcDate(one)) : null;
}

function sectionBlocks(section: PackSection, words: Words, cite: Cite, legend: MessageId): LaidBlock[] {
  const article = section.articleLabel ?? '';
  if (section.kind === 'draft-text') {
    const draft = section.draft;
    if (!draft) return [];
    if (draft.missing) return [paragraph([{ text: words('pack.export.articleMissing', { article: draft.label, revision: draft.revisionName }) }], 'notice', null)];
    // The article's text begins with its own label and heading.
    const blocks: LaidBlock[] = [];
    if (draft.redline && draft.previousRevisionName) {
      blocks.push(paragraph([{ text: words(legend, { revision: draft.previousRevisionName }) }], 'notice', null));
      blocks.push(...redlineParagraphs(draft.redline, null));
    } else blocks.push(...reflowed(draft.text, 'text', null));
    const cited = cite(blocks, draft.pageIndex === null ? draft.revisionName : passageCitation(draft.revisionName, draft.label, draft.pageIndex));
    return section.newerSource ? [...cited, newerNotice(section.newerSource.revisionName, words)] : cited;
  }
  if (section.kind === 'position-card') {
    const card = section.card;
    if (!card) return article ? [paragraph([{ text: words('pack.export.noCard', { article }) }], 'notice', null)] : [];
    const blocks: LaidBlock[] = [paragraph([{ text: words('pack.export.cardStatus', { status: words(`positionCard.status.${card.status}`) }) }], 'meta', null)];
    for (const heading of positionCardHeadings) {
      const body = richTextBlocks(card.fields[heading] ?? null);
      if (body.length) blocks.push({ kind: 'heading', level: 2, text: words(`positionCard.heading.${heading}`) }, ...body);
    }
    return blocks;
  }
  if (section.kind === 'state-positions') {
    if (!section.positionsByStance) return [];
    if (section.positionsByStance.length === 0) return [paragraph([{ text: words('pack.export.noPositions', { article }) }], 'notice', null)];
    return section.positionsByStance.flatMap(({ stance, positions }) => [
      { kind: 'heading', level: 2, text: words(`positions.stance.${stance}`) } as LaidBlock,
      ...positions.flatMap((position) => positionBlocks(position, words, cite)),
    ]);
  }
  return [];
}

/** A position under its stance's heading: "Brazil: <summary>", its proposed wording, its quote, cited. */
function positionBlocks(position: PackPosition, words: Words, cite: Cite): LaidBlock[] {
  const blocks: LaidBlock[] = [paragraph([{ text: position.speakerName, bold: true }, ...(position.summary ? [{ text: `: ${position.summary}` }] : [])], 'text', null)];
  return cite([...blocks, ...positionWords(position, words, null)], position.citation);
}

/**
 * A position added as an item, with no stance heading above it: "Brazil: Proposes an amendment
 * (Art. 6(4))", its summary, its proposed wording and quote, cited as the positions section cites.
 */
function positionItemBlocks(position: PackPosition, language: string | null, words: Words, cite: Cite): LaidBlock[] {
  const stance = words(`positions.stance.${position.stance}`);
  const blocks: LaidBlock[] = [paragraph([{ text: position.speakerName, bold: true }, { text: `: ${stance}${position.targetLabel ? ` (${position.targetLabel})` : ''}` }], 'text', null)];
  if (position.summary.trim()) blocks.push(paragraph([{ text: position.summary }], 'text', null));
  return cite([...blocks, ...positionWords(position, words, language)], position.citation);
}

/** A position's proposed wording and the words it was said in, as block quotes. */
function positionWords(position: PackPosition, words: Words, language: string | null): LaidBlock[] {
  const blocks: LaidBlock[] = [];
  if (position.proposedWording) blocks.push({ kind: 'quote', paragraphs: [paragraph([{ text: `${words('pack.export.proposedWording')} `, italic: true }, { text: position.proposedWording }], 'text', null)] });
  if (position.quote) blocks.push(quote(position.quote, language, true));
  return blocks;
}

function itemBlocks(item: PackItem, words: Words, cite: Cite): LaidBlock[] {
  if (item.position) {
    const blocks = [...positionItemBlocks(item.position, item.language, words, cite), ...richTextBlocks(item.note)];
    return item.newerSource ? [...blocks, newerNotice(item.newerSource.revisionName, words)] : blocks;
  }
  // Clips come from PDFs, whose lines are only wrapped; a typed note's lines are meant.
  const clipped: LaidBlock[] = item.redline ? redlineParagraphs(item.redline, item.language) : item.quote.trim() ? [quote(item.quote, item.language, item.kind !== 'note')] : [];
  const note = richTextBlocks(item.note);
  // The citation goes with the words cited; a note-only item is cited after its note.
  const blocks = clipped.length ? [...cite(clipped, item.citation), ...note] : cite(note, item.citation);
  return item.newerSource ? [...blocks, newerNotice(item.newerSource.revisionName, words)] : blocks;
}

/** Words clipped as one block quote; from a PDF (`fromPdf`), its wrapped lines joined. */
function quote(text: string, language: string | null, fromPdf: boolean): LaidBlock {
  return { kind: 'quote', paragraphs: (fromPdf ? reflowed : lines)(text, 'text', language) };
}

function newerNotice(revision: string, words: Words): LaidBlock {
  return paragraph([{ text: words('pack.export.readsOtherwise', { revision }) }], 'notice', null);
}

/** Names Windows keeps for devices, which no file may take, whatever its extension. */
const reservedNames = /^(?:con|prn|aux|nul|com\d|lpt\d)$/iu;

/**
 * A pack's file name: its title with what file systems refuse left out, the words kept apart
 * ("Crimes against humanity: articles 2 and 6" → "Crimes against humanity – articles 2 and 6.pdf").
 * A colon becomes a dash (a full stop between digits: "10:30" → "10.30"), a slash a hyphen;
 * <>"|?* and control characters are dropped; no trailing dots or spaces (Windows' naming rules,
 * learn.microsoft.com/windows/win32/fileio/naming-a-file). At most 100 characters before the extension.
 */
export function packFileName(title: string, extension: string): string {
  const stem = title
    .replace(/(\d):(?=\d)/gu, '$1.')
    .replace(/\s*:+\s*/gu, ' – ')
    .replace(/\s*[/\\]+\s*/gu, ' - ')
    .replace(/[*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 100)
    .replace(/^[\s–-]+|[\s.–-]+$/gu, '');
  return `${stem && !reservedNames.test(stem) ? stem : 'pack'}.${extension}`;
}
