/**
 * Our delegation's card per article of a draft revision (migration 0200: position_cards). A
 * revision without its own card on an article shows the newest card written for that article
 * in an earlier revision of its family, marked carried, until the delegate saves one for it.
 */
import type { Database } from 'better-sqlite3';
import { parseCitation } from '../../../common/citations';
import { AppError } from '../../../common/errors';
import type { PositionCard, PositionCardInput, PositionCardStatus } from '../../../common/packs';
import { nowSql } from '../migrations/migration';

interface CardRow {
  revisionDocumentId: number;
  articleLabel: string;
  status: PositionCardStatus;
  fieldsJson: string;
  updatedAt: string;
}

/** "6", "art. 6", "Article 6" are all "Art. 6", the import's label; anything else is kept as typed. */
export function normalArticleLabel(label: string): string {
  return parseCitation(label)?.label ?? label.trim();
}

function toCard(row: CardRow, asked: number): PositionCard {
  return {
    revisionDocumentId: asked,
    articleLabel: row.articleLabel,
    status: row.status,
    fields: JSON.parse(row.fieldsJson) as PositionCard['fields'],
    carriedFromDocumentId: row.revisionDocumentId === asked ? null : row.revisionDocumentId,
    updatedAt: row.updatedAt,
  };
}

/** The revisions of the family `documentId` is in up to and including it, newest first ([documentId] alone outside a family). */
function revisionAndEarlier(db: Database, documentId: number): number[] {
  const ids = db
    .prepare<[number, number], number>(
      `SELECT r.document_id FROM draft_revisions AS r JOIN draft_revisions AS me ON me.family_id = r.family_id
        WHERE me.document_id = ? AND r.ordinal <= (SELECT ordinal FROM draft_revisions WHERE document_id = ?) ORDER BY r.ordinal DESC`,
    )
    .pluck()
    .all(documentId, documentId);
  return ids.length > 0 ? ids : [documentId];
}

function checkDraft(db: Database, documentId: number): void {
  const kind = db.prepare<[number], string>('SELECT kind FROM documents WHERE id = ?').pluck().get(documentId);
  if (kind === undefined) throw new AppError('not-found', 'This draft revision is no longer in the library; choose another.');
  if (kind !== 'draft') throw new AppError('invalid-argument', 'A position card is on an article of a draft: choose a document of kind draft.');
}

/** The card shown for an article of a revision (its own, else carried), or null. Errors: not-found. */
export function cardFor(db: Database, revisionDocumentId: number, articleLabel: string): PositionCard | null {
  checkDraft(db, revisionDocumentId);
  const label = normalArticleLabel(articleLabel);
  const find = db.prepare<[number, string], CardRow>(
    `SELECT revision_document_id AS revisionDocumentId, article_label AS articleLabel, status, fields_json AS fieldsJson, updated_at AS updatedAt
       FROM position_cards WHERE revision_document_id = ? AND article_label = ?`,
  );
  for (const documentId of revisionAndEarlier(db, revisionDocumentId)) {
    const row = find.get(documentId, label);
    if (row) return toCard(row, revisionDocumentId);
  }
  return null;
}

/**
 * Writes the card for this revision (fields given replace those fields; others are kept, from a
 * carried card too), in one transaction. Errors: not-found, invalid-argument.
 */
export function saveCard(db: Database, revisionDocumentId: number, articleLabel: string, patch: Partial<PositionCardInput>): PositionCard {
  return db.transaction(() => {
    const label = normalArticleLabel(articleLabel);
    const current = cardFor(db, revisionDocumentId, label);
    const status = patch.status ?? current?.status ?? 'awaiting-instructions';
    const fields = { ...current?.fields, ...patch.fields };
    db.prepare(
      `INSERT INTO position_cards (revision_document_id, article_label, status, fields_json) VALUES (?, ?, ?, ?)
       ON CONFLICT (revision_document_id, article_label) DO UPDATE SET status = excluded.status, fields_json = excluded.fields_json, updated_at = ${nowSql}`,
    ).run(revisionDocumentId, label, status, JSON.stringify(fields));
    return cardFor(db, revisionDocumentId, label)!;
  }).immediate();
}

/** The status of each article's card on a revision, its own or carried from an earlier revision, by article label. Errors: not-found. */
export function cardStatuses(db: Database, revisionDocumentId: number): Record<string, PositionCardStatus> {
  checkDraft(db, revisionDocumentId);
  const statuses: Record<string, PositionCardStatus> = {};
  const rows = db.prepare<[number], { articleLabel: string; status: PositionCardStatus }>('SELECT article_label AS articleLabel, status FROM position_cards WHERE revision_document_id = ?');
  // Oldest first, so a newer revision's card overrides a carried one.
  for (const documentId of revisionAndEarlier(db, revisionDocumentId).toReversed()) {
    for (const row of rows.all(documentId)) statuses[row.articleLabel] = row.status;
  }
  return statuses;
}
