import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { CompilationMatrix, MatrixCell, MatrixColumn, MatrixRow, PassageLevel, PositionStance } from '../../common/model';
import { stateByCode } from '../states/stateCatalogue';

/** The passages a delegation takes positions on: articles and their paragraphs. */
const rowLevels: ReadonlySet<PassageLevel> = new Set(['article', 'paragraph', 'subparagraph']);

/**
 * Who said what on each article and paragraph of a draft revision: rows in the revision's
 * reading order (then, at the end, labels positions cite that the revision lacks), columns the
 * States and groups with positions on it, by name; each cell counts the positions per stance.
 * Errors: not-found when the revision is not a draft of the library.
 */
export function compilationMatrix(db: Database, revisionDocumentId: number): CompilationMatrix {
  const kind = db.prepare<[number], string>('SELECT kind FROM documents WHERE id = ?').pluck().get(revisionDocumentId);
  if (kind !== 'draft') throw new AppError('not-found', 'This draft revision is no longer in the library.');
  const rows: MatrixRow[] = db
    .prepare<[number], { passageId: number; label: string; level: PassageLevel }>(
      'SELECT id AS passageId, label, level FROM passages WHERE document_id = ? ORDER BY ordinal',
    )
    .all(revisionDocumentId)
    .filter((row) => rowLevels.has(row.level));
  // Only what the cells need, oldest first: a revision may have some 20,000 positions.
  const positions = db
    .prepare<[number], CountedPosition>(
      `SELECT p.id, p.state_code AS stateCode, p.group_id AS groupId, g.name AS groupName, p.target_label AS targetLabel, p.stance
       FROM positions AS p LEFT JOIN state_groups AS g ON g.id = p.group_id
       WHERE p.revision_document_id = ? ORDER BY p.id`,
    )
    .all(revisionDocumentId);
  const known = new Set(rows.map((row) => row.label));
  for (const position of positions) {
    if (known.has(position.targetLabel)) continue;
    known.add(position.targetLabel);
    rows.push({ label: position.targetLabel, passageId: null, level: null });
  }
  const columns = new Map<string, MatrixColumn>();
  const cells = new Map<string, MatrixCell>();
  for (const position of positions) {
    const column = columnOf(position);
    columns.set(column.key, column);
    const key = `${position.targetLabel}\u0000${column.key}`;
    const cell = cells.get(key) ?? { label: position.targetLabel, column: column.key, counts: {}, positionIds: [] };
    cell.counts[position.stance] = (cell.counts[position.stance] ?? 0) + 1;
    cell.positionIds.push(position.id);
    cells.set(key, cell);
  }
  const collator = new Intl.Collator('en');
  return {
    revisionDocumentId,
    rows,
    columns: [...columns.values()].toSorted((left, right) => collator.compare(left.name, right.name)),
    cells: [...cells.values()],
  };
}

/** A position as the matrix counts it: who, on which label, which stance. */
export interface CountedPosition {
  id: number;
  stateCode: string | null;
  groupId: number | null;
  groupName: string | null;
  targetLabel: string;
  stance: PositionStance;
}

function columnOf(position: CountedPosition): MatrixColumn {
  if (position.stateCode === null) {
    return { key: `group:${position.groupId}`, speaker: { kind: 'group', id: position.groupId! }, name: position.groupName ?? '', regionalGroup: null };
  }
  const code = position.stateCode;
  const state = stateByCode(code);
  return { key: `state:${code}`, speaker: { kind: 'state', code }, name: state?.names.en ?? code, regionalGroup: state?.regionalGroup ?? null };
}
