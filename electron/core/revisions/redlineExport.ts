/**
 * A comparison written out for the delegation: Word with real tracked changes, so each
 * change can be accepted or rejected in Word (w:ins and w:del, ECMA-376 Part 1 §17.13.5,
 * written by the `docx` package's InsertedTextRun and DeletedTextRun), or Markdown with
 * CriticMarkup's {++insertion++} and {--deletion--} (https://criticmarkup.com/spec.php), or
 * a PDF (redlinePdf.ts).
 * Moved words are a deletion at their old place and an insertion at their new one (the `docx`
 * package writes no w:moveFrom/w:moveTo); Markdown adds a note naming the move.
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { comparedArticleName } from '../../common/comparedArticleName';
import { formatMessage } from '../../common/i18n/messages';
import { articleChanges, type ArticleComparison, type ComparedRevision, type InterfaceLanguage, type RedlineSegment, type RevisionComparison } from '../../common/model';
import { xmlSafe } from '../export/xmlText';
import { inlineText } from './redline';

export type ComparisonFormat = 'docx' | 'md' | 'pdf';

/** Who made the tracked changes, as Word shows it in its balloons. */
const author = 'Briefing';

/**
 * The comparison as a file named after both revisions. `language` chooses the words around
 * the texts (headings, change names); the texts are the drafts' own.
 */
export async function exportComparison(comparison: RevisionComparison, options: { format: ComparisonFormat; language: InterfaceLanguage; date?: Date }): Promise<{ fileName: string; mediaType: string; data: Uint8Array }> {
  const base = formatMessage(options.language, 'compare.fileName', { older: fileStem(comparison.older), newer: fileStem(comparison.newer) });
  if (options.format === 'pdf') {
    // Loaded when a PDF is asked for: PDFKit and its fonts took about 300 ms at every start
    // of the app and of each CLI command.
    const { comparisonPdf } = await import('./redlinePdf');
    const data = await comparisonPdf(comparison, { language: options.language, title: title(comparison, options.language), summary: summary(comparison, options.language), headingOf: (index) => articleHeading(comparison.articles[index], options.language) });
    return { fileName: `${base}.pdf`, mediaType: 'application/pdf', data };
  }
  if (options.format === 'md') return { fileName: `${base}.md`, mediaType: 'text/markdown; charset=utf-8', data: new TextEncoder().encode(comparisonMarkdown(comparison, options.language)) };
  return { fileName: `${base}.docx`, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: await comparisonDocx(comparison, options.language, options.date ?? new Date()) };
}

/** The comparison in Markdown with CriticMarkup, articles in the newer revision's order. */
export function comparisonMarkdown(comparison: RevisionComparison, language: InterfaceLanguage): string {
  const lines = [`# ${title(comparison, language)}`, '', summary(comparison, language), ''];
  for (const article of comparison.articles) {
    lines.push(`## ${articleHeading(article, language)}`, '');
    const text = article.redline
      .map((segment) => {
        const words = escapeCriticMarkup(inlineText(segment));
        if (segment.kind === 'same') return words;
        const note = segment.move === undefined ? '' : `{>>${formatMessage(language, segment.kind === 'movedFrom' ? 'compare.movedFrom' : 'compare.movedTo', { move: segment.move })}<<}`;
        return criticMarkup(words, isInsertion(segment) ? 'inserted' : 'deleted', note);
      })
      .join('');
    // A Markdown paragraph ends at a blank line; the draft's own line breaks are kept as breaks.
    lines.push(text.replace(/\n/gu, '  \n'), '');
  }
  return lines.join('\n');
}

/**
 * The newer revision with the changes from the older tracked, as Word's own Compare writes it:
 * the articles' text only (no report headings, so Accept All gives the newer text and Reject
 * All the older one), each line a paragraph. A line break only one revision has is a tracked
 * paragraph mark (w:pPr/w:rPr/w:ins or w:del), so accepting or rejecting joins or splits the
 * paragraphs too.
 */
