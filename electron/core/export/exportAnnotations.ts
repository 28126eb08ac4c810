import fs from 'node:fs/promises';
import { AppError } from '../../common/errors';
import { readableQuote } from '../../common/lineText';
import { apiSchemas } from '../../common/schemas';
import type { AnnotationExportFormat, ExportedFile } from '../../common/model';
import { insertAnnotation, listAnnotations, listColours } from '../db/repos/annotationsRepo';
import type { Library } from '../library/library';
import { exportAnnotatedPdf } from './annotatedPdf';
import { annotationSummaryDocx, annotationSummaryMarkdown } from './annotationSummary';
import { annotationsToXfdf, xfdfToAnnotations } from './xfdf';

interface DocumentRow {
  sha256: string | null;
  media_type: string | null;
  original_file_name: string | null;
  title: string;
  symbol: string | null;
}

/** Writes a document's annotations in the chosen format; the library itself is only read. */
export async function exportAnnotations(library: Library, documentId: number, format: AnnotationExportFormat): Promise<ExportedFile> {
  const { db } = library;
  const row = db
    .prepare<[number], DocumentRow>('SELECT sha256, media_type, original_file_name, title, symbol FROM documents WHERE id = ?')
    .get(documentId);
  if (!row) throw new AppError('not-found', 'This document is no longer in the library.');
  const annotations = listAnnotations(db, documentId);
  // Summaries and the PDF's notes show quotes as people read them; XFDF keeps them raw, to round-trip.
  const readable = annotations.map((annotation) =>
    annotation.anchor.quote
      ? { ...annotation, anchor: { ...annotation.anchor, quote: { ...annotation.anchor.quote, exact: readableQuote(annotation.anchor.quote.exact) } } }
      : annotation,
  );
  const colours = listColours(db);
  const stem = (row.original_file_name ?? row.title).replace(/\.[a-z0-9]{1,5}$/iu, '');
  const summaryDocument = { title: row.title, symbol: row.symbol, fileName: row.original_file_name ?? row.title };
  switch (format) {
    case 'pdf': {
      if (row.media_type !== 'application/pdf') {
        throw new AppError('unsupported', 'Only PDF documents can be exported with their annotations; export the summary instead.');
      }
      if (!row.sha256 || !library.originals.has(row.sha256)) {
        throw new AppError('not-found', 'The original PDF of this document is missing from the library folder; import it again, then export.');
      }
      const original = await fs.readFile(library.originals.pathFor(row.sha256));
      const bytes = await exportAnnotatedPdf(new Uint8Array(original), readable, colours);
      return { fileName: `${stem} (annotated).pdf`, mediaType: 'application/pdf', data: bytes };
    }
    case 'xfdf': {
      const text = annotationsToXfdf(annotations, colours, { fileName: row.original_file_name ?? `${stem}.pdf` });
      return { fileName: `${stem}.xfdf`, mediaType: 'application/vnd.adobe.xfdf', data: new TextEncoder().encode(text) };
    }
    case 'markdown': {
      const text = annotationSummaryMarkdown(summaryDocument, readable, colours);
      return { fileName: `${stem} (annotations).md`, mediaType: 'text/markdown', data: new TextEncoder().encode(text) };
    }
    case 'docx': {
      const bytes = await annotationSummaryDocx(summaryDocument, readable, colours);
      return {
        fileName: `${stem} (annotations).docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes,
      };
    }
  }
}

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
 * counted as skipped.
 */
export function importXfdf(library: Library, documentId: number, xml: string): { imported: number; skipped: number } {
  const { db } = library;
  const pageCount = db.prepare<[number], number>('SELECT page_count FROM documents WHERE id = ?').pluck().get(documentId);
  if (pageCount === undefined) throw new AppError('not-found', 'This document is no longer in the library; nothing was imported.');
  const parsed = xfdfToAnnotations(xml, listColours(db));
  if (parsed.annotations.length > maxImportedAnnotations) {
    throw new AppError(
      'invalid-argument',
      `This XFDF file holds ${parsed.annotations.length} annotations, more than Briefing imports at once (${maxImportedAnnotations}). Nothing was imported; export fewer annotations at a time from the other reader.`,
    );
  }
  const present = new Set(listAnnotations(db, documentId).map(sameMark));
  const accepted = parsed.annotations.filter((annotation) => {
    const checked = apiSchemas.annotations.create.safeParse({ documentId, ...annotation });
    const placed = annotation.anchor.rects.length > 0 && annotation.anchor.rects.every((rect) => rect.pageIndex < pageCount);
    if (!checked.success || !placed || present.has(sameMark(annotation))) return false;
    present.add(sameMark(annotation));
    return true;
  });
  db.transaction(() => {
    for (const annotation of accepted) insertAnnotation(db, { documentId, ...annotation });
  })();
  return { imported: accepted.length, skipped: parsed.skipped + parsed.annotations.length - accepted.length };
}
