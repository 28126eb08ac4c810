import { nowSql, type Migration } from './migration';

/** Briefing packs for a session, and what goes in them, in order. */
export const createPacks: Migration = {
  version: 50,
  name: 'create packs and pack items',
  up(db) {
    db.exec(`
      CREATE TABLE packs (
        id           INTEGER PRIMARY KEY,
        title        TEXT NOT NULL CHECK (length(title) > 0),
        session_name TEXT,
        session_date TEXT,                  -- ISO 8601 date
        created_at   TEXT NOT NULL DEFAULT ${nowSql},
        updated_at   TEXT NOT NULL DEFAULT ${nowSql}
      );

      CREATE TABLE pack_items (
        id            INTEGER PRIMARY KEY,
        pack_id       INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
        ordinal       REAL NOT NULL,        -- REAL so an item can move between two others
        kind          TEXT NOT NULL CHECK (kind IN
                        ('heading', 'passage', 'position', 'annotation', 'note')),
        passage_id    INTEGER REFERENCES passages (id) ON DELETE SET NULL,
        position_id   INTEGER REFERENCES positions (id) ON DELETE SET NULL,
        annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
        body          TEXT NOT NULL DEFAULT '' -- heading text, our note, or a snapshot
      );
      CREATE INDEX pack_items_by_pack ON pack_items (pack_id, ordinal);
    `);
  },
};
