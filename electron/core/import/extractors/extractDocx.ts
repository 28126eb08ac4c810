import { quoteAt } from '../../../common/textQuote';
import type { ImportNotice } from '../../../common/model';
import { ZipBombRefusal } from './docx/boundedUnzip';
import { readDocxParts } from './docx/docxPackage';
import { readDocumentText } from './docx/documentText';
import { readWordComments } from './docx/wordComments';
import { ExtractionFailure, type ExtractedComment, type ExtractedDocument } from './extractedDocument';

/**
 * A Word file (.docx, ECMA-376 WordprocessingML) read as Word shows it: automatic numbers
 * ("Article 2", "1.", "(a)") written out, footnotes and endnotes after the paragraph that cites
 * them, tracked changes accepted with the deleted words kept findable, comments kept for
 * annotations. A Word file has no pages: its text is one page, paragraphs separated by a blank
 * line, so passages can still point at (page 0, offset).
 * @throws ExtractionFailure 'damaged' when the file is not a readable .docx.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  let parts;
  try {
    parts = readDocxParts(bytes);
  } catch (error) {
    if (error instanceof ZipBombRefusal) throw new ExtractionFailure('damaged', `This Word file was refused. ${error.message}`);
    throw new ExtractionFailure(
      'damaged',
      'This Word file could not be read: it is damaged or not a .docx file (an older .doc, or a file renamed). ' +
        'Open it in Word and save it again as .docx, or export it as PDF, then import it again.',
    );
  }
  const text = readDocumentText(parts);
  const pageText = text.lines.join('\n');
  const threads = readWordComments(parts.comments, parts.commentsExtended);
  const comments: ExtractedComment[] = text.comments.flatMap((place) => {
    const comment = threads.get(place.id);
    if (!comment) return [];
    return [
      {
        page: 0,
        start: place.start,
        end: place.end,
        quote: quoteAt(pageText, place.start, place.end),
        author: comment.author || null,
        createdAt: isoDate(comment.date),
        text: comment.text,
        replies: comment.replies.map((reply) => ({ ...reply, createdAt: isoDate(reply.createdAt) ?? '' })),
      },
    ];
  });
  const { insertions, deletions, moves, formatting } = text.changes;
  const notices: ImportNotice[] =
    insertions + deletions + moves + formatting > 0 ? [{ kind: 'tracked-changes', insertions, deletions, moves, formatting }] : [];
  return {
    pages: [{ lines: text.lines, width: null, height: null }],
    declaredTitle: null,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    comments,
    notices,
  };
}

/** Word writes w:date as ISO 8601 (often local time marked Z); null when absent or unreadable. */
function isoDate(value: string): string | null {
  if (value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
