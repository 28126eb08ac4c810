import { nowSql, type Migration } from './migration';

/** States and who said what on which passage. */
export const createPositions: Migration = {
  version: 30,
  name: 'create states and positions',
  up(db) {
    db.exec(`
      CREATE TABLE states (
        code           TEXT PRIMARY KEY CHECK (length(code) = 3 AND code = upper(code)),
        name           TEXT NOT NULL,
        regional_group TEXT CHECK (regional_group IS NULL OR regional_group IN
                         ('African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'))
      ) WITHOUT ROWID;

      CREATE TABLE positions (
        id                 INTEGER PRIMARY KEY,
        state_code         TEXT NOT NULL REFERENCES states (code) ON UPDATE CASCADE,
        passage_id         INTEGER REFERENCES passages (id) ON DELETE SET NULL,
        target_label       TEXT NOT NULL,   -- kept so a position outlives its passage
        stance             TEXT NOT NULL CHECK (stance IN
                             ('supports', 'opposes', 'amends', 'reserves', 'questions', 'neutral')),
        text               TEXT NOT NULL,
        source_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        source_page        INTEGER,
        source_note        TEXT,
        stated_on          TEXT,            -- ISO 8601 date
        created_at         TEXT NOT NULL DEFAULT ${nowSql},
        updated_at         TEXT NOT NULL DEFAULT ${nowSql}
      );
      CREATE INDEX positions_by_passage ON positions (passage_id);
      CREATE INDEX positions_by_state ON positions (state_code);
      CREATE INDEX positions_by_source ON positions (source_document_id);
    `);
  },
};
