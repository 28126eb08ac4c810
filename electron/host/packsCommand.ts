import path from 'node:path';
import type { BriefingApi } from '../common/api';
import { AppError } from '../common/errors';
import type { PackCitationStyle, PackExportRun, PackSummary } from '../common/packs';
import { cliText } from './cliText';
import { writeOutFile } from './writeOutFile';

/** A pack as `packs list --json` prints it. */
export type PackListEntry = Pick<PackSummary, 'id' | 'title' | 'classification' | 'sectionCount' | 'itemCount' | 'updatedAt'> & { session: string; startDate: string | null };

/** The library's packs, most recently changed first (as packs.list gives them). */
export async function listPacks(api: BriefingApi): Promise<PackListEntry[]> {
  const packs = await api.packs.list({});
  return packs.map((pack) => ({
    id: pack.id,
    title: pack.title,
    session: pack.session.name,
    startDate: pack.session.startDate,
    classification: pack.classification,
    sectionCount: pack.sectionCount,
    itemCount: pack.itemCount,
    updatedAt: pack.updatedAt,
  }));
}

/** The packs as a table for a person: id, title, session, date, marking, sections and items. */
export function formatPackList(packs: PackListEntry[]): string {
  if (packs.length === 0) return cliText('cli.packs.none');
  const rows = [['Id', 'Title', 'Session', 'Starts', 'Marking', 'Sections', 'Items'], ...packs.map((pack) => [String(pack.id), pack.title, pack.session, pack.startDate ?? '', pack.classification, String(pack.sectionCount), String(pack.itemCount)])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

/**
 * The pack a person names: by id, else by title (any case). Errors: not-found, saying how to
 * list the packs; invalid-argument when several packs have that title (their ids are listed),
 * like documentByName.ts.
 */
export async function packByName(api: BriefingApi, name: string): Promise<PackSummary> {
  const wanted = name.trim().toLowerCase();
  const packs = await api.packs.list({});
  const byId = packs.filter((pack) => String(pack.id) === wanted);
  const matches = byId.length > 0 ? byId : packs.filter((pack) => pack.title.trim().toLowerCase() === wanted);
  if (matches.length > 1) {
    const choices = matches.map((pack) => `${pack.title}, id ${pack.id}${pack.session.startDate ? `, ${pack.session.startDate}` : ''}`).join('; ');
    throw new AppError('invalid-argument', cliText('cli.packs.ambiguous', { name, choices }));
  }
  if (matches.length === 1) return matches[0];
  throw new AppError('not-found', cliText('cli.packs.noPack', { name }));
}

/** What `packs export` wrote, as --json prints it. */
export interface PackExportSummary {
  file: string;
  format: 'pdf' | 'docx' | 'md';
  citations: PackCitationStyle;
  pack: { id: number; title: string; sectionCount: number; itemCount: number };
  bytes: number;
}

/**
 * `packs export <id or name> --format pdf|docx|md [--out FILE] [--citations footnotes|inline]`:
 * runs the export as the app does (startExport, then getExport until it ends), reporting each
 * step to `progress`, and writes the file to FILE (default: the pack's title, here) only when it
 * has finished: a cancelled or failed export writes nothing. `cancelled()` is asked between
 * polls (Ctrl+C). Errors: invalid-argument for a format or citation style; the service's.
 */
export async function exportPackFile(
  api: BriefingApi,
  options: { name: string; format: string | undefined; citations: string | undefined; out: string | undefined },
  progress: (run: PackExportRun) => void,
  cancelled: () => boolean,
): Promise<PackExportSummary> {
  const format = options.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'docx' && format !== 'md') throw new AppError('invalid-argument', cliText('cli.packs.badFormat', { format }));
  const citations = options.citations ?? 'footnotes';
  if (citations !== 'footnotes' && citations !== 'inline') throw new AppError('invalid-argument', cliText('cli.packs.badCitations', { citations }));
  const pack = await packByName(api, options.name);
  let run = await api.packs.startExport({ id: pack.id, format, citations });
  progress(run);
  while (run.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = cancelled() ? await api.packs.cancelExport({ runId: run.id }) : await api.packs.getExport({ runId: run.id });
    progress(run);
  }
  if (run.state === 'cancelled') throw new AppError('conflict', cliText('cli.packs.cancelled'));
  if (run.state === 'failed') throw new AppError('internal', run.message ?? cliText('cli.packs.cancelled'));
  const file = await api.packs.takeExport({ runId: run.id });
  const target = path.resolve(options.out ?? file.fileName);
  writeOutFile(target, file.data);
  return { file: target, format, citations, pack: { id: pack.id, title: pack.title, sectionCount: pack.sectionCount, itemCount: pack.itemCount }, bytes: file.data.byteLength };
}

/** One line for a person: what was written where. */
export function formatPackExport(summary: PackExportSummary): string {
  return cliText('cli.packs.written', { file: summary.file, sections: summary.pack.sectionCount, items: summary.pack.itemCount });
}
