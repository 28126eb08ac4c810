import type { Migration } from './migration';

/**
 * A deleted annotation is kept, marked, until the library is next opened, so that Undo can
 * bring back exactly the same annotation (its id, place, carry-over state) whatever it was.
 */
export const addAnnotationDeletedAt: Migration = {
  version: 100,
  name: 'add annotations.deleted_at',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN deleted_at TEXT;
      CREATE INDEX annotations_deleted ON annotations (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};
