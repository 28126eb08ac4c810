/**
 * A laid-out pack as a Word document the delegation keeps editing (the `docx` package): Word's
 * own styles (Title, Heading 1 to 5, Quote), a table of contents field over Heading 1 and 2
 * that Word fills in with page numbers when it opens the file (`updateFields`), the marking in
 * every page's header and the page number in every footer (PAGE and NUMPAGES fields), and
 * citations as real footnotes (w:footnoteReference) or inline lines.
 *
 * A right-to-left clip is a bidirectional paragraph (w:bidi) of right-to-left runs (w:rtl),
 * ECMA-376 Part 1 §17.3.1.6 and §17.3.2.30; a Chinese or Japanese one names its East Asian
 * language and font (w:lang/@w:eastAsia, w:rFonts/@w:eastAsia with w:hint="eastAsia") so Word
 * does not set it in a Latin font's fallback. Redline words are formatted (underlined
 * insertions, struck deletions) rather than tracked: a pack shows the changes between two
 * revisions, and Word's Accept All must not erase them.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { xmlSafe } from '../../export/xmlText';
import { isRightToLeft, type LaidBlock, type LaidParagraph, type LaidRun, type LaidSection, type PackLayout } from './packLayout';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4, 5: HeadingLevel.HEADING_5 } as const;

/** Fonts Word users have for the scripts Latin fonts lack (Windows and macOS ship them). */
const eastAsianFonts: Record<string, { font: string; language: string }> = {
  zh: { font: 'Microsoft YaHei', language: 'zh-CN' },
  ja: { font: 'Yu Gothic', language: 'ja-JP' },
  ko: { font: 'Malgun Gothic', language: 'ko-KR' },
};

/** The run properties a clip's language asks for: direction, language and font hints. */
function scriptProperties(language: string | null): Partial<IRunOptions> {
  if (!language) return {};
  const primary = language.toLowerCase().split('-')[0];
  if (isRightToLeft(language)) return { rightToLeft: true, language: { bidirectional: language } };
  const eastAsian = eastAsianFonts[primary];
  if (eastAsian) return { font: { eastAsia: eastAsian.font, hint: 'eastAsia' }, language: { eastAsia: eastAsian.language } };
  return {};
}

const listReference = { bullet: 'pack-bullets', ordered: 'pack-numbers' };

/** The pack as a .docx file. */
export async function packDocx(layout: PackLayout): Promise<Uint8Array> {
  const footnotes = new Map(layout.sections.flatMap((section) => section.notes.map((note) => [note.number, note.text] as const)));
  const children = [...cover(layout), ...contents(layout), ...layout.sections.flatMap((section) => sectionParagraphs(section, footnotes))];
  const marking = layout.marking ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(layout.marking), bold: true, size: 18 })] })] : [];
  const document = new Document({
    creator: 'Briefing',
    title: xmlSafe(layout.title),
    features: { updateFields: true },
    // Word's own Quote style (its built-in name), which docx's default styles lack.
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '404040' }, paragraph: { indent: { left: 720, right: 720 } } }] },
    numbering: {
      config: [
        { reference: listReference.bullet, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } } })) },
        { reference: listReference.ordered, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } } })) },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: marking }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.END, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A centred line of the cover, none for a value left empty. */
function coverLine(text: string | null): Paragraph[] {
  return text ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(xmlSafe(text))] })] : [];
}

function cover(layout: PackLayout): Paragraph[] {
  const { cover: session } = layout;
  return [
    ...(layout.marking ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 600 }, children: [new TextRun({ text: xmlSafe(layout.marking), bold: true, size: 32 })] })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(xmlSafe(layout.title))] }),
    ...coverLine(session.session),
    ...coverLine(session.dates),
    ...coverLine(session.place),
    ...coverLine(session.revision),
    ...(session.agenda.length ? [new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: xmlSafe(layout.words.agenda), bold: true })] })] : []),
    ...session.agenda.map((item) => new Paragraph({ numbering: { reference: listReference.ordered, level: 0 }, children: [new TextRun(xmlSafe(item))] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(layout: PackLayout): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: xmlSafe(layout.words.contents), bold: true, size: 32 })] }),
    new TableOfContents(layout.words.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function sectionParagraphs(section: LaidSection, footnotes: Map<number, string>): Paragraph[] {
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(section.title))] }), ...blocksParagraphs(section.blocks, footnotes, 0)];
}

function blocksParagraphs(blocks: LaidBlock[], footnotes: Map<number, string>, depth: number): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    if (block.kind === 'heading') return [new Paragraph({ heading: headingLevels[block.level], children: [new TextRun(xmlSafe(block.text))] })];
    if (block.kind === 'list') {
      return block.items.flatMap((item) =>
        item.flatMap((child, childIndex) => {
          const paragraphs = blocksParagraphs([child], footnotes, depth + 1);
          // The item's first paragraph carries its bullet or number; the rest continue it.
          if (childIndex > 0 || child.kind !== 'paragraph') return paragraphs;
          return [listParagraph(child, footnotes, block.ordered, Math.min(depth, 2))];
        }),
      );
    }
    if (block.kind === 'quote') return block.paragraphs.map((paragraph) => paragraphOf(paragraph, footnotes, 'Quote'));
    return [paragraphOf(block, footnotes)];
  });
}

function runsOf(block: LaidParagraph, footnotes: Map<number, string>): ParagraphChild[] {
  const script = scriptProperties(block.language);
  const role: Partial<IRunOptions> = block.role === 'notice' ? { italics: true, size: 19 } : block.role === 'meta' || block.role === 'citation' ? { size: 19 } : {};
  return block.runs.flatMap((run): ParagraphChild[] => {
    if ('note' in run) return [new FootnoteReferenceRun({ children: [new Paragraph({ children: [new TextRun(xmlSafe(footnotes.get(run.note) ?? ''))] })] })];
    const texts = textRuns(run, { ...role, ...script });
    return run.href ? [new ExternalHyperlink({ link: run.href, children: texts })] : texts;
  });
}

/** A run's words as Word runs: a hard break in a note is a line break in the same paragraph (Shift+Enter). */
function textRuns(run: LaidRun, base: Partial<IRunOptions>): TextRun[] {
  const changed: Partial<IRunOptions> =
    run.change === 'inserted' ? { underline: {}, color: '0B5394' } : run.change === 'deleted' ? { strike: true, color: '990000' } : {};
  const options = { ...base, ...changed, bold: run.bold || undefined, italics: run.italic || base.italics || undefined, style: run.href ? 'Hyperlink' : undefined };
  return xmlSafe(run.text)
    .split('\n')
    .map((line, index) => new TextRun({ ...options, text: line, break: index > 0 ? 1 : undefined }));
}

function paragraphOf(block: LaidParagraph, footnotes: Map<number, string>, style?: string): Paragraph {
  const bidirectional = isRightToLeft(block.language);
  return new Paragraph({
    style,
    alignment: block.role === 'citation' ? AlignmentType.END : undefined,
    bidirectional: bidirectional || undefined,
    children: runsOf(block, footnotes),
  });
}

function listParagraph(block: LaidParagraph, footnotes: Map<number, string>, ordered: boolean, level: number): Paragraph {
  return new Paragraph({
    numbering: { reference: ordered ? listReference.ordered : listReference.bullet, level },
    bidirectional: isRightToLeft(block.language) || undefined,
    children: runsOf(block, footnotes),
  });
}
