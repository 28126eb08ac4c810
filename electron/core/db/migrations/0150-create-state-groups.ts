import { stateCatalogue } from '../../states/stateCatalogue';
import { memberStatesByGroup, presetMembers } from '../../states/stateGroupTables';
import { nowSql, type Migration } from './migration';

/** The Nordic countries (Nordic Council, norden.org): too few to need a data file. */
const nordic = ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'];

/**
 * The negotiating groups a new library starts with, each a preset the user may rename, change
 * or delete. Names in English, like the groups' own usage at the UN; the user renames freely.
 */
const presets: { key: string; name: string; members: readonly string[] }[] = [
  { key: 'african-group', name: 'African Group', members: memberStatesByGroup.African },
  { key: 'arab-group', name: 'Arab Group', members: presetMembers['arab-group'] },
  { key: 'european-union', name: 'European Union', members: presetMembers['european-union'] },
  { key: 'g77', name: 'Group of 77 and China', members: [...presetMembers.g77, 'CHN'] },
  { key: 'nordic', name: 'Nordic countries', members: nordic },
];

/**
 * The 195 States filled in (the 193 Member States with their regional group, and the two
 * observer States), and negotiating groups: named sets of States the user edits.
 */
export const createStateGroups: Migration = {
  version: 150,
  name: 'fill states, create negotiating groups',
  up(db) {
    db.exec(`
      ALTER TABLE states ADD COLUMN observer INTEGER NOT NULL DEFAULT 0 CHECK (observer IN (0, 1));

      CREATE TABLE state_groups (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        preset     TEXT UNIQUE,             -- the preset it started from, or NULL
        created_at TEXT NOT NULL DEFAULT ${nowSql},
        updated_at TEXT NOT NULL DEFAULT ${nowSql}
      );

      CREATE TABLE state_group_members (
        group_id   INTEGER NOT NULL REFERENCES state_groups (id) ON DELETE CASCADE,
        state_code TEXT NOT NULL REFERENCES states (code) ON UPDATE CASCADE,
        PRIMARY KEY (group_id, state_code)
      ) WITHOUT ROWID;
      CREATE INDEX state_group_members_by_state ON state_group_members (state_code);
    `);
    const upsertState = db.prepare(
      `INSERT INTO states (code, name, regional_group, observer) VALUES (?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, regional_group = excluded.regional_group,
         observer = excluded.observer`,
    );
    for (const state of stateCatalogue()) {
      upsertState.run(state.code, state.names.en, state.regionalGroup, state.observer ? 1 : 0);
    }
    const addGroup = db.prepare('INSERT INTO state_groups (name, preset) VALUES (?, ?)');
    const addMember = db.prepare('INSERT INTO state_group_members (group_id, state_code) VALUES (?, ?)');
    for (const preset of presets) {
      const groupId = addGroup.run(preset.name, preset.key).lastInsertRowid;
      for (const code of new Set(preset.members)) addMember.run(groupId, code);
    }
  },
};
