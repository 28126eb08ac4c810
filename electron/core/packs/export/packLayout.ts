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

/** One paragraph per line of `text`; blank lines are dropped. */
function lines(text: string, role: ParagraphRole, language: string | null): LaidParagraph[] {
  return text
    .split(/\r?\n/u)
    .filter((line) => line.trim())
    .map((line) => paragraph([{ text: line }], role, language));
}

/**
 * A redline as paragraphs, one per line of the newer text: unchanged words plain, the rest
 * marked inserted or deleted (a move is deleted at its old place and inserted at its new one).
 */
export function redlineParagraphs(segments: RedlineSegment[], language: string | null): LaidParagraph[] {
  const out: LaidRun[][] = [[]];
  for (const segment of segments) {
    const change = segment.kind === 'same' ? undefined : segment.kind === 'inserted' || segment.kind === 'movedTo' ? 'inserted' : 'deleted';
    // Deleted words' line breaks are not the newer text's: they stay on its line.
    const text = change === 'deleted' ? segment.text.replace(/\s*\n\s*/gu, ' ') : segment.text;
    text.split('\n').forEach((line, index) => {
      if (index > 0) out.push([]);
      if (line) out.at(-1)!.push(change ? { text: line, change } : { text: line });
    });
  }
  return out.filter((runs) => runs.some((run) => run.text.trim())).map((runs) => paragraph(runs, 'text', language));
}

/** A pack laid out for export, in `options.language` for the words around its texts. */
export function layOutPack(pack: Pack, options: LayoutOptions): PackLayout {
  const words = (id: MessageId, values?: MessageValues) => formatMessage(options.language, id, values);
  let noteCount = 0;
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
    const blocks = [...sectionBlocks(section, words, cite), ...richTextBlocks(section.body), ...section.items.flatMap((item) => itemBlocks(item, words, cite))];
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

function sectionBlocks(section: PackSection, words: Words, cite: Cite): LaidBlock[] {
  const article = section.articleLabel ?? '';
  if (section.kind === 'draft-text') {
    const draft = section.draft;
    if (!draft) return [];
    if (draft.missing) return [paragraph([{ text: words('pack.export.articleMissing', { article: draft.label, revision: draft.revisionName }) }], 'notice', null)];
    // The article's text begins with its own label and heading.
    const blocks: LaidBlock[] = [];
    if (draft.redline && draft.previousRevisionName) {
      blocks.push(paragraph([{ text: words('pack.export.changesSince', { revision: draft.previousRevisionName }) }], 'notice', null));
      blocks.push(...redlineParagraphs(draft.redline, null));
    } else blocks.push(...lines(draft.text, 'text', null));
    const cited = cite(blocks, draft.pageIndex === null ? draft.revisionName : passageCitation(draft.revisionName, draft.label, draft.pageIndex));
    return section.newerSource ? [...cited, newerNotice(section.newerSource.revisionName, words)] : cited;
  }
  if (section.kind === 'position-card') {
    const card = section.card;
    if (!card) return article ? [paragraph([{ text: words('pack.export.noCard', { article }) }], 'notice', null)] : [];
    const blocks: LaidBlock[] = [paragraph([{ text: words('pack.export.cardStatus', { status: words(`pack.export.status.${card.status}`) }) }], 'meta', null)];
    for (const heading of positionCardHeadings) {
      const body = richTextBlocks(card.fields[heading] ?? null);
      if (body.length) blocks.push({ kind: 'heading', level: 2, text: words(`pack.export.card.${heading}`) }, ...body);
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

function positionBlocks(position: PackPosition, words: Words, cite: Cite): LaidBlock[] {
  const blocks: LaidBlock[] = [paragraph([{ text: position.speakerName, bold: true }, ...(position.summary ? [{ text: `: ${position.summary}` }] : [])], 'text', null)];
  if (position.proposedWording) blocks.push({ kind: 'quote', paragraphs: [paragraph([{ text: `${words('pack.export.proposedWording')} `, italic: true }, { text: position.proposedWording }], 'text', null)] });
  if (position.quote) blocks.push(quote(position.quote, null));
  return cite(blocks, position.citation);
}

function itemBlocks(item: PackItem, words: Words, cite: Cite): LaidBlock[] {
  const clipped: LaidBlock[] = item.redline ? redlineParagraphs(item.redline, item.language) : item.quote.trim() ? [quote(item.quote, item.language)] : [];
  const note = richTextBlocks(item.note);
  // The citation goes with the words cited; a note-only item is cited after its note.
  const blocks = clipped.length ? [...cite(clipped, item.citation), ...note] : cite(note, item.citation);
  return item.newerSource ? [...blocks, newerNotice(item.newerSource.revisionName, words)] : blocks;
}

function quote(text: string, language: string | null): LaidBlock {
  return { kind: 'quote', paragraphs: lines(text, 'text', language) };
}

function newerNotice(revision: string, words: Words): LaidBlock {
  return paragraph([{ text: words('pack.export.readsOtherwise', { revision }) }], 'notice', null);
}

/** A pack's file name: its title with what file systems refuse replaced ("Sixth Committee – Art. 6.pdf"). */
export function packFileName(title: string, extension: string): string {
  const stem = title.replace(/[/\\:*?"<>|\p{Cc}]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, 100) || 'pack';
  return `${stem}.${extension}`;
}
