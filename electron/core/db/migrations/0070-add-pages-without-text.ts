import type { Migration } from './migration';

/**
 * How many pages of a document have no text layer (scans), kept on the document so the
 * library list can flag "not searchable" without counting pages on every listing.
 */
export const addPagesWithoutText: Migration = {
  version: 70,
  name: 'add documents.pages_without_text',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN pages_without_text INTEGER NOT NULL DEFAULT 0
        CHECK (pages_without_text >= 0);
      UPDATE documents SET pages_without_text =
        (SELECT count(*) FROM pages WHERE pages.document_id = documents.id AND has_text_layer = 0);
    `);
  },
};
