import fs from 'node:fs/promises';
import { AppError } from '../../common/errors';
import { readableQuote } from '../../common/lineText';
import type { AnnotationExportFormat, ExportedFile, InterfaceLanguage } from '../../common/model';
import { listAnnotations, listColours } from '../db/repos/annotationsRepo';
import type { Library } from '../library/library';
import { exportAnnotatedPdf } from './annotatedPdf';
import { citeAnnotations } from './annotationCitations';
import { annotationSummaryDocx, annotationSummaryMarkdown } from './annotationSummary';
import { annotationsToXfdf } from './xfdf';

interface DocumentRow {
  sha256: string | null;
  media_type: string | null;
  original_file_name: string | null;
  title: string;
  symbol: string | null;
}

/** Writes a document's annotations in the chosen format; the library itself is only read. */
export async function exportAnnotations(
  library: Library,
  documentId: number,
  format: AnnotationExportFormat,
  language: InterfaceLanguage = 'en',
): Promise<ExportedFile> {
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
  // Marks carried from the previous revision whose text was not found have no place on a page,
  // which PDF annotations and XFDF require: the PDF and XFDF leave them out and say how many.
  const leftOutForReview = annotations.filter((annotation) => annotation.anchor.rects.length === 0).length;
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
      const { bytes, restrictionsRemoved, activeContentRemoved } = await exportAnnotatedPdf(new Uint8Array(original), readable, colours);
      return { fileName: `${stem} (annotated).pdf`, mediaType: 'application/pdf', data: bytes, leftOutForReview, restrictionsRemoved, activeContentRemoved };
    }
    case 'xfdf': {
      const text = annotationsToXfdf(annotations, colours, { fileName: row.original_file_name ?? `${stem}.pdf` });
      return { fileName: `${stem}.xfdf`, mediaType: 'application/vnd.adobe.xfdf', data: new TextEncoder().encode(text), leftOutForReview };
    }
    case 'markdown': {
      const text = annotationSummaryMarkdown(summaryDocument, readable, colours, { citations: citeAnnotations(db, documentId, annotations), language });
      return { fileName: `${stem} (annotations).md`, mediaType: 'text/markdown', data: new TextEncoder().encode(text) };
    }
    case 'docx': {
      const bytes = await annotationSummaryDocx(summaryDocument, readable, colours, { citations: citeAnnotations(db, documentId, annotations), language });
      return {
        fileName: `${stem} (annotations).docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes,
      };
    }
  }
}
