import { nowSql, type Migration } from './migration';

/** Tables whose changes the search index (and later, sync) follows. */
export const journaledTables = ['documents', 'passages', 'positions', 'annotations'] as const;

/**
 * An append-only journal written by triggers, so no code path can change a journaled table
 * without the search index hearing of it. The index keeps the last `seq` it applied.
 */
export const createChangeJournal: Migration = {
  version: 60,
  name: 'create change journal',
  up(db) {
    db.exec(`
      CREATE TABLE change_journal (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        entity     TEXT NOT NULL,
        entity_id  INTEGER NOT NULL,
        operation  TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
        changed_at TEXT NOT NULL DEFAULT ${nowSql}
      );
    `);
    for (const table of journaledTables) db.exec(journalTriggers(table));
  },
};

/** The three triggers that journal a table's inserts, updates and deletes (recreated when a table is rebuilt). */
export function journalTriggers(table: (typeof journaledTables)[number]): string {
  return `
    CREATE TRIGGER ${table}_journal_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO change_journal (entity, entity_id, operation)
      VALUES ('${table}', NEW.id, 'insert');
    END;
    CREATE TRIGGER ${table}_journal_update AFTER UPDATE ON ${table} BEGIN
      INSERT INTO change_journal (entity, entity_id, operation)
      VALUES ('${table}', NEW.id, 'update');
    END;
    CREATE TRIGGER ${table}_journal_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO change_journal (entity, entity_id, operation)
      VALUES ('${table}', OLD.id, 'delete');
    END;
  `;
}
