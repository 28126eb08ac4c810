import type { Database } from 'better-sqlite3';
import type { TableCounts } from '../../../common/model';

/** Our own tables, by name, as SQLite lists them (internal sqlite_* tables excluded). */
export function listTables(db: Database): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .all()
    .map((row) => row.name);
}

export function countRowsPerTable(db: Database): TableCounts {
  const counts: TableCounts = {};
  for (const table of listTables(db)) {
    // Identifiers cannot be bound; the names come from sqlite_schema, quoted to be safe.
    const row = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get();
    counts[table] = row?.n ?? 0;
  }
  return counts;
}
