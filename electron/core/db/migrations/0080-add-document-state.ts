import type { Migration } from './migration';

/** The State a statement is by, so that search can filter state:FRA. */
export const addDocumentState: Migration = {
  version: 80,
  name: 'add documents.state_code',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN state_code TEXT
        CHECK (state_code IS NULL OR (length(state_code) = 3 AND state_code = upper(state_code)));
    `);
  },
};
