import fs from 'node:fs/promises';
import { AppError } from '../../common/errors';
import type { AnnotationExportFormat, ExportedFile } from '../../common/model';
import { listAnnotations, listColours } from '../db/repos/annotationsRepo';
import type { Library } from '../library/library';
import { exportAnnotatedPdf } from './annotatedPdf';

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
  const colours = listColours(db);
  const stem = (row.original_file_name ?? row.title).replace(/\.[a-z0-9]{1,5}$/iu, '');
  switch (format) {
    case 'pdf': {
      if (row.media_type !== 'application/pdf' || !row.sha256 || !library.originals.has(row.sha256)) {
        throw new AppError('unsupported', 'Only PDF documents can be exported with their annotations; export the summary instead.');
      }
      const original = await fs.readFile(library.originals.pathFor(row.sha256));
      const bytes = await exportAnnotatedPdf(new Uint8Array(original), annotations, colours);
      return { fileName: `${stem} (annotated).pdf`, mediaType: 'application/pdf', dataBase64: Buffer.from(bytes).toString('base64') };
    }
    default:
      throw new AppError('unsupported', `Export as ${format} is not available yet.`);
  }
}
