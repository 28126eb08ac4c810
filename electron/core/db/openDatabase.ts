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
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    refuseNewerSchema(db);
    applyPragmas(db);
    if (!db.readonly) preferImmediateTransactions(db);
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

/**
 * Makes every `db.transaction(fn)` of a writable connection begin IMMEDIATE (its `.deferred`
 * stays at hand). A deferred transaction that reads, then writes after another connection (an
 * import worker) has committed, fails at once with SQLITE_BUSY: the busy timeout cannot help a
 * read lock's upgrade (https://sqlite.org/lang_transaction.html, "SQLITE_BUSY"). The API fuzz
 * found pack, group and document edits made during an import answered 500 that way.
 * IMMEDIATE takes the write lock first, waiting up to busy_timeout for it. Nested calls still
 * use savepoints. A transaction that only reads asks for `.deferred()`, so that it holds no
 * write lock (bundles/bundleExtract.ts). The crash harness found the same fault by load: 137 of 3,250 edits beside
 * imports answered 500 before; test/unit/writeLock.test.ts holds the lock from another thread.
 */
export function preferImmediateTransactions(db: Database.Database): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const variants = transaction(fn);
    // better-sqlite3's variants are read-only properties: a new function carries them, and
    // passes `this` on as better-sqlite3's own does.
    const immediate = function (this: unknown, ...args: never[]) {
      return variants.immediate.apply(this, args);
    };
    return Object.defineProperties(immediate, {
      default: { value: variants.immediate },
      deferred: { value: variants.deferred },
      immediate: { value: variants.immediate },
      exclusive: { value: variants.exclusive },
      database: { value: db },
    });
  }) as typeof db.transaction;
}
