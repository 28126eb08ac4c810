import { nowSql, type Migration } from './migration';

/** Documents, their text per page and their citable passages. */
export const createDocuments: Migration = {
  version: 10,
  name: 'create documents, pages and passages',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id                 INTEGER PRIMARY KEY,
        kind               TEXT NOT NULL CHECK (kind IN ('draft', 'instrument', 'statement')),
        title              TEXT NOT NULL CHECK (length(title) > 0),
        symbol             TEXT,            -- UN document symbol, e.g. A/CN.4/L.935
        document_date      TEXT,            -- ISO 8601 date
        language           TEXT,            -- BCP 47 tag: en, fr, es, ru, ar, zh
        original_file_name TEXT,
        sha256             TEXT UNIQUE CHECK (sha256 IS NULL OR length(sha256) = 64),
        file_size          INTEGER,
        media_type         TEXT,
        page_count         INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
        status             TEXT NOT NULL DEFAULT 'ready'
                             CHECK (status IN ('importing', 'ready', 'failed')),
        created_at         TEXT NOT NULL DEFAULT ${nowSql},
        updated_at         TEXT NOT NULL DEFAULT ${nowSql}
      );
      CREATE INDEX documents_by_created ON documents (created_at DESC, id DESC);
      CREATE INDEX documents_by_kind_created ON documents (kind, created_at DESC, id DESC);

      CREATE TABLE pages (
        document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_index     INTEGER NOT NULL CHECK (page_index >= 0),
        text           TEXT NOT NULL,
        has_text_layer INTEGER NOT NULL DEFAULT 1 CHECK (has_text_layer IN (0, 1)),
        width          REAL,               -- PDF points
        height         REAL,
        PRIMARY KEY (document_id, page_index)
      ) WITHOUT ROWID;

      CREATE TABLE passages (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        parent_id    INTEGER REFERENCES passages (id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,      -- reading order within the document
        level        TEXT NOT NULL CHECK (level IN ('preamble', 'part', 'chapter', 'section',
                       'article', 'paragraph', 'subparagraph', 'chunk')),
        label        TEXT NOT NULL,         -- citable, e.g. "Art. 7(1)(h)"
        heading      TEXT,
        text         TEXT NOT NULL,
        start_page   INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,      -- offsets into pages.text
        end_page     INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        CHECK (end_page >= start_page)
      );
      CREATE INDEX passages_by_document ON passages (document_id, ordinal);
      CREATE INDEX passages_by_parent ON passages (parent_id);
    `);
  },
};
