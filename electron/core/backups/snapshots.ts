import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { backupIdPattern, type BackupReason, type BackupSummary } from '../../common/backups';
import { latestSchemaVersion } from '../db/migrations';
import { syncDirectoryAsync } from '../library/originalFiles';

const extension = '.sqlite';
const partialSuffix = '.partial';

/** A snapshot that failed its check: `reason` says what, for a person. */
export class SnapshotCheckError extends Error {}

/**
 * A snapshot's id (and file name without `.sqlite`) for a time and a reason:
 * `2026-12-01T08-30-00-123Z-startup`. ISO 8601 UTC with `-` for `:` and `.` (Windows refuses
 * `:` in file names), so names sort by time.
 */
export function snapshotId(takenAt: Date, reason: BackupReason): string {
  return `${takenAt.toISOString().replace(/[:.]/gu, '-')}-${reason}`;
}

/** The time and reason an id names; undefined for any other name (which is never read or deleted). */
export function parseSnapshotId(id: string): { takenAt: string; reason: BackupReason } | undefined {
  if (!backupIdPattern.test(id)) return undefined;
  // Fixed positions: yyyy-mm-ddThh-mm-ss-mmmZ-reason.
  return { takenAt: `${id.slice(0, 13)}:${id.slice(14, 16)}:${id.slice(17, 19)}.${id.slice(20, 24)}`, reason: id.slice(25) as BackupReason };
}

export function snapshotPath(folder: string, id: string): string {
  return path.join(folder, `${id}${extension}`);
}

/** What a sound snapshot holds. */
export interface SnapshotContents {
  schemaVersion: number;
  documentCount: number;
}

/**
 * Opens a snapshot read-only and checks it: `PRAGMA integrity_check` must answer 'ok'
 * (https://sqlite.org/pragma.html#pragma_integrity_check) and its migration version must be
 * `expectedVersion` when given, else one this Briefing can open (1 to the latest). Throws
 * SnapshotCheckError saying what is wrong; reads the whole file (about 1 s per 100 MB).
 */
export function verifySnapshot(file: string, options: { expectedVersion?: number; nativeBinding?: string } = {}): SnapshotContents {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new SnapshotCheckError(`it cannot be opened (${(error as { code?: string }).code ?? 'unreadable'})`);
  }
  try {
    let verdict: unknown;
    try {
      verdict = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      throw new SnapshotCheckError(`it is damaged (${(error as { code?: string }).code ?? 'unreadable'})`);
    }
    if (verdict !== 'ok') throw new SnapshotCheckError(`it is damaged (integrity check: ${String(verdict).slice(0, 200)})`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (options.expectedVersion !== undefined && schemaVersion !== options.expectedVersion) {
      throw new SnapshotCheckError(`its schema version is ${schemaVersion}, not ${options.expectedVersion}`);
    }
    if (schemaVersion < 1 || schemaVersion > latestSchemaVersion) {
      throw new SnapshotCheckError(schemaVersion < 1 ? 'it is not a Briefing library' : `it was written by a newer Briefing (schema ${schemaVersion})`);
    }
    const { count } = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM documents').get()!;
    return { schemaVersion, documentCount: count };
  } finally {
    db.close();
  }
}

/**
 * Takes a snapshot of `db` with SQLite's online backup API (https://sqlite.org/backup.html;
 * better-sqlite3's `db.backup`), which copies a consistent state while the library stays in
 * use: into `<folder>/<id>.sqlite.<random>.partial`, switched to a rollback journal (so it opens
 * read-only without -wal/-shm files), verified (integrity and the live migration version),
 * fsynced, then renamed to its name, so a file under a snapshot's name is always whole and
 * sound. Throws SnapshotCheckError or the file system's error; leaves no partial file behind.
 */
export async function takeSnapshot(
  db: Database.Database,
  folder: string,
  reason: BackupReason,
  options: {
    now?: Date;
    nativeBinding?: string;
    /** Checks the copy (verifySnapshot's contract); by default verifySnapshot on this thread. */
    check?: (file: string, expectedVersion: number) => Promise<SnapshotContents>;
  } = {},
): Promise<BackupSummary> {
  await fsPromises.mkdir(folder, { recursive: true });
  let takenAt = options.now ?? new Date();
  // Two snapshots in one millisecond (a quit and a manual one) get distinct names.
  while (fs.existsSync(snapshotPath(folder, snapshotId(takenAt, reason)))) takenAt = new Date(takenAt.getTime() + 1);
  const id = snapshotId(takenAt, reason);
  const target = snapshotPath(folder, id);
  const temporary = `${target}.${randomBytes(4).toString('hex')}${partialSuffix}`;
  try {
    const expectedVersion = db.pragma('user_version', { simple: true }) as number;
    await db.backup(temporary);
    const copy = new Database(temporary, { nativeBinding: options.nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const contents = options.check
      ? await options.check(temporary, expectedVersion)
      : verifySnapshot(temporary, { expectedVersion, nativeBinding: options.nativeBinding });
    const handle = await fsPromises.open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsPromises.rename(temporary, target);
    await syncDirectoryAsync(folder);
    return { id, takenAt: takenAt.toISOString(), reason, sizeBytes: fs.statSync(target).size, documentCount: contents.documentCount };
  } finally {
    await fsPromises.rm(temporary, { force: true });
    await fsPromises.rm(`${temporary}-journal`, { force: true });
  }
}

/**
 * The snapshots in `folder`, newest first, with their sizes and (unless `counts` is false; read
 * from each, cheaply, not verified) their document counts. Files not named like a snapshot are
 * left alone.
 */
export function listSnapshots(folder: string, options: { nativeBinding?: string; counts?: boolean } = {}): BackupSummary[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const snapshots: BackupSummary[] = [];
  for (const name of names) {
    if (!name.endsWith(extension)) continue;
    const id = name.slice(0, -extension.length);
    const parsed = parseSnapshotId(id);
    if (!parsed) continue;
    const file = path.join(folder, name);
    let sizeBytes: number;
    try {
      sizeBytes = fs.statSync(file).size;
    } catch {
      continue;
    }
    snapshots.push({ id, ...parsed, sizeBytes, documentCount: options.counts === false ? null : countDocuments(file, options.nativeBinding) });
  }
  return snapshots.toSorted((a, b) => b.takenAt.localeCompare(a.takenAt));
}

function countDocuments(file: string, nativeBinding: string | undefined): number | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM documents').get()!.count;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Removes partial files a crash left in `folder` (an hour old: no live snapshot is still
 * writing them). Best effort.
 */
export async function removeStalePartials(folder: string, now = Date.now()): Promise<void> {
  const names = await fsPromises.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith(partialSuffix) && !name.endsWith(`${partialSuffix}-journal`)) continue;
    const file = path.join(folder, name);
    const stat = await fsPromises.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > 3600_000) await fsPromises.rm(file, { force: true }).catch(() => undefined);
  }
}
