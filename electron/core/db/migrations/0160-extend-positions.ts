import { journalTriggers } from './0060-create-change-journal';
import { nowSql, type Migration } from './migration';

/**
 * Positions as delegations record them: by a State or by a negotiating group (exactly one), on
 * an article or paragraph of a draft revision, with a stance, a short summary, the wording
 * proposed, the words quoted and where they were said (document, page, meeting, date).
 * SQLite cannot relax NOT NULL on state_code in place, so the table is rebuilt (the steps of
 * https://www.sqlite.org/lang_altertable.html#otheralter); dropping the old table sets
 * pack_items.position_id to NULL (its ON DELETE action), so those links are kept aside and put
 * back.
 */
export const extendPositions: Migration = {
  version: 160,
  name: 'positions by State or group, on a revision, with summary, wording and meeting',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE kept_pack_positions AS
        SELECT id, position_id FROM pack_items WHERE position_id IS NOT NULL;

      CREATE TABLE positions_rebuilt (
        id                   INTEGER PRIMARY KEY,
        state_code           TEXT REFERENCES states (code) ON UPDATE CASCADE,
        group_id             INTEGER REFERENCES state_groups (id) ON DELETE CASCADE,
        revision_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        passage_id           INTEGER REFERENCES passages (id) ON DELETE SET NULL,
        target_label         TEXT NOT NULL,   -- kept so a position outlives its passage
        stance               TEXT NOT NULL CHECK (stance IN
                               ('supports', 'opposes', 'amends', 'reserves', 'questions', 'neutral')),
        summary              TEXT NOT NULL DEFAULT '',
        proposed_wording     TEXT NOT NULL DEFAULT '',
        text                 TEXT NOT NULL,   -- the words quoted from the source ('' when typed)
        source_document_id   INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        source_page          INTEGER,
        source_note          TEXT,
        meeting              TEXT NOT NULL DEFAULT '',
        stated_on            TEXT,            -- ISO 8601 date
        created_at           TEXT NOT NULL DEFAULT ${nowSql},
        updated_at           TEXT NOT NULL DEFAULT ${nowSql},
        CHECK ((state_code IS NULL) <> (group_id IS NULL))
      );
      INSERT INTO positions_rebuilt (id, state_code, passage_id, target_label, stance, text,
          source_document_id, source_page, source_note, stated_on, created_at, updated_at)
        SELECT id, state_code, passage_id, target_label, stance, text,
          source_document_id, source_page, source_note, stated_on, created_at, updated_at
        FROM positions;
      DROP TABLE positions;
      ALTER TABLE positions_rebuilt RENAME TO positions;
      CREATE INDEX positions_by_passage ON positions (passage_id);
      CREATE INDEX positions_by_state ON positions (state_code);
      CREATE INDEX positions_by_group ON positions (group_id);
      CREATE INDEX positions_by_source ON positions (source_document_id);
      CREATE INDEX positions_by_revision ON positions (revision_document_id, target_label);
      ${journalTriggers('positions')}

      UPDATE pack_items SET position_id = (SELECT kept.position_id FROM kept_pack_positions AS kept WHERE kept.id = pack_items.id)
        WHERE id IN (SELECT id FROM kept_pack_positions);
      DROP TABLE kept_pack_positions;
    `);
  },
};
