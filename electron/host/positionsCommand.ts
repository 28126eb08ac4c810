import path from 'node:path';
import { AppError } from '../common/errors';
import type { BriefingApi } from '../common/api';
import { cliText } from './cliText';
import { documentByName } from './documentByName';
import { writeOutFile } from './writeOutFile';

/** What `positions export` wrote, as --json prints it. */
export interface MatrixExportSummary {
  file: string;
  format: 'csv' | 'docx';
  revision: { documentId: number; title: string; symbol: string | null };
  /** Articles and paragraphs (rows) and States and groups (columns) of the matrix. */
  rows: number;
  columns: number;
}

/**
 * `positions export --revision <symbol> --format csv|docx [--out FILE]`: the compilation
 * matrix of a draft revision, named by its UN symbol (any case), its title or its id, written
 * to FILE (default: the export's own name in the current folder). Errors: not-found for a
 * revision no draft of the library matches, invalid-argument for a format or a missing name.
 */
export async function exportPositions(
  api: BriefingApi,
  options: { revision: string | undefined; format: string | undefined; out: string | undefined },
): Promise<MatrixExportSummary> {
  if (!options.revision) throw new AppError('invalid-argument', cliText('cli.positions.needRevision'));
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'docx') throw new AppError('invalid-argument', cliText('cli.positions.badFormat', { format }));
  const revision = await documentByName(api, options.revision, 'draft');
  const matrix = await api.positions.matrix({ revisionDocumentId: revision.id });
  const file = await api.positions.exportMatrix({ revisionDocumentId: revision.id, format });
  const target = path.resolve(options.out ?? file.fileName);
  writeOutFile(target, file.data);
  return {
    file: target,
    format,
    revision: { documentId: revision.id, title: revision.title, symbol: revision.symbol },
    rows: matrix.rows.length,
    columns: matrix.columns.length,
  };
}

/** One line for a person: what was written where. */
export function formatMatrixExport(summary: MatrixExportSummary): string {
  return cliText('cli.positions.written', { file: summary.file, rows: summary.rows, columns: summary.columns });
}
