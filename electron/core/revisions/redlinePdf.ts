/**
 * A comparison as a PDF to print or send: the inline redline of each article, laid out by
 * PDFKit (maintained, MIT; it wraps lines and draws underline and strike-through runs) in
 * DejaVu Sans (Bitstream Vera licence), which covers Latin, Greek and Cyrillic scripts.
 * Inserted words are underlined in green, deleted ones struck through in red, moved ones
 * purple; the first page says so, so the marks do not rest on colour alone. Each article is
 * a bookmark of the PDF's outline.
 */
import { createRequire } from 'node:module';
import PdfKitDocument from 'pdfkit';
import { AppError } from '../../common/errors';
import { formatMessage } from '../../common/i18n/messages';
import type { InterfaceLanguage, RedlineSegment, RevisionComparison } from '../../common/model';
import { inlineText } from './redline';

// Found as packages are (node_modules beside the built code, or in the app's archive).
const packages = createRequire(import.meta.url);
const fonts = { regular: packages.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), bold: packages.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') };
/** Scripts DejaVu Sans lacks or PDFKit cannot lay out (no right-to-left, no shaping of Indic scripts). */
const notDrawable = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;
const colours = { inserted: '#1a7f37', deleted: '#c4242d', moved: '#6f42c1', text: '#1f2328', muted: '#59636e' };

/**
 * The comparison as a PDF (A4, 56 pt margins), its words around the texts in `language`.
 * `headingOf(article)` and `title`/`summary` are the same lines as the Word export's.
 * Errors: unsupported when a text is in a script this PDF cannot draw (say to export Word).
 */
export async function comparisonPdf(
  comparison: RevisionComparison,
  words: { language: InterfaceLanguage; title: string; summary: string; headingOf: (index: number) => string },
): Promise<Uint8Array> {
  if (comparison.articles.some((article) => notDrawable.test(article.olderText) || notDrawable.test(article.newerText))) {
    throw new AppError('unsupported', formatMessage(words.language, 'compare.pdfScript'));
  }
  const document = new PdfKitDocument({ size: 'A4', margin: 56, info: { Title: words.title, Creator: 'Briefing' }, displayTitle: true, lang: words.language });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', resolve));
  document.registerFont('regular', fonts.regular);
  document.registerFont('bold', fonts.bold);

  document.font('bold').fontSize(16).fillColor(colours.text).text(words.title);
  document.moveDown(0.5).font('regular').fontSize(10).fillColor(colours.muted).text(words.summary);
  document.text(formatMessage(words.language, 'compare.pdfLegend'));
  comparison.articles.forEach((article, index) => {
    const heading = words.headingOf(index);
    document.moveDown(1).font('bold').fontSize(11).fillColor(colours.text).text(heading);
    document.outline.addItem(heading);
    document.moveDown(0.3).font('regular').fontSize(10);
    writeRedline(document, article.redline);
  });
  document.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The redline as runs of one paragraph per line of the newer text, each run styled by its kind. */
function writeRedline(document: PDFKit.PDFDocument, segments: RedlineSegment[]): void {
  const lines: { segment: RedlineSegment; text: string }[][] = [[]];
  for (const segment of segments) {
    inlineText(segment)
      .split('\n')
      .forEach((text, index) => {
        if (index > 0) lines.push([]);
        if (text) lines.at(-1)!.push({ segment, text });
      });
  }
  for (const runs of lines) {
    if (runs.length === 0) continue;
    runs.forEach(({ segment, text }, index) => {
      const removed = segment.kind === 'deleted' || segment.kind === 'movedFrom';
      const added = segment.kind === 'inserted' || segment.kind === 'movedTo';
      const colour = segment.move !== undefined ? colours.moved : removed ? colours.deleted : added ? colours.inserted : colours.text;
      document.fillColor(colour).text(text, { continued: index < runs.length - 1, underline: added, strike: removed });
    });
  }
}
