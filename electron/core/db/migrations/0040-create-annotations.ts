import { nowSql, type Migration } from './migration';

/** The user's marks on documents, and the colours whose meanings they can rename. */
export const createAnnotations: Migration = {
  version: 40,
  name: 'create annotation colours and annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotation_colours (
        key     TEXT PRIMARY KEY,
        label   TEXT NOT NULL,
        hex     TEXT NOT NULL CHECK (hex GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        ordinal INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO annotation_colours (key, label, hex, ordinal) VALUES
        ('key', 'Key', '#ffd400', 1),
        ('support', 'Support', '#5fb236', 2),
        ('oppose', 'Oppose', '#ff6666', 3),
        ('question', 'Question', '#2ea8e5', 4);

      CREATE TABLE annotations (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL CHECK (page_index >= 0),
        kind        TEXT NOT NULL CHECK (kind IN
                      ('highlight', 'underline', 'strikeout', 'note', 'comment', 'area')),
        colour      TEXT NOT NULL REFERENCES annotation_colours (key) ON UPDATE CASCADE,
        note        TEXT NOT NULL DEFAULT '',
        tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        -- W3C Web Annotation selectors: rectangles in PDF space, TextQuote, TextPosition
        anchor      TEXT NOT NULL CHECK (json_valid(anchor)),
        created_at  TEXT NOT NULL DEFAULT ${nowSql},
        updated_at  TEXT NOT NULL DEFAULT ${nowSql}
      );
      CREATE INDEX annotations_by_document ON annotations (document_id, page_index);
    `);
  },
};
