import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { Position, PositionInput, PositionStance } from '../../../common/model';
import { nowSql } from '../migrations/migration';

interface PositionRow {
  id: number;
  stateCode: string | null;
  groupId: number | null;
  groupName: string | null;
  revisionDocumentId: number | null;
  passageId: number | null;
  targetLabel: string;
  stance: PositionStance;
  summary: string;
  proposedWording: string;
  quote: string;
  sourceDocumentId: number | null;
  sourcePage: number | null;
  sourcePassageId: number | null;
  meeting: string;
  statedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = `p.id, p.state_code AS stateCode, p.group_id AS groupId, g.name AS groupName,
  p.revision_document_id AS revisionDocumentId, p.passage_id AS passageId, p.target_label AS targetLabel,
  p.stance, p.summary, p.proposed_wording AS proposedWording, p.text AS quote,
  p.source_document_id AS sourceDocumentId, p.source_page AS sourcePage, p.source_passage_id AS sourcePassageId, p.meeting, p.stated_on AS statedOn,
  p.created_at AS createdAt, p.updated_at AS updatedAt`;

export interface PositionFilter {
  revisionDocumentId?: number;
  sourceDocumentId?: number;
  stateCode?: string;
  groupId?: number;
}

/** Positions matching every given part of the filter, newest first. */
export function listPositions(db: Database, filter: PositionFilter): Position[] {
  const where: string[] = [];
  const values: (string | number)[] = [];
  const add = (condition: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(condition);
    values.push(value);
  };
  add('p.revision_document_id = ?', filter.revisionDocumentId);
  add('p.source_document_id = ?', filter.sourceDocumentId);
  add('p.state_code = ?', filter.stateCode);
  add('p.group_id = ?', filter.groupId);
  return db
    .prepare<(string | number)[], PositionRow>(
      `SELECT ${columns} FROM positions AS p LEFT JOIN state_groups AS g ON g.id = p.group_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.id DESC`,
    )
    .all(...values)
    .map(toPosition);
}

export function positionById(db: Database, id: number): Position | undefined {
  const row = db
    .prepare<[number], PositionRow>(`SELECT ${columns} FROM positions AS p LEFT JOIN state_groups AS g ON g.id = p.group_id WHERE p.id = ?`)
    .get(id);
  return row && toPosition(row);
}

/** Records a position in one transaction. Errors: see checkPosition. */
export function createPosition(db: Database, input: PositionInput): Position {
  return db.transaction(() => {
    checkPosition(db, input);
    const id = Number(
      db
        .prepare(
          `INSERT INTO positions (state_code, group_id, revision_document_id, passage_id, target_label, stance, summary,
             proposed_wording, text, source_document_id, source_page, meeting, stated_on, source_passage_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...rowValues(db, input)).lastInsertRowid,
    );
    return positionById(db, id)!;
  }).immediate();
}

/**
 * Records several positions in one transaction (the accepted suggestions of the statement
 * linker): all or none. Errors: see checkPosition, for the first position refused.
 */
export function createPositions(db: Database, inputs: readonly PositionInput[]): Position[] {
  return db.transaction(() => inputs.map((input) => createPosition(db, input))).immediate();
}

/** Changes some parts of a position in one transaction. Errors: not-found, and see checkPosition. */
export function updatePosition(db: Database, id: number, patch: Partial<PositionInput>): Position {
  return db.transaction(() => {
    const current = positionById(db, id);
    if (!current) throw new AppError('not-found', 'This position is no longer in the library.');
    const next: PositionInput = { ...inputOf(current), ...patch, source: { ...current.source, ...patch.source } };
    checkPosition(db, next);
    db.prepare(
      `UPDATE positions SET state_code = ?, group_id = ?, revision_document_id = ?, passage_id = ?, target_label = ?,
         stance = ?, summary = ?, proposed_wording = ?, text = ?, source_document_id = ?, source_page = ?, meeting = ?,
         stated_on = ?, source_passage_id = ?, updated_at = ${nowSql}
       WHERE id = ?`,
    ).run(...rowValues(db, next), id);
    return positionById(db, id)!;
  }).immediate();
}

export function deletePosition(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM positions WHERE id = ?').run(id).changes > 0;
}

/**
 * Refuses, with a message that says what to do, a speaker the library does not know, a
 * revision that is not a draft, a source document that is gone, a page it does not have, or a
 * source passage that is not one of its passages.
 */
function checkPosition(db: Database, input: PositionInput): void {
  if (input.speaker.kind === 'state') {
    if (!db.prepare('SELECT 1 FROM states WHERE code = ?').get(input.speaker.code)) {
      throw new AppError('invalid-argument', `${input.speaker.code} is not a code of a UN Member or observer State.`);
    }
  } else if (!db.prepare('SELECT 1 FROM state_groups WHERE id = ?').get(input.speaker.id)) {
    throw new AppError('invalid-argument', 'That group is no longer in the library: choose another speaker.');
  }
  if (input.revisionDocumentId !== null) {
    const kind = db.prepare<[number], string>('SELECT kind FROM documents WHERE id = ?').pluck().get(input.revisionDocumentId);
    if (kind !== 'draft') throw new AppError('invalid-argument', 'A position is on a draft: choose a draft revision of the library.');
  }
  if (input.source.documentId !== null) {
    const pages = db.prepare<[number], number>('SELECT page_count FROM documents WHERE id = ?').pluck().get(input.source.documentId);
    if (pages === undefined) throw new AppError('invalid-argument', 'The source document is no longer in the library.');
    if (input.source.pageIndex !== null && input.source.pageIndex >= pages) {
      throw new AppError('invalid-argument', `The source has ${pages} pages: page ${input.source.pageIndex + 1} is not one of them.`);
    }
  }
  const passageId = input.source.passageId ?? null;
  if (passageId !== null && !db.prepare('SELECT 1 FROM passages WHERE id = ? AND document_id = ?').get(passageId, input.source.documentId)) {
    throw new AppError('invalid-argument', 'The source passage is not one of the source document\'s: record the position from that document again.');
  }
}

function rowValues(db: Database, input: PositionInput): (string | number | null)[] {
  // The passage of the revision with that label, so the position follows the article there.
  const passageId =
    input.revisionDocumentId === null
      ? null
      : (db.prepare<[number, string], number>('SELECT id FROM passages WHERE document_id = ? AND label = ? LIMIT 1').pluck().get(input.revisionDocumentId, input.targetLabel) ??
        null);
  return [
    input.speaker.kind === 'state' ? input.speaker.code : null,
    input.speaker.kind === 'group' ? input.speaker.id : null,
    input.revisionDocumentId,
    passageId,
    input.targetLabel,
    input.stance,
    input.summary,
    input.proposedWording,
    input.quote,
    input.source.documentId,
    input.source.pageIndex,
    input.source.meeting,
    input.source.date,
    input.source.passageId ?? null,
  ];
}

function inputOf(position: Position): PositionInput {
  const { speaker, revisionDocumentId, targetLabel, stance, summary, proposedWording, quote, source } = position;
  return { speaker, revisionDocumentId, targetLabel, stance, summary, proposedWording, quote, source };
}

function toPosition(row: PositionRow): Position {
  return {
    id: row.id,
    speaker: row.stateCode !== null ? { kind: 'state', code: row.stateCode } : { kind: 'group', id: row.groupId! },
    groupName: row.groupName,
    revisionDocumentId: row.revisionDocumentId,
    passageId: row.passageId,
    targetLabel: row.targetLabel,
    stance: row.stance,
    summary: row.summary,
    proposedWording: row.proposedWording,
    quote: row.quote,
    source: { documentId: row.sourceDocumentId, pageIndex: row.sourcePage, passageId: row.sourcePassageId, meeting: row.meeting, date: row.statedOn },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
