import type { Database } from 'better-sqlite3';
import type {
  DocumentKind,
  DocumentMetadataPatch,
  DocumentStatus,
  DocumentSummary,
} from '../../../common/model';

interface DocumentRow {
  id: number;
  kind: DocumentKind;
  title: string;
  symbol: string | null;
  document_date: string | null;
  language: string | null;
  original_file_name: string | null;
  page_count: number;
  pages_without_text: number;
  state_code: string | null;
  status: DocumentStatus;
  created_at: string;
  family_id: number | null;
  family_title: string | null;
  base_symbol: string | null;
  revision_number: number | null;
  revision_label: string | null;
  ordinal: number | null;
  opened_at: string | null;
}

// A document with its draft family (if filed in one) and when it was last opened: each join
// is by a unique key, so the listing stays one pass over documents_by_created.
const summaryFrom = `SELECT d.id, d.kind, d.title, d.symbol, d.document_date, d.language,
    d.original_file_name, d.page_count, d.pages_without_text, d.state_code, d.status, d.created_at,
    r.family_id, f.title AS family_title, f.base_symbol, r.revision_number, r.revision_label, r.ordinal,
    o.opened_at
  FROM documents d
  LEFT JOIN draft_revisions r ON r.document_id = d.id
  LEFT JOIN draft_families f ON f.id = r.family_id
  LEFT JOIN document_openings o ON o.document_id = d.id`;

export const listDocumentsSql = {
  all: `${summaryFrom} ORDER BY d.created_at DESC, d.id DESC`,
  byKind: `${summaryFrom} WHERE d.kind = ? ORDER BY d.created_at DESC, d.id DESC`,
};

export function listDocuments(db: Database, filter: { kind?: DocumentKind }): DocumentSummary[] {
  const rows = filter.kind
    ? db.prepare<[string], DocumentRow>(listDocumentsSql.byKind).all(filter.kind)
    : db.prepare<[], DocumentRow>(listDocumentsSql.all).all();
  return rows.map(toSummary);
}

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  symbol?: string | null;
  documentDate?: string | null;
  language?: string | null;
  originalFileName?: string | null;
  sha256?: string | null;
  fileSize?: number | null;
  mediaType?: string | null;
  pageCount?: number;
  pagesWithoutText?: number;
  status?: DocumentStatus;
  /** For a State's statement: ISO 3166-1 alpha-3. */
  stateCode?: string | null;
}

export function insertDocument(db: Database, document: NewDocument): number {
  const result = db
    .prepare(
      `INSERT INTO documents (kind, title, symbol, document_date, language, original_file_name,
         sha256, file_size, media_type, page_count, pages_without_text, status, state_code)
       VALUES (@kind, @title, @symbol, @documentDate, @language, @originalFileName,
         @sha256, @fileSize, @mediaType, @pageCount, @pagesWithoutText, @status, @stateCode)`,
    )
    .run({
      kind: document.kind,
      title: document.title,
      symbol: document.symbol ?? null,
      documentDate: document.documentDate ?? null,
      language: document.language ?? null,
      originalFileName: document.originalFileName ?? null,
      sha256: document.sha256 ?? null,
      fileSize: document.fileSize ?? null,
      mediaType: document.mediaType ?? null,
      pageCount: document.pageCount ?? 0,
      pagesWithoutText: document.pagesWithoutText ?? 0,
      status: document.status ?? 'ready',
      stateCode: document.stateCode ?? null,
    });
  return Number(result.lastInsertRowid);
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    symbol: row.symbol,
    documentDate: row.document_date,
    language: row.language,
    originalFileName: row.original_file_name,
    pageCount: row.page_count,
    pagesWithoutText: row.pages_without_text,
    stateCode: row.state_code,
    status: row.status,
    createdAt: row.created_at,
    revision:
      row.family_id === null
        ? null
        : {
            familyId: row.family_id,
            familyTitle: row.family_title ?? row.title,
            baseSymbol: row.base_symbol,
            revisionNumber: row.revision_number,
            revisionLabel: row.revision_label ?? '',
            ordinal: row.ordinal ?? 0,
          },
    openedAt: row.opened_at,
  };
}

/** Notes that the user opened a document now (for "Recently opened"); false if it is gone. */
export function recordOpening(db: Database, id: number): boolean {
  const result = db
    .prepare(
      `INSERT INTO document_openings (document_id, opened_at)
       SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM documents WHERE id = ?
       ON CONFLICT (document_id) DO UPDATE SET opened_at = excluded.opened_at`,
    )
    .run(id);
  return result.changes > 0;
}

export function getDocument(db: Database, id: number): DocumentSummary | undefined {
  const row = db
    .prepare<[number], DocumentRow>(`${summaryFrom} WHERE d.id = ?`)
    .get(id);
  return row && toSummary(row);
}

const editableColumns = {
  kind: 'kind',
  title: 'title',
  symbol: 'symbol',
  documentDate: 'document_date',
  language: 'language',
  stateCode: 'state_code',
} as const satisfies Record<keyof DocumentMetadataPatch, string>;

/** Applies the fields present in the patch; returns false when there is no such document. */
export function updateDocumentMetadata(db: Database, id: number, patch: DocumentMetadataPatch): boolean {
  const fields = (Object.keys(editableColumns) as (keyof DocumentMetadataPatch)[]).filter(
    (field) => patch[field] !== undefined,
  );
  const assignments = fields.map((field) => `${editableColumns[field]} = @${field}`);
  assignments.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  const values = Object.fromEntries(fields.map((field) => [field, patch[field] ?? null]));
  const result = db
    .prepare(`UPDATE documents SET ${assignments.join(', ')} WHERE id = @id`)
    .run({ ...values, id });
  return result.changes > 0;
}

/** Deletes the document (pages, passages, annotations follow); returns its file's digest. */
export function deleteDocument(db: Database, id: number): { sha256: string | null } | undefined {
  return db.transaction(() => {
    const row = db
      .prepare<[number], { sha256: string | null }>('SELECT sha256 FROM documents WHERE id = ?')
      .get(id);
    if (!row) return undefined;
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    return row;
  })();
}

/**
 * Deletes several documents in one transaction (all or none); answers with the digests of
 * the files of those that were there, for their originals to be removed after the commit.
 */
export function deleteDocuments(db: Database, ids: readonly number[]): { sha256: string | null }[] {
  const find = db.prepare<[number], { sha256: string | null }>('SELECT sha256 FROM documents WHERE id = ?');
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');
  return db.transaction(() => {
    const deleted: { sha256: string | null }[] = [];
    for (const id of new Set(ids)) {
      const row = find.get(id);
      if (!row) continue;
      remove.run(id);
      deleted.push(row);
    }
    return deleted;
  })();
}

/** Files several documents under one kind in one transaction; answers how many changed. */
export function updateDocumentKinds(db: Database, ids: readonly number[], kind: DocumentKind): number {
  const update = db.prepare(
    `UPDATE documents SET kind = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND kind <> ?`,
  );
  return db.transaction(() => {
    let updated = 0;
    for (const id of new Set(ids)) updated += update.run(kind, id, kind).changes;
    return updated;
  })();
}

/**
 * The SHA-256 of every original the documents of `db` name (a library's, or a snapshot's):
 * what the sweep of unreferenced originals keeps, and what a restore checks is still there.
 */
export function referencedOriginalDigests(db: Database): string[] {
  return db.prepare<[], string>('SELECT sha256 FROM documents WHERE sha256 IS NOT NULL').pluck().all();
}
