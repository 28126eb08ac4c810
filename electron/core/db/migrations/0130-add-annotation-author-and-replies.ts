import type { Migration } from './migration';

/**
 * Who made each mark (another reader's author, XFDF `title`; or the author name in Settings),
 * and the replies to it that came with another reader's file (JSON: author, text, createdAt),
 * shown under their mark instead of as separate notes.
 */
export const addAnnotationAuthorAndReplies: Migration = {
  version: 130,
  name: 'add annotations.author and annotations.replies',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN author TEXT CHECK (author IS NULL OR length(author) <= 200);
      ALTER TABLE annotations ADD COLUMN replies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(replies));
    `);
  },
};
