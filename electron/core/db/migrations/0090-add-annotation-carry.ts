import type { Migration } from './migration';

/**
 * Annotations carried over from an earlier revision of a draft remember where they came from
 * and how well their text was found again (JSON: status, previous quote, word diff), until the
 * user has looked at them.
 */
export const addAnnotationCarry: Migration = {
  version: 90,
  name: 'add annotations.carry',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN carry TEXT CHECK (carry IS NULL OR json_valid(carry));
      CREATE INDEX annotations_carry ON annotations (document_id) WHERE carry IS NOT NULL;
    `);
  },
};
