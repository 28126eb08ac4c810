import { nowSql, type Migration } from './migration';

/** A draft and its revisions (Rev.1, Rev.2 ...), in order. */
export const createDraftFamilies: Migration = {
  version: 20,
  name: 'create draft families and revisions',
  up(db) {
    db.exec(`
      CREATE TABLE draft_families (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL CHECK (length(title) > 0),
        base_symbol TEXT,                   -- symbol without the /Rev.n suffix
        created_at  TEXT NOT NULL DEFAULT ${nowSql}
      );

      CREATE TABLE draft_revisions (
        family_id       INTEGER NOT NULL REFERENCES draft_families (id) ON DELETE CASCADE,
        revision_number INTEGER NOT NULL CHECK (revision_number >= 0), -- 0 = original
        document_id     INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
        revision_label  TEXT NOT NULL,      -- "Original", "Rev.1" ...
        PRIMARY KEY (family_id, revision_number)
      ) WITHOUT ROWID;
    `);
  },
};
