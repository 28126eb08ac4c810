import { nowSql, type Migration } from './migration';

/**
 * Packs as issue 13 describes them: a pack belongs to a session (dates, place, agenda, the draft
 * revision it is about, a classification marking) and holds ordered sections, each holding
 * ordered items; our position card per article of a revision sits beside the positions.
 * pack_items is rebuilt under sections (SQLite cannot change a CHECK or add a NOT NULL
 * reference in place); items a library already had move into one section per pack.
 * Deletions are soft (deleted_at) so undo brings back exactly what was there.
 */
export const extendPacks: Migration = {
  version: 200,
  name: 'pack sections, items and position cards',
  up(db) {
    db.exec(`
      ALTER TABLE packs ADD COLUMN session_end_date TEXT;
      ALTER TABLE packs ADD COLUMN place TEXT NOT NULL DEFAULT '';
      ALTER TABLE packs ADD COLUMN agenda_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE packs ADD COLUMN revision_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL;
      ALTER TABLE packs ADD COLUMN classification TEXT NOT NULL DEFAULT '';
      ALTER TABLE packs ADD COLUMN template_id TEXT;
      ALTER TABLE packs ADD COLUMN duplicated_from_id INTEGER REFERENCES packs (id) ON DELETE SET NULL;
      ALTER TABLE packs ADD COLUMN deleted_at TEXT;
      CREATE INDEX packs_by_revision ON packs (revision_document_id);
      CREATE INDEX packs_by_duplicated_from ON packs (duplicated_from_id);

      CREATE TABLE pack_sections (
        id                   INTEGER PRIMARY KEY,
        pack_id              INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
        ordinal              REAL NOT NULL,
        kind                 TEXT NOT NULL CHECK (kind IN
                               ('draft-text', 'position-card', 'state-positions', 'precedents', 'annotations', 'notes')),
        title                TEXT NOT NULL DEFAULT '',
        article_label        TEXT,
        revision_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        body_json            TEXT,           -- RichText (common/richText.ts), never HTML
        created_at           TEXT NOT NULL DEFAULT ${nowSql},
        updated_at           TEXT NOT NULL DEFAULT ${nowSql},
        deleted_at           TEXT
      );
      CREATE INDEX pack_sections_by_pack ON pack_sections (pack_id, ordinal);
      CREATE INDEX pack_sections_by_revision ON pack_sections (revision_document_id);

      INSERT INTO pack_sections (pack_id, ordinal, kind, title)
        SELECT DISTINCT pack_id, 1, 'notes', 'Items' FROM pack_items;

      CREATE TABLE pack_items_new (
        id                 INTEGER PRIMARY KEY,
        section_id         INTEGER NOT NULL REFERENCES pack_sections (id) ON DELETE CASCADE,
        ordinal            REAL NOT NULL,
        kind               TEXT NOT NULL CHECK (kind IN
                             ('passage', 'article', 'annotation', 'position', 'precedent', 'comparison', 'note')),
        citation           TEXT NOT NULL DEFAULT '',
        quote              TEXT NOT NULL DEFAULT '',  -- a snapshot: the clip survives its source
        language           TEXT,
        note_json          TEXT,
        source_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        source_page_index  INTEGER,
        passage_id         INTEGER REFERENCES passages (id) ON DELETE SET NULL,
        annotation_id      INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
        position_id        INTEGER REFERENCES positions (id) ON DELETE SET NULL,
        older_document_id  INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        label              TEXT,
        created_at         TEXT NOT NULL DEFAULT ${nowSql},
        deleted_at         TEXT
      );
      INSERT INTO pack_items_new (id, section_id, ordinal, kind, quote, passage_id, annotation_id, position_id)
        SELECT i.id, s.id, i.ordinal,
               CASE i.kind WHEN 'heading' THEN 'note' ELSE i.kind END,
               i.body, i.passage_id, i.annotation_id, i.position_id
        FROM pack_items AS i JOIN pack_sections AS s ON s.pack_id = i.pack_id;
      DROP TABLE pack_items;
      ALTER TABLE pack_items_new RENAME TO pack_items;
      CREATE INDEX pack_items_by_section ON pack_items (section_id, ordinal);
      -- Deleting a document, passage, mark or position looks these up (ON DELETE SET NULL).
      CREATE INDEX pack_items_by_document ON pack_items (source_document_id);
      CREATE INDEX pack_items_by_older_document ON pack_items (older_document_id);
      CREATE INDEX pack_items_by_passage ON pack_items (passage_id);
      CREATE INDEX pack_items_by_annotation ON pack_items (annotation_id);
      CREATE INDEX pack_items_by_position ON pack_items (position_id);

      CREATE TABLE position_cards (
        id                   INTEGER PRIMARY KEY,
        revision_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        article_label        TEXT NOT NULL,
        status               TEXT NOT NULL DEFAULT 'awaiting-instructions'
                               CHECK (status IN ('instructed', 'awaiting-instructions', 'flexible')),
        fields_json          TEXT NOT NULL DEFAULT '{}',
        updated_at           TEXT NOT NULL DEFAULT ${nowSql},
        UNIQUE (revision_document_id, article_label)
      );
    `);
  },
};