async function comparisonDocx(comparison: RevisionComparison, language: InterfaceLanguage, date: Date): Promise<Uint8Array> {
  let revisionId = 0;
  const stamp = date.toISOString().replace(/\.\d+Z$/u, 'Z');
  const tracked = () => ({ id: (revisionId += 1), author, date: stamp });
  const run = (segment: RedlineSegment, text: string) => {
    const safe = xmlSafe(text);
    if (segment.kind === 'same') return new TextRun(safe);
    return isInsertion(segment) ? new InsertedTextRun({ ...tracked(), text: safe }) : new DeletedTextRun({ ...tracked(), text: safe });
  };
  const children: Paragraph[] = [];
  let runs: (TextRun | InsertedTextRun | DeletedTextRun)[] = [];
  // `mark`: the paragraph mark's own change, when only one revision breaks the line there.
  const close = (mark: RedlineSegment['kind']) => {
    const markChange = mark === 'same' ? {} : { run: isInsertion({ kind: mark, text: '' }) ? { insertion: tracked() } : { deletion: tracked() } };
    children.push(new Paragraph({ children: runs, ...markChange }));
    runs = [];
  };
  for (const article of comparison.articles) {
    for (const segment of article.redline) {
      segment.text.split('\n').forEach((line, index) => {
        if (index > 0) close(segment.kind);
        if (line) runs.push(run(segment, line));
      });
    }
    // An article only one revision has ends with a mark of that revision's only.
    close(article.change === 'added' ? 'inserted' : article.change === 'deleted' ? 'deleted' : 'same');
  }
  const document = new Document({ creator: author, title: title(comparison, language), description: summary(comparison, language), features: { trackRevisions: true }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function isInsertion(segment: RedlineSegment): boolean {
  return segment.kind === 'inserted' || segment.kind === 'movedTo';
}

function title(comparison: RevisionComparison, language: InterfaceLanguage): string {
  return formatMessage(language, 'compare.export.title', { older: revisionName(comparison.older), newer: revisionName(comparison.newer) });
}

/** "12 changed, 2 added, 1 renumbered": the changes that occur, in a fixed order. */
function summary(comparison: RevisionComparison, language: InterfaceLanguage): string {
  return articleChanges
    .filter((change) => comparison.counts[change] > 0)
    .map((change) => formatMessage(language, `compare.count.${change}`, { count: comparison.counts[change] }))
    .join(', ');
}

/** "Art. 5 → Art. 6 (Victims): renumbered, 92% the same". */
export function articleHeading(article: ArticleComparison, language: InterfaceLanguage): string {
  const labels = comparedArticleName(article, formatMessage(language, 'compare.wholeText'));
  const heading = article.heading ? ` (${article.heading})` : '';
  const change = formatMessage(language, `compare.change.${article.change}`);
  const similarity = article.change === 'added' || article.change === 'deleted' || article.change === 'unchanged' ? 'none' : formatMessage(language, 'compare.similarity', { similarity: article.similarity });
  return formatMessage(language, 'compare.articleHeading', { labels, heading, change, similarity });
}

function revisionName(revision: ComparedRevision): string {
  return revision.symbol ?? revision.title;
}

/** A file name from a symbol or title: "A/AC.999/L.1/Rev.2" becomes "A-AC.999-L.1-Rev.2". */
function fileStem(revision: ComparedRevision): string {
  return revisionName(revision).replace(/[/\\:*?"<>|\s]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 80) || String(revision.documentId);
}

/**
 * Words (already escaped) marked as CriticMarkup's insertion or deletion, with an optional
 * comment after them; white space stays outside the marks: "{--undertakes--} ", as one would type it.
 */
export function criticMarkup(words: string, change: 'inserted' | 'deleted', note = ''): string {
  const mark = change === 'inserted' ? ['{++', '++}'] : ['{--', '--}'];
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(words)!;
  return core ? `${lead}${mark[0]}${core}${mark[1]}${note}${trail}` : words;
}

/** Braces in a draft's text would read as CriticMarkup; they are written as their look-alikes' escapes. */
export function escapeCriticMarkup(text: string): string {
  return text.replace(/\{(\+\+|--|>>|~~|==)/gu, '{\u200B$1');
}
