import fs from 'node:fs/promises';
import { AppError } from '../../common/errors';
import type { AnnotationColour, PageRect } from '../../common/model';
import { apiSchemas } from '../../common/schemas';
import { readPageGeometries, quoteUnderRects } from '../annotations/textUnderRects';
import { insertAnnotation, listAnnotations, listColours } from '../db/repos/annotationsRepo';
import type { Library } from '../library/library';
import { markupKinds } from './pdfAnnotationParts';
import { xfdfToAnnotations, type ImportedAnnotation, type XfdfImport } from './xfdf';

/** What makes two marks the same for an import: kind, place and note. */
function sameMark(annotation: { kind: string; note: string; anchor: { rects: unknown } }): string {
  return JSON.stringify([annotation.kind, annotation.note, annotation.anchor.rects]);
}

/** More marks than any delegation's document holds: a file beyond this is not what it seems. */
const maxImportedAnnotations = 20_000;

/**
 * Adds the annotations of an XFDF file (from Briefing or another PDF reader) to a document, in
 * one transaction: all of them or, on a bad file, none. Each mark must pass the same checks as
 * one made in the reader and have a place on the document's pages; a mark already there (same
 * kind, place and note: the same file imported twice) is not added again. The others are
 * counted as skipped. Replies come under their mark, with their author and date.
 *
 * A text mark without Briefing's quote (Acrobat writes only its quadrilaterals) takes the text
 * drawn under them in the original PDF, so it is found by search and carried to the next
 * revision like a mark made in Briefing (see annotations/textUnderRects.ts). Without the
 * original, or over no text, it keeps its rectangles only.
 *
 * @returns how many marks were added and how many elements were not (other kinds, no place,
 *   already there, failed checks).
 * `read` parses the file: in the app, in an extraction worker (ImportCoordinator.readXfdf); by
 * default here, for tests of the parsing alone.
 * @throws AppError 'not-found' (no such document), 'invalid-argument' (not XFDF, too many marks, a value too long).
 */
export async function importXfdf(
  library: Library,
  documentId: number,
  xml: string,
  read: (xml: string, colours: AnnotationColour[]) => Promise<XfdfImport> = async (text, colours) => xfdfToAnnotations(text, colours),
): Promise<{ imported: number; skipped: number }> {
  const { db } = library;
  const document = db
    .prepare<[number], { pageCount: number; sha256: string | null; mediaType: string | null }>(
      'SELECT page_count AS pageCount, sha256, media_type AS mediaType FROM documents WHERE id = ?',
    )
    .get(documentId);
  if (!document) throw new AppError('not-found', 'This document is no longer in the library; nothing was imported.');
  const parsed = await read(xml, listColours(db));
  if (parsed.annotations.length > maxImportedAnnotations) {
    throw new AppError(
      'invalid-argument',
      `This XFDF file holds ${parsed.annotations.length} annotations, more than Briefing imports at once (${maxImportedAnnotations}). Nothing was imported; export fewer annotations at a time from the other reader.`,
    );
  }
  const placed = parsed.annotations.filter(
    (annotation) => annotation.anchor.rects.length > 0 && annotation.anchor.rects.every((rect) => rect.pageIndex < document.pageCount),
  );
  if (document.mediaType === 'application/pdf' && document.sha256 && library.originals.has(document.sha256)) {
    await addQuotes(placed, library.originals.pathFor(document.sha256));
  }
  // Read after the PDF: a mark saved meanwhile counts as present.
  const present = new Set(listAnnotations(db, documentId).map(sameMark));
  const accepted = placed.filter((annotation) => {
    const { author: _author, replies: _replies, createdAt: _createdAt, ...fields } = annotation;
    const checked = apiSchemas.annotations.create.safeParse({ documentId, ...fields });
    if (!checked.success || present.has(sameMark(annotation))) return false;
    present.add(sameMark(annotation));
    return true;
  });
  db.transaction(() => {
    for (const annotation of accepted) insertAnnotation(db, { documentId, ...annotation });
  }).immediate();
  return { imported: accepted.length, skipped: parsed.skipped + parsed.annotations.length - accepted.length };
}

/** Gives each text mark without a quote the text under its rectangles, page by page. */
async function addQuotes(annotations: ImportedAnnotation[], pdfPath: string): Promise<void> {
  const unquoted = annotations.filter((annotation) => markupKinds.has(annotation.kind) && !annotation.anchor.quote?.exact);
  if (unquoted.length === 0) return;
  let geometries;
  try {
    geometries = await readPageGeometries(
      new Uint8Array(await fs.readFile(pdfPath)),
      unquoted.flatMap((annotation) => annotation.anchor.rects.map((rect) => rect.pageIndex)),
    );
  } catch {
    // The PDF opened at import; if it no longer does, the marks keep their places without quotes.
    return;
  }
  for (const annotation of unquoted) {
    // Another reader's mark is on one page (Briefing's own across pages carry their quotes).
    const pageIndex = annotation.anchor.rects[0].pageIndex;
    const geometry = geometries.get(pageIndex);
    if (!geometry) continue;
    const onPage: PageRect[] = annotation.anchor.rects.filter((rect) => rect.pageIndex === pageIndex).map((rect) => ({ ...rect, pageIndex: 0 }));
    const quote = quoteUnderRects(geometry, onPage);
    if (quote) annotation.anchor.quote = quote;
  }
}
