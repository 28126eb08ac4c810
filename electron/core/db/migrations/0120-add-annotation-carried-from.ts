import type { Migration } from './migration';

/**
 * A carried annotation remembers the annotation it was carried from, also after the user has
 * reviewed it (`carry` is then cleared): bringing marks from the previous revision again must
 * not copy a mark twice. A plain id, not a foreign key: the source may be deleted later.
 */
export const addAnnotationCarriedFrom: Migration = {
  version: 120,
  name: 'add annotations.carried_from',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN carried_from INTEGER;
      UPDATE annotations SET carried_from = json_extract(carry, '$.fromAnnotationId') WHERE carry IS NOT NULL;
      CREATE INDEX annotations_carried_from ON annotations (document_id, carried_from) WHERE carried_from IS NOT NULL;
    `);
  },
};
