import type { Migration } from './migration';

/**
 * The passage of the source a position's words come from ("Para. 3" of a statement), beside
 * its page: the statement linker records one position per paragraph, and the link back opens
 * the statement at that paragraph. Indexed, because deleting a document deletes its passages
 * and SQLite then looks up the positions pointing at each (ON DELETE SET NULL). Numbered after
 * 0180 (drafts' order in their family): a library already at 180 must still receive it.
 */
export const addPositionSourcePassage: Migration = {
  version: 190,
  name: 'position source passage',
  up(db) {
    db.exec(`
      ALTER TABLE positions ADD COLUMN source_passage_id INTEGER REFERENCES passages (id) ON DELETE SET NULL;
      CREATE INDEX positions_by_source_passage ON positions (source_passage_id);
    `);
  },
};
