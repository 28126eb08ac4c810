import type { Database } from 'better-sqlite3';
import type { Annotation, AnnotationAnchor, AnnotationCarry, AnnotationColour, AnnotationKind, AnnotationReply } from '../../../common/model';

interface AnnotationRow {
  id: number;
  document_id: number;
  page_index: number;
  kind: AnnotationKind;
  colour: string;
  note: string;
  tags: string;
  anchor: string;
  carry: string | null;
  author: string | null;
  replies: string;
  created_at: string;
  updated_at: string;
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    pageIndex: row.page_index,
    kind: row.kind,
    colour: row.colour,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    anchor: JSON.parse(row.anchor) as AnnotationAnchor,
    carry: row.carry === null ? null : (JSON.parse(row.carry) as AnnotationCarry),
    author: row.author,
    replies: JSON.parse(row.replies) as AnnotationReply[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The first page an anchor touches: what the list is ordered by. */
function firstPage(anchor: AnnotationAnchor): number {
  return Math.min(...anchor.rects.map((rect) => rect.pageIndex));
}

export interface NewAnnotation {
  documentId: number;
  kind: AnnotationKind;
  colour: string;
  note: string;
  tags: string[];
  anchor: AnnotationAnchor;
  /** Where a mark without rectangles belongs: in a text document, or carried and not found again. */
  pageIndex?: number;
  carry?: AnnotationCarry;
  /** Who made it (null or absent: unknown). */
  author?: string | null;
  replies?: AnnotationReply[];
  /** When another reader says the mark was made (ISO 8601 UTC), also its last change here; absent: now. */
  createdAt?: string;
}

export function listAnnotations(db: Database, documentId: number): Annotation[] {
  return db
    .prepare<[number], AnnotationRow>('SELECT * FROM annotations WHERE document_id = ? AND deleted_at IS NULL ORDER BY page_index, id')
    .all(documentId)
    .map(toAnnotation);
}

/**
 * The ids of the annotations already carried to `documentId` from elsewhere, reviewed or not,
 * deleted or not (a mark the user deleted must not come back when marks are brought again).
 */
export function carriedSourceIds(db: Database, documentId: number): Set<number> {
  return new Set(
    db
      .prepare<[number], number>('SELECT carried_from FROM annotations WHERE document_id = ? AND carried_from IS NOT NULL')
      .pluck()
      .all(documentId),
  );
}

export function getAnnotation(db: Database, id: number): Annotation | undefined {
  const row = db.prepare<[number], AnnotationRow>('SELECT * FROM annotations WHERE id = ? AND deleted_at IS NULL').get(id);
  return row && toAnnotation(row);
}

export function insertAnnotation(db: Database, annotation: NewAnnotation): number {
  const result = db
    .prepare(
      `INSERT INTO annotations (document_id, page_index, kind, colour, note, tags, anchor, carry, carried_from, author, replies, created_at, updated_at)
       VALUES (@documentId, @pageIndex, @kind, @colour, @note, @tags, @anchor, @carry, @carriedFrom, @author, @replies,
               coalesce(@createdAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), coalesce(@createdAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`,
    )
    .run({
      documentId: annotation.documentId,
      pageIndex: annotation.anchor.rects.length > 0 ? firstPage(annotation.anchor) : (annotation.pageIndex ?? 0),
      carry: annotation.carry ? JSON.stringify(annotation.carry) : null,
      carriedFrom: annotation.carry?.fromAnnotationId ?? null,
      kind: annotation.kind,
      colour: annotation.colour,
      note: annotation.note,
      tags: JSON.stringify(annotation.tags),
      anchor: JSON.stringify(annotation.anchor),
      author: annotation.author || null,
      replies: JSON.stringify(annotation.replies ?? []),
      createdAt: annotation.createdAt ?? null,
    });
  return Number(result.lastInsertRowid);
}

export function updateAnnotation(
  db: Database,
  id: number,
  patch: { kind?: AnnotationKind; colour?: string; note?: string; tags?: string[]; anchor?: AnnotationAnchor; pageIndex?: number; carry?: null },
): boolean {
  const values: Record<string, unknown> = { id };
  if (patch.kind !== undefined) values.kind = patch.kind;
  if (patch.colour !== undefined) values.colour = patch.colour;
  if (patch.note !== undefined) values.note = patch.note;
  if (patch.tags !== undefined) values.tags = JSON.stringify(patch.tags);
  if (patch.anchor !== undefined) {
    values.anchor = JSON.stringify(patch.anchor);
    // A mark in a text document has no rectangles: its page is given, or stays.
    if (patch.anchor.rects.length > 0) values.page_index = firstPage(patch.anchor);
    else if (patch.pageIndex !== undefined) values.page_index = patch.pageIndex;
  }
  // Looked at (or placed by hand): no longer a carried mark waiting for review.
  if (patch.carry === null || patch.anchor !== undefined) values.carry = null;
  // Column names come from this fixed list, never from the caller.
  const assignments = ['kind', 'colour', 'note', 'tags', 'anchor', 'page_index', 'carry']
    .filter((column) => column in values)
    .map((column) => `${column} = @${column}`);
  assignments.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  return db.prepare(`UPDATE annotations SET ${assignments.join(', ')} WHERE id = @id AND deleted_at IS NULL`).run(values).changes > 0;
}

export function deleteAnnotation(db: Database, id: number): boolean {
  return (
    db.prepare(`UPDATE annotations SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted_at IS NULL`).run(id)
      .changes > 0
  );
}

/** Brings back a deleted annotation as it was (Undo). False when it is not deleted or gone for good. */
export function restoreAnnotation(db: Database, id: number): boolean {
  return db.prepare('UPDATE annotations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
}

/**
 * Deletions can be undone while Briefing runs; a day later, at the next start, they become
 * final (a day, not at once: a command-line import must not end the app's undo history).
 */
export function purgeDeletedAnnotations(db: Database): number {
  return db
    .prepare(`DELETE FROM annotations WHERE deleted_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`)
    .run().changes;
}

export function listColours(db: Database): AnnotationColour[] {
  return db.prepare<[], AnnotationColour>('SELECT key, label, hex FROM annotation_colours ORDER BY ordinal').all();
}

export function renameColour(db: Database, key: string, label: string): boolean {
  return db.prepare('UPDATE annotation_colours SET label = ? WHERE key = ?').run(label, key).changes > 0;
}

export function colourExists(db: Database, key: string): boolean {
  return db.prepare('SELECT 1 FROM annotation_colours WHERE key = ?').get(key) !== undefined;
}

/** What placing a mark needs to know of a document: is it a PDF, how many pages. */
export function documentPlace(db: Database, id: number): { isPdf: boolean; pageCount: number } | undefined {
  const row = db
    .prepare<[number], { media_type: string | null; page_count: number }>('SELECT media_type, page_count FROM documents WHERE id = ?')
    .get(id);
  return row && { isPdf: row.media_type === 'application/pdf', pageCount: row.page_count };
}
