import type { Migration } from './migration';

/**
 * A draft family holds more than its /Rev.n symbols: the base text, a compilation of
 * amendments, the Chair's text … filed by hand, in the order the negotiation produced them.
 * Each revision gets its place (`ordinal`, a real number, so a text can be put between two
 * others without renumbering), and `revision_number` becomes the symbol's /Rev.n when there is
 * one (NULL for a text filed by hand). SQLite cannot change a primary key in place, so the
 * table is rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter); nothing refers to it.
 */
export const orderDraftRevisions: Migration = {
  version: 180,
  name: 'draft revisions in an order of their own, and texts filed by hand',
  up(db) {
    db.exec(`
      CREATE TABLE draft_revisions_rebuilt (
        document_id     INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        family_id       INTEGER NOT NULL REFERENCES draft_families (id) ON DELETE CASCADE,
        revision_number INTEGER CHECK (revision_number >= 0), -- the symbol's /Rev.n, 0 = original; NULL when filed by hand
        revision_label  TEXT NOT NULL CHECK (length(revision_label) > 0),
        ordinal         REAL NOT NULL,                         -- the place in the family
        UNIQUE (family_id, revision_number)
      );
      INSERT INTO draft_revisions_rebuilt (document_id, family_id, revision_number, revision_label, ordinal)
        SELECT document_id, family_id, revision_number, revision_label, revision_number FROM draft_revisions;
      DROP TABLE draft_revisions;
      ALTER TABLE draft_revisions_rebuilt RENAME TO draft_revisions;
      CREATE INDEX draft_revisions_in_order ON draft_revisions (family_id, ordinal);
    `);
  },
};
