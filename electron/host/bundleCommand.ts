import path from 'node:path';
import { AppError } from '../common/errors';
import type { BundleImportReport } from '../common/model';
import { exportBundle, importBundle } from '../core/bundles/bundleTransfer';
import type { BundleProgress } from '../core/bundles/writeBundle';
import type { Engine } from '../core/engine';
import { cliText } from './cliText';
import { documentByName } from './documentByName';

/** What `bundle export` wrote, as --json prints it. */
export interface BundleExportSummary {
  file: string;
  bytes: number;
  documents: number;
  annotations: number;
  positions: number;
  positionCards: number;
  packs: number;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Progress as a line for standard error, with the step (whole megabytes) a log shows once. */
export function bundleProgressLine(progress: BundleProgress): { line: string; step: number } {
  return { line: cliText('cli.bundle.progress', { done: megabytes(progress.done), total: megabytes(progress.total) }), step: Math.floor(progress.done / 1024 / 1024) };
}

/**
 * Calls `work` with an AbortSignal that aborts once `stopped()` says so (Ctrl+C), checked at each
 * progress report; an abort becomes the `cancelled` message (no file written, nothing imported).
 */
async function stoppable<T>(stopped: () => boolean, cancelled: string, work: (signal: AbortSignal, progress: (progress: BundleProgress) => void) => Promise<T>, report: (progress: BundleProgress) => void): Promise<T> {
  const controller = new AbortController();
  try {
    return await work(controller.signal, (progress) => {
      if (stopped()) controller.abort();
      report(progress);
    });
  } catch (error) {
    if (controller.signal.aborted) throw new AppError('invalid-argument', cancelled);
    throw error;
  }
}

/**
 * `bundle export <file> [--documents D …]`: the library, or the documents named (UN symbol,
 * title or id), written as a bundle at `file` (".briefing" added when it has no extension).
 * Errors: not-found for a document not there; those of exportBundle.
 */
export async function exportBundleFile(engine: Engine, options: { file: string; documents: string[] }, report: (progress: BundleProgress) => void, stopped: () => boolean): Promise<BundleExportSummary> {
  const documentIds = options.documents.length > 0 ? await Promise.all(options.documents.map(async (name) => (await documentByName(engine.api, name)).id)) : undefined;
  const file = path.resolve(path.extname(options.file) === '' ? `${options.file}.briefing` : options.file);
  const written = await stoppable(stopped, cliText('cli.bundle.exportCancelled'), (signal, progress) => exportBundle(engine.library, file, { documentIds }, signal, progress), report);
  return { file, bytes: written.size, ...written.manifest.counts };
}

/** `bundle import <file>`: the bundle verified and merged into the library; what came in. Errors: those of importBundle. */
export async function importBundleFile(engine: Engine, file: string, report: (progress: BundleProgress) => void, stopped: () => boolean): Promise<BundleImportReport> {
  return stoppable(stopped, cliText('cli.bundle.importCancelled'), (signal, progress) => importBundle(engine.library, path.resolve(file), signal, progress), report);
}

export function formatBundleExport(summary: BundleExportSummary): string {
  return cliText('cli.bundle.written', { ...summary, size: megabytes(summary.bytes) });
}

export function formatBundleImport(report: BundleImportReport): string {
  return [
    cliText('cli.bundle.imported.documents', { added: report.documentsAdded, present: report.documentsAlreadyPresent }),
    cliText('cli.bundle.imported.annotations', { added: report.annotationsAdded, skipped: report.annotationsSkipped }),
    cliText('cli.bundle.imported.positions', { added: report.positionsAdded, skipped: report.positionsSkipped, cardsAdded: report.positionCardsAdded, cardsSkipped: report.positionCardsSkipped }),
    cliText('cli.bundle.imported.packs', { added: report.packsAdded, skipped: report.packsSkipped, renamed: report.packsRenamed }),
  ].join('\n');
}
