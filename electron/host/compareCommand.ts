import path from 'node:path';
import { AppError } from '../common/errors';
import type { BriefingApi } from '../common/api';
import type { ArticleChange, ComparedRevision } from '../common/model';
import { cliText } from './cliText';
import { documentByName } from './documentByName';
import { writeOutFile } from './writeOutFile';

/** What `compare` wrote, as --json prints it. */
export interface ComparisonSummary {
  file: string;
  format: 'docx' | 'md' | 'pdf';
  older: ComparedRevision;
  newer: ComparedRevision;
  /** Articles by how they changed (unchanged, changed, renumbered, split, merged, added, deleted). */
  counts: Record<ArticleChange, number>;
}

/**
 * `compare <older> <newer> [--format docx|md|pdf] [--out FILE]`: the redline of two revisions,
 * each named by UN symbol (any case), title or id, written as Word with tracked changes
 * (default), Markdown with CriticMarkup or PDF to FILE (default: the export's own name, here).
 * Errors: invalid-argument for a format; not-found for a name no document of the library has.
 */
export async function compareRevisions(api: BriefingApi, options: { names: [string, string]; format: string | undefined; out: string | undefined }): Promise<ComparisonSummary> {
  const format = options.format ?? 'docx';
  if (format !== 'docx' && format !== 'md' && format !== 'pdf') throw new AppError('invalid-argument', cliText('cli.compare.badFormat', { format }));
  const [older, newer] = await Promise.all(options.names.map((name) => documentByName(api, name)));
  const ids = { olderDocumentId: older.id, newerDocumentId: newer.id };
  const comparison = await api.revisions.compare(ids);
  const file = await api.revisions.exportComparison({ ...ids, format });
  const target = path.resolve(options.out ?? file.fileName);
  writeOutFile(target, file.data);
  return { file: target, format, older: comparison.older, newer: comparison.newer, counts: comparison.counts };
}

/** One line for a person: what was written where, and how many articles changed. */
export function formatComparison(summary: ComparisonSummary): string {
  const { counts } = summary;
  return cliText('cli.compare.written', {
    file: summary.file,
    changed: counts.changed + counts.split + counts.merged,
    added: counts.added,
    deleted: counts.deleted,
  });
}
