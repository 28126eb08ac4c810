import { PDFDocument, PDFHexString, PDFName, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { AppError } from '../../common/errors';
import type { Annotation, AnnotationColour, PageRect } from '../../common/model';
import { removeActiveContent } from './activeContent';
import { boundingBox, briefingName, briefingReplyName, hexChannels, markupKinds, noteIconRect, pdfDate, pdfSubtypes, quadPoints, rectsByPage } from './pdfAnnotationParts';

/** A colour as PDF wants it: three channels from 0 to 1. */
function pdfColour(hex: string): number[] {
  return (hexChannels(hex) ?? [255, 212, 0]).map((channel) => Math.round((channel / 255) * 1000) / 1000);
}

export interface AnnotatedPdf {
  bytes: Uint8Array;
  /** The original was encrypted with owner restrictions only; this copy is not encrypted. */
  restrictionsRemoved: boolean;
  /** Scripts and actions of the original left out of this copy (activeContent.ts); 0 for most PDFs. */
  activeContentRemoved: number;
}

/**
 * Opens the original for writing. A PDF that opens without a password but carries owner
 * restrictions (encrypted with an empty user password, ISO 32000-1 §7.6.3.1) is decrypted and
 * written without encryption. Measured on such a file (AES-256, "print:no copy:no change:no
 * addNotes:no"), with a highlight added and read back with pdf.js and poppler:
 * - pdf-lib 1.17 refuses it; with `ignoreEncryption` it writes the new annotation's strings
 *   in the clear into a file that still says it is encrypted, so every reader decrypts them to
 *   noise (pdf.js: Contents "Ž\x11\bš9…", author empty);
 * - an incremental update (ISO 32000-1 §7.5.6) keeps the original bytes, but its new strings
 *   must be encrypted with the document's key: @cantoo/pdf-lib's incremental save writes them
 *   and the page unencrypted under the old trailer, and pdf.js then finds no text on the page
 *   (poppler: "Unknown compression method in flate stream");
 * - @cantoo/pdf-lib (a maintained fork of pdf-lib with pdf.js's decryption) loaded with the
 *   empty user password writes a whole, unencrypted copy that pdf.js, pdftoppm and pdfinfo
 *   open with its text and the annotation's strings intact. Chosen.
 * The copy is the user's annotated working copy; the caller says the restrictions are gone.
 *
 * @throws AppError 'unsupported' when the PDF needs a password to open or cannot be parsed.
 */
async function openForWriting(original: Uint8Array): Promise<{ document: PDFDocument; wasEncrypted: boolean }> {
  try {
    // Unencrypted files are parsed once; an encrypted one is parsed, then decrypted.
    const document = await PDFDocument.load(original, { updateMetadata: false, password: '' });
    return { document, wasEncrypted: document.context.isDecrypted };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/password/iu.test(message)) {
      throw new AppError(
        'unsupported',
        'This PDF opens only with a password, which Briefing does not keep, so it cannot write an annotated copy. Export XFDF instead, and import that file into the PDF in your PDF reader.',
      );
    }
    throw cannotWrite();
  }
}

function cannotWrite(): AppError {
  return new AppError(
    'unsupported',
    'Briefing cannot write annotations into this PDF: its structure could not be read for writing. Export XFDF (for another PDF reader) or the summary instead.',
  );
}

/**
 * The original PDF with the user's marks written as real PDF annotations (Highlight,
 * Underline, StrikeOut, Text, FreeText, Square) that any PDF reader shows, each with its author
 * (`/T`) when known and its replies as Text annotations in reply to it (`/IRT`, `/RT /R`, ISO
 * 32000-1 §12.5.6.2). A mark across a page break becomes one annotation per page, named alike;
 * a mark waiting for review (no place on a page) is not written. What would run or send
 * something in a reader is left out of the copy (activeContent.ts).
 */
