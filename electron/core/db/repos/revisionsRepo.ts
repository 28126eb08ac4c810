/**
 * What compare reads from the library: a draft's family with its revisions in order, and a
 * document's description as a compared revision.
 */
import type { Database } from 'better-sqlite3';
import type { ComparedRevision, DraftFamily } from '../../../common/model';
import { AppError } from '../../../common/errors';
import { prepared } from '../preparedStatements';

/** The family `documentId` is filed in, revisions in order; null for a draft filed in none. Errors: not-found. */
export function familyOf(db: Database, documentId: number): DraftFamily | null {
  describeRevision(db, documentId);
  const family = prepared(db, 'SELECT f.id, f.title FROM draft_revisions AS r JOIN draft_families AS f ON f.id = r.family_id WHERE r.document_id = ?').get(documentId) as
    | { id: number; title: string }
    | undefined;
  if (!family) return null;
  const revisions = prepared(
    db,
    `SELECT r.document_id AS documentId, d.title, d.symbol, r.revision_number AS revisionNumber, r.revision_label AS revisionLabel
       FROM draft_revisions AS r JOIN documents AS d ON d.id = r.document_id
      WHERE r.family_id = ? ORDER BY r.revision_number`,
  ).all(family.id) as DraftFamily['revisions'];
  return { id: family.id, title: family.title, revisions };
}

/** A document as one side of a comparison. Errors: not-found when the library lacks it. */
export function describeRevision(db: Database, documentId: number): ComparedRevision {
  const row = prepared(
    db,
    `SELECT d.id AS documentId, d.title, d.symbol, r.revision_label AS revisionLabel
       FROM documents AS d LEFT JOIN draft_revisions AS r ON r.document_id = d.id WHERE d.id = ?`,
  ).get(documentId) as ComparedRevision | undefined;
  if (!row) throw new AppError('not-found', `Document ${documentId} is not in the library (it may have been deleted); choose the revisions again.`);
  return row;
}
