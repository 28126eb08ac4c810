import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/** SQLite's result codes for a file that is damaged or not a database (https://sqlite.org/rescode.html#corrupt). */
const damageCodes = /^SQLITE_(CORRUPT|NOTADB)/u;

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && damageCodes.test(code);
}

/**
 * Whether the library database at `file` is damaged: opening or reading it fails with
 * SQLITE_CORRUPT or SQLITE_NOTADB, or `PRAGMA quick_check` (https://sqlite.org/pragma.html#pragma_quick_check:
 * the integrity check without the index cross-checks, O(N)) finds a fault. Returns what is
 * wrong, or undefined when it is sound or does not exist yet. Any other failure (a locked or
 * unreadable file) is thrown as it is: that is not damage, and the file must stay where it is.
 */
export function findDatabaseDamage(file: string, nativeBinding?: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, nativeBinding });
    const verdict = db.pragma('quick_check', { simple: true });
    return verdict === 'ok' ? undefined : `quick check: ${String(verdict).slice(0, 200)}`;
  } catch (error) {
    if (isDamage(error)) return (error as { code: string }).code;
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Moves a damaged database out of the way, with its -wal and -shm files, to
 * `<file>.corrupt-<ISO time>` (and `…-wal`, `…-shm`, the names SQLite looks for beside it, so
 * the moved copy can still be opened to rescue what it holds). Never deletes. Returns the new
 * path of the database file.
 */
export function moveDamagedDatabaseAside(file: string, now = new Date()): string {
  const movedTo = `${file}.corrupt-${now.toISOString().replace(/[:.]/gu, '-')}`;
  fs.renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, movedTo + suffix);
  }
  return movedTo;
}

/**
 * The damaged libraries moved aside beside `file` by moveDamagedDatabaseAside (not their -wal
 * and -shm companions), kept until the user removes them.
 */
export function damagedLibraries(file: string): string[] {
  const prefix = `${path.basename(file)}.corrupt-`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    return [];
  }
  return names.filter((name) => name.startsWith(prefix) && !/-(wal|shm)$/u.test(name)).map((name) => path.join(path.dirname(file), name));
}
