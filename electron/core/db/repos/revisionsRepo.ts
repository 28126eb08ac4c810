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
      WHERE r.family_id = ? ORDER BY r.ordinal`,
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

/** Where to file a draft: a family (an existing one by id, or a new one by title), its label there, and the revision it follows (null: first). */
export interface FamilyFiling {
  documentId: number;
  family: { id: number } | { title: string };
  revisionLabel: string;
  after: number | null;
}

/**
 * Files a draft in a family by hand (the base text, a compilation of amendments, the Chair's
 * text …) or moves it there, placed after `after` (first when null) without renumbering the
 * others: its ordinal is halfway to the next one. A draft moved within its family keeps its
 * /Rev.n; one filed in another family is by hand (no number). One transaction. Errors:
 * not-found for the document or family; invalid-argument for a document that is not a draft,
 * an empty label, or an `after` outside the family.
 */
export function fileInFamily(db: Database, filing: FamilyFiling): DraftFamily {
  return db.transaction(() => {
    const document = prepared(db, 'SELECT kind FROM documents WHERE id = ?').get(filing.documentId) as { kind: string } | undefined;
    if (!document) throw new AppError('not-found', 'This document is no longer in the library; nothing was filed.');
    if (document.kind !== 'draft') throw new AppError('invalid-argument', 'Only drafts are filed in draft families: change its kind to draft first (Edit details).');
    const label = filing.revisionLabel.trim();
    if (!label) throw new AppError('invalid-argument', 'Give the revision a label, such as "Chair\'s text" or "Rev.2".');
    const familyId = 'id' in filing.family ? filing.family.id : Number(prepared(db, 'INSERT INTO draft_families (title) VALUES (?)').run(filing.family.title.trim()).lastInsertRowid);
    if (!prepared(db, 'SELECT 1 FROM draft_families WHERE id = ?').get(familyId)) throw new AppError('not-found', 'That draft family is no longer in the library; choose another.');
    const before = prepared(db, 'SELECT family_id AS familyId, revision_number AS revisionNumber FROM draft_revisions WHERE document_id = ?').get(filing.documentId) as
      | { familyId: number; revisionNumber: number | null }
      | undefined;
    prepared(db, 'DELETE FROM draft_revisions WHERE document_id = ?').run(filing.documentId);
    const places = prepared(db, 'SELECT document_id AS documentId, ordinal FROM draft_revisions WHERE family_id = ? ORDER BY ordinal').all(familyId) as { documentId: number; ordinal: number }[];
    const at = filing.after === null ? -1 : places.findIndex((place) => place.documentId === filing.after);
    if (filing.after !== null && at < 0) throw new AppError('invalid-argument', 'The revision it should follow is not in that family; choose one of its revisions.');
    const previous = at >= 0 ? places[at].ordinal : undefined;
    const next = places[at + 1]?.ordinal;
    const ordinal = previous === undefined ? (next === undefined ? 0 : next - 1) : next === undefined ? previous + 1 : (previous + next) / 2;
    const revisionNumber = before?.familyId === familyId ? before.revisionNumber : null;
    prepared(db, 'INSERT INTO draft_revisions (document_id, family_id, revision_number, revision_label, ordinal) VALUES (?, ?, ?, ?, ?)').run(filing.documentId, familyId, revisionNumber, label, ordinal);
    if (before && before.familyId !== familyId) removeEmptyFamily(db, before.familyId);
    return familyOf(db, filing.documentId)!;
  }).immediate();
}

/** Takes a draft out of its family (the document stays in the library); a family left empty goes too. */
export function removeFromFamily(db: Database, documentId: number): boolean {
  return db.transaction(() => {
    const row = prepared(db, 'SELECT family_id AS familyId FROM draft_revisions WHERE document_id = ?').get(documentId) as { familyId: number } | undefined;
    if (!row) return false;
    prepared(db, 'DELETE FROM draft_revisions WHERE document_id = ?').run(documentId);
    removeEmptyFamily(db, row.familyId);
    return true;
  }).immediate();
}

function removeEmptyFamily(db: Database, familyId: number): void {
  prepared(db, 'DELETE FROM draft_families WHERE id = ? AND NOT EXISTS (SELECT 1 FROM draft_revisions WHERE family_id = ?)').run(familyId, familyId);
}

/** Every draft family, by title, each with its revisions in order. */
export function listFamilies(db: Database): DraftFamily[] {
  const families = prepared(db, 'SELECT id, title FROM draft_families ORDER BY title COLLATE NOCASE, id').all() as { id: number; title: string }[];
  const revisions = prepared(
    db,
    `SELECT r.family_id AS familyId, r.document_id AS documentId, d.title, d.symbol, r.revision_number AS revisionNumber, r.revision_label AS revisionLabel
       FROM draft_revisions AS r JOIN documents AS d ON d.id = r.document_id ORDER BY r.family_id, r.ordinal`,
  ).all() as (DraftFamily['revisions'][number] & { familyId: number })[];
  return families.map((family) => ({ ...family, revisions: revisions.filter((revision) => revision.familyId === family.id).map(({ familyId: _family, ...revision }) => revision) }));
}
