import Database from 'better-sqlite3';
import { migrate, refuseNewerSchema } from './migrations';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens (creating if needed) a library database and brings its schema up to date.
 * WAL with synchronous=FULL: better-sqlite3 leaves WAL at NORMAL, which can lose the last
 * commits on power loss, and every write the user saw succeed must survive a crash.
 *
 * Other processes write the same file (import workers store documents while the user edits), so
 * every transaction that writes begins IMMEDIATE (better-sqlite3's `.immediate()`): a deferred
 * one that reads first cannot wait for the write lock when it comes to write, and failed with
 * SQLITE_BUSY at once (the crash harness saw 137 of 3,250 edits answered 500 beside imports).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    refuseNewerSchema(db);
    applyPragmas(db);
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function applyPragmas(db: Database.Database): void {
  if (!db.readonly && db.name !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