export async function exportAnnotatedPdf(original: Uint8Array, annotations: Annotation[], colours: AnnotationColour[]): Promise<AnnotatedPdf> {
  const { document, wasEncrypted } = await openForWriting(original);
  try {
    const activeContentRemoved = removeActiveContent(document);
    return { bytes: await writeAnnotations(document, annotations, colours), restrictionsRemoved: wasEncrypted, activeContentRemoved };
  } catch {
    // The parser forgives much; a page tree or object it could not make sense of fails here.
    throw cannotWrite();
  }
}

async function writeAnnotations(document: PDFDocument, annotations: Annotation[], colours: AnnotationColour[]): Promise<Uint8Array> {
  const pages = document.getPages();
  const hexOf = (key: string) => colours.find((colour) => colour.key === key)?.hex ?? '#ffd400';
  for (const annotation of annotations) {
    const colour = pdfColour(hexOf(annotation.colour));
    let first: { reference: PDFRef; page: PDFPage; rects: PageRect[] } | undefined;
    for (const [pageIndex, rects] of rectsByPage(annotation.anchor.rects)) {
      const page = pages[pageIndex];
      if (!page) continue;
      const reference = addAnnotation(document, page, annotation, rects, colour, pageIndex);
      first ??= { reference, page, rects };
    }
    if (!first) continue;
    for (const [index, reply] of annotation.replies.entries()) addReply(document, first, annotation.id, reply, index, colour);
  }
  return document.save({ useObjectStreams: false });
}

function addAnnotation(
  document: PDFDocument,
  page: PDFPage,
  annotation: Annotation,
  rects: PageRect[],
  colour: number[],
  pageIndex: number,
): PDFRef {
  const subtype = pdfSubtypes[annotation.kind];
  const box = boundingBox(rects);
  const entries: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: subtype,
    Rect: rectArray(subtype === 'Text' ? noteIconRect(box) : box),
    C: colour,
    Contents: PDFHexString.fromText(annotation.note || annotation.anchor.quote?.exact || ''),
    NM: PDFHexString.fromText(briefingName(annotation.id, pageIndex)),
    M: PDFHexString.fromText(pdfDate(annotation.updatedAt)),
    CreationDate: PDFHexString.fromText(pdfDate(annotation.createdAt)),
    F: 4, // print
  };
  // ISO 32000-1 §12.5.6.2: T is the author. None known: none written.
  if (annotation.author) entries.T = PDFHexString.fromText(annotation.author);
  if (markupKinds.has(annotation.kind)) entries.QuadPoints = quadPoints(rects);
  if (annotation.kind === 'highlight') entries.CA = 0.4;
  if (subtype === 'Text') entries.Name = PDFName.of('Comment');
  if (subtype === 'FreeText') entries.DA = PDFHexString.fromText('/Helv 10 Tf 0 g');
  if (annotation.tags.length > 0) entries.Subj = PDFHexString.fromText(annotation.tags.join(', '));
  const reference = document.context.register(document.context.obj(entries as never));
  page.node.addAnnot(reference);
  return reference;
}

function addReply(
  document: PDFDocument,
  parent: { reference: PDFRef; page: PDFPage; rects: PageRect[] },
  annotationId: number,
  reply: Annotation['replies'][number],
  index: number,
  colour: number[],
): void {
  const entries: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: 'Text',
    Rect: rectArray(noteIconRect(boundingBox(parent.rects))),
    C: colour,
    Contents: PDFHexString.fromText(reply.text),
    NM: PDFHexString.fromText(briefingReplyName(annotationId, index)),
    IRT: parent.reference,
    RT: PDFName.of('R'),
    Name: PDFName.of('Comment'),
    F: 4,
  };
  if (reply.author) entries.T = PDFHexString.fromText(reply.author);
  if (reply.createdAt) {
    entries.M = PDFHexString.fromText(pdfDate(reply.createdAt));
    entries.CreationDate = PDFHexString.fromText(pdfDate(reply.createdAt));
  }
  const reference = document.context.register(document.context.obj(entries as never));
  parent.page.node.addAnnot(reference);
}

function rectArray(rect: PageRect): number[] {
  return [rect.x1, rect.y1, rect.x2, rect.y2];
}
