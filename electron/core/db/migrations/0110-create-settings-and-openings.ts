import type { Migration } from './migration';

/**
 * The user's preferences (language, theme), kept in the library so that they survive the
 * browser host's changing port (localStorage is per origin) and travel with the data folder;
 * and when each document was last opened, for the Reader's "Recently opened". Openings live
 * in their own table: an update of `documents` is journalled for the search index, and
 * opening a document must not re-index it.
 */
export const createSettingsAndOpenings: Migration = {
  version: 110,
  name: 'create settings and document openings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE document_openings (
        document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        opened_at   TEXT NOT NULL
      );
      CREATE INDEX document_openings_by_time ON document_openings (opened_at DESC);
    `);
  },
};
