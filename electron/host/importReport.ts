import type { ImportBatch, ImportItem } from '../common/model';
import { importNoticeMessage } from '../common/i18n/importNotices';
import { cliText } from './cliText';

/** The progress line on standard error: files and pages so far, and the file being read. */
export function progressLine(batch: ImportBatch): string {
  const reading = batch.items.find((item) => item.status === 'reading');
  return cliText('cli.import.progress', {
    filesDone: batch.filesDone,
    filesTotal: batch.filesTotal,
    pagesDone: batch.pagesDone,
    reading: reading ? 'yes' : 'no',
    file: reading?.name ?? '',
    filePagesDone: reading?.pagesDone ?? 0,
    filePages: reading?.pageCount ?? 0,
  });
}

const marks: Record<ImportItem['status'], string> = {
  queued: ' ',
  reading: ' ',
  imported: '✓',
  duplicate: '=',
  'needs-password': '?',
  error: '✗',
  cancelled: '-',
};

/** One line per file (its outcome as in --json, and why when it failed), then the totals. */
export function formatImportSummary(batch: ImportBatch): string {
  const lines = batch.items.map((item) => {
    const detail =
      item.status === 'imported'
        ? cliText('cli.import.itemDetail', { title: item.title ?? item.name, pages: item.pageCount ?? 0, passages: item.passageCount })
        : '';
    const notices = (item.notices ?? []).map((notice) => {
      const { id, values } = importNoticeMessage(notice);
      return cliText(id, values).replace(/\.$/u, '');
    });
    const parts = [detail, item.message, ...notices].filter(Boolean).join('. ');
    return `${marks[item.status]} ${item.status.padEnd(14)} ${item.name}${parts ? ` — ${parts}` : ''}`;
  });
  const count = (status: ImportItem['status']) => batch.items.filter((item) => item.status === status).length;
  lines.push(
    '',
    cliText('cli.import.summary', {
      imported: count('imported'),
      duplicates: count('duplicate'),
      needPassword: count('needs-password'),
      failed: count('error'),
      cancelled: count('cancelled'),
      pages: batch.pagesDone,
    }),
  );
  if (batch.skippedFiles > 0) lines.push(cliText('cli.import.skipped', { count: batch.skippedFiles }));
  return lines.join('\n');
}

/** One entry per input file, with its outcome and, for failures, a message for a person. */
export function importSummaryJson(batch: ImportBatch) {
  return {
    state: batch.state,
    pagesRead: batch.pagesDone,
    skippedFiles: batch.skippedFiles,
    files: batch.items.map((item) => ({
      file: item.name,
      outcome: item.status,
      message: item.message,
      documentId: item.documentId,
      title: item.title,
      pages: item.pageCount,
      passages: item.passageCount,
      pagesWithoutText: item.pagesWithoutText,
      notices: item.notices ?? [],
    })),
  };
}
