import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { StateGroup } from '../../../common/model';
import { nowSql } from '../migrations/migration';

interface GroupRow {
  id: number;
  name: string;
  preset: string | null;
  members: string | null;
}

const groupColumns = `g.id, g.name, g.preset,
  (SELECT group_concat(state_code, ',') FROM (SELECT state_code FROM state_group_members
     WHERE group_id = g.id ORDER BY state_code)) AS members`;

/** The negotiating groups, by name (case and accents as SQLite's NOCASE sees them). */
export function listStateGroups(db: Database): StateGroup[] {
  return db.prepare<[], GroupRow>(`SELECT ${groupColumns} FROM state_groups AS g ORDER BY g.name COLLATE NOCASE`).all().map(toGroup);
}

export function stateGroupById(db: Database, id: number): StateGroup | undefined {
  const row = db.prepare<[number], GroupRow>(`SELECT ${groupColumns} FROM state_groups AS g WHERE g.id = ?`).get(id);
  return row && toGroup(row);
}

/**
 * Creates a group with its members in one transaction. Errors: conflict when another group
 * has the name (in any case), invalid-argument for a code that is not one of the 195 States.
 */
export function createStateGroup(db: Database, name: string, members: readonly string[]): StateGroup {
  return db.transaction(() => {
    refuseTakenName(db, name, undefined);
    const id = Number(db.prepare('INSERT INTO state_groups (name) VALUES (?)').run(name).lastInsertRowid);
    writeMembers(db, id, members);
    return stateGroupById(db, id)!;
  }).immediate();
}

/** Renames a group and/or replaces its members, in one transaction. Errors as createStateGroup, and not-found. */
export function updateStateGroup(db: Database, id: number, patch: { name?: string; members?: readonly string[] }): StateGroup {
  return db.transaction(() => {
    if (!stateGroupById(db, id)) throw new AppError('not-found', 'This group is no longer in the library.');
    if (patch.name !== undefined) {
      refuseTakenName(db, patch.name, id);
      db.prepare(`UPDATE state_groups SET name = ?, updated_at = ${nowSql} WHERE id = ?`).run(patch.name, id);
    }
    if (patch.members !== undefined) {
      db.prepare('DELETE FROM state_group_members WHERE group_id = ?').run(id);
      writeMembers(db, id, patch.members);
      db.prepare(`UPDATE state_groups SET updated_at = ${nowSql} WHERE id = ?`).run(id);
    }
    return stateGroupById(db, id)!;
  }).immediate();
}

export function deleteStateGroup(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM state_groups WHERE id = ?').run(id).changes > 0;
}

function refuseTakenName(db: Database, name: string, ownId: number | undefined): void {
  const other = db.prepare<[string], { id: number }>('SELECT id FROM state_groups WHERE name = ? COLLATE NOCASE').get(name);
  if (other && other.id !== ownId) throw new AppError('conflict', `There is already a group called "${name}": choose another name.`);
}

function writeMembers(db: Database, groupId: number, members: readonly string[]): void {
  const known = db.prepare<[string], { code: string }>('SELECT code FROM states WHERE code = ?');
  const add = db.prepare('INSERT OR IGNORE INTO state_group_members (group_id, state_code) VALUES (?, ?)');
  for (const code of members) {
    if (!known.get(code)) throw new AppError('invalid-argument', `${code} is not a code of a UN Member or observer State.`);
    add.run(groupId, code);
  }
}

function toGroup(row: GroupRow): StateGroup {
  return { id: row.id, name: row.name, preset: row.preset, members: row.members ? row.members.split(',') : [] };
}
