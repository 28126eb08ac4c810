/**
 * Snapshots of the library database (see electron/core/backups): what the Backups section of
 * Settings, the recovery screen and `briefing backups` show.
 */

/** Why a snapshot was taken: at start-up, on quit, by the daily timer, on request, or just before a restore replaced the library. */
export const backupReasons = ['startup', 'quit', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A snapshot's id: its UTC time with `-` for `:` and `.`, then its reason (`2026-12-01T08-30-00-123Z-startup`). */
export const backupIdPattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z-(?:${backupReasons.join('|')})$`, 'u');

/** One verified snapshot in <dataDir>/backups/. */
export interface BackupSummary {
  /** The file name without `.sqlite`: `2026-12-01T08-30-00-123Z-startup` (sorts by time). */
  id: string;
  /** When it was taken, ISO 8601 UTC. */
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** Documents it holds; null when the file could not be read just now. */
  documentCount: number | null;
}

/** The library whose database could not be opened at start-up, and what can replace it. */
export interface RecoveryOffer {
  /** Where the damaged database was moved (never deleted). */
  movedTo: string;
  /** When it was found damaged, ISO 8601 UTC. */
  detectedAt: string;
  /** The newest snapshot that passes its integrity check; null when there is none. */
  newestGood: BackupSummary | null;
}

/** The Backups section's view: the snapshots (newest first), the last failure and a pending recovery. */
export interface BackupOverview {
  folder: string;
  snapshots: BackupSummary[];
  /** The last automatic or requested snapshot that failed since start-up (a failure never stops Briefing). */
  lastFailure: { at: string; message: string } | null;
  recovery: RecoveryOffer | null;
}

/** What a restore did. */
export interface RestoreOutcome {
  restored: BackupSummary;
  /** The snapshot of the library as it was just before (null when it could not be taken from a damaged library). */
  keptAs: BackupSummary | null;
  /** Documents of the restored library whose original file was deleted since the snapshot: their text, marks and positions are back; the file must be imported again to read it as a page. */
  missingOriginals: number;
}
