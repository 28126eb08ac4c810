import type { ImportBatch, ImportItem } from '../common/model';

export function progressLine(batch: ImportBatch): string {
  const reading = batch.items.find((item) => item.status === 'reading');
  const current = reading
    ? ` · ${reading.name}${reading.pageCount ? ` (${reading.pagesDone}/${reading.pageCount} pages)` : ''}`
    : '';
  return `Importing: ${batch.filesDone}/${batch.filesTotal} files · ${batch.pagesDone} pages${current}`;
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

export function formatImportSummary(batch: ImportBatch): string {
  const lines = batch.items.map((item) => {
    const detail =
      item.status === 'imported'
        ? `"${item.title}", ${item.pageCount} pages, ${item.passageCount} passages`
        : '';
    const parts = [detail, item.message].filter(Boolean).join('. ');
    return `${marks[item.status]} ${item.status.padEnd(14)} ${item.name}${parts ? ` — ${parts}` : ''}`;
  });
  const count = (status: ImportItem['status']) => batch.items.filter((item) => item.status === status).length;
  lines.push(
    '',
    `${count('imported')} imported, ${count('duplicate')} already there, ${count('needs-password')} need a password, ` +
      `${count('error')} failed${count('cancelled') ? `, ${count('cancelled')} cancelled` : ''}; ${batch.pagesDone} pages read.`,
  );
  if (batch.skippedFiles > 0) {
    lines.push(`${batch.skippedFiles} files in the folders were skipped: not PDF, Word, text or Markdown.`);
  }
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
    })),
  };
}
