import type { Database } from 'better-sqlite3';

/** A numbered schema step. Versions go in tens so a fix can slot in between. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** SQLite's own clock, as ISO 8601 UTC with milliseconds: sortable as text. */
export const nowSql = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
