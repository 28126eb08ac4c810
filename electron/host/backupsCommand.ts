import type { BriefingApi } from '../common/api';
import type { BackupOverview, BackupSummary, RestoreOutcome } from '../common/backups';
import { cliText } from './cliText';

/** A snapshot's time for a terminal: `2026-12-01 08:30:00 UTC` (the id holds the milliseconds). */
function shownTime(takenAt: string): string {
  return `${takenAt.slice(0, 10)} ${takenAt.slice(11, 19)} UTC`;
}

/** Bytes as a person reads them: 812 KB, 14.2 MB. */
function shownSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * `backups list`: the snapshots as a table (id, time, reason, size, documents), newest first,
 * then the last failure and a pending recovery, if any.
 */
export function formatBackupList(overview: BackupOverview): string {
  const lines: string[] = [];
  if (overview.snapshots.length === 0) lines.push(cliText('cli.backups.none', { folder: overview.folder }));
  else {
    const rows = [
      ['Id', 'Taken', 'Reason', 'Size', 'Documents'],
      ...overview.snapshots.map((snapshot) => [snapshot.id, shownTime(snapshot.takenAt), snapshot.reason, shownSize(snapshot.sizeBytes), snapshot.documentCount === null ? '?' : String(snapshot.documentCount)]),
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    lines.push(...rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()));
    lines.push('', cliText('cli.backups.folder', { folder: overview.folder }));
  }
  if (overview.lastFailure) lines.push('', cliText('cli.backups.lastFailure', { at: shownTime(overview.lastFailure.at), message: overview.lastFailure.message }));
  const advice = recoveryAdvice(overview);
  if (advice) lines.push('', advice);
  return lines.join('\n');
}

/** `backups create`: what was written. */
export function formatBackupCreated(snapshot: BackupSummary): string {
  return cliText('cli.backups.created', { id: snapshot.id, size: shownSize(snapshot.sizeBytes), documents: snapshot.documentCount ?? 0 });
}

/** `backups restore`: what the library now is, where the previous one was kept, and originals to import again. */
export function formatRestore(outcome: RestoreOutcome): string {
  const lines = [cliText('cli.backups.restored', { at: shownTime(outcome.restored.takenAt), documents: outcome.restored.documentCount ?? 0 })];
  if (outcome.keptAs) lines.push(cliText('cli.backups.keptAs', { id: outcome.keptAs.id }));
  if (outcome.missingOriginals > 0) lines.push(cliText('cli.backups.missingOriginals', { count: outcome.missingOriginals }));
  return lines.join('\n');
}

/**
 * After a damaged start-up: where the damaged file went and the command that restores the
 * newest good snapshot (or that none is left). Undefined when no recovery is pending.
 */
export function recoveryAdvice(overview: BackupOverview): string | undefined {
  const recovery = overview.recovery;
  if (!recovery) return undefined;
  return recovery.newestGood
    ? cliText('cli.backups.recovery', { movedTo: recovery.movedTo, at: shownTime(recovery.newestGood.takenAt), documents: recovery.newestGood.documentCount ?? 0, id: recovery.newestGood.id })
    : cliText('cli.backups.recoveryNone', { movedTo: recovery.movedTo });
}

/** Runs `backups list|create|restore <id>` against an open engine; returns what to print (JSON with `json`). */
export async function runBackupsAction(api: BriefingApi, action: 'list' | 'create' | 'restore', id: string | undefined, json: boolean): Promise<string> {
  if (action === 'list') {
    const overview = await api.backups.list({});
    return json ? JSON.stringify(overview, null, 2) : formatBackupList(overview);
  }
  if (action === 'create') {
    const snapshot = await api.backups.create({});
    return json ? JSON.stringify(snapshot, null, 2) : formatBackupCreated(snapshot);
  }
  const outcome = await api.backups.restore({ id: id! });
  return json ? JSON.stringify(outcome, null, 2) : formatRestore(outcome);
}
