import type { Database, Statement } from 'better-sqlite3';

const byDatabase = new WeakMap<Database, Map<string, Statement<unknown[], unknown>>>();

/**
 * `db.prepare(sql)`, compiled once per database and kept: preparing costs SQLite a parse and
 * a plan (tens of microseconds), which a search pays on every keystroke otherwise. For
 * statements whose text is fixed; SQL built from data would grow the cache without bound.
 * better-sqlite3 statements are reusable until their database closes (its docs, "Statement").
 */
export function prepared<Parameters extends unknown[] = unknown[], Row = unknown>(
  db: Database,
  sql: string,
): Statement<Parameters, Row> {
  let statements = byDatabase.get(db);
  if (!statements) {
    statements = new Map();
    byDatabase.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Statement<Parameters, Row>;
}
