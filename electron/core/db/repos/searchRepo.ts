import type { Database } from 'better-sqlite3';
import type { DocumentKind, PassageLevel } from '../../../common/model';
import { prepared } from '../preparedStatements';

/** Reads the search index needs; all by bound parameters. */

export function latestJournalSeq(db: Database): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) FROM change_journal').pluck().get() as number) ?? 0;
}

export interface JournalEntry {
  seq: number;
  entity: string;
  entity_id: number;
  operation: 'insert' | 'update' | 'delete';
}

export function journalAfter(db: Database, seq: number, limit: number): JournalEntry[] {
  return prepared<[number, number], JournalEntry>(
    db,
    'SELECT seq, entity, entity_id, operation FROM change_journal WHERE seq > ? ORDER BY seq LIMIT ?',
  ).all(seq, limit);
}

export interface DocumentFactsRow {
  id: number;
  title: string;
  kind: DocumentKind;
  language: string | null;
  documentDate: string | null;
  stateCode: string | null;
  symbol: string | null;
}

const factsColumns = `id, title, kind, language, document_date AS documentDate,
  state_code AS stateCode, symbol`;

export function allDocumentFacts(db: Database): DocumentFactsRow[] {
  return db.prepare<[], DocumentFactsRow>(`SELECT ${factsColumns} FROM documents`).all();
}

export function documentFactsById(db: Database, id: number): DocumentFactsRow | undefined {
  return prepared<[number], DocumentFactsRow>(db, `SELECT ${factsColumns} FROM documents WHERE id = ?`).get(id);
}

export interface PassageForIndex {
  id: number;
  documentId: number;
  text: string;
  heading: string | null;
  level: PassageLevel;
}

export function countPassages(db: Database): number {
  return db.prepare('SELECT count(*) FROM passages').pluck().get() as number;
}

/**
 * About `count` passage ids spread evenly over the table (the first and the last included), by
 * rowid lookups: a sample to check a loaded index against, without reading every row.
 */
export function samplePassageIds(db: Database, count: number): number[] {
  const bounds = db.prepare<[], { low: number | null; high: number | null }>('SELECT min(id) AS low, max(id) AS high FROM passages').get()!;
  if (bounds.low === null || bounds.high === null) return [];
  const next = db.prepare<[number], number>('SELECT id FROM passages WHERE id >= ? ORDER BY id LIMIT 1').pluck();
  const ids = new Set<number>();
  for (let step = 0; step < count; step += 1) {
    const id = next.get(Math.round(bounds.low + ((bounds.high - bounds.low) * step) / Math.max(1, count - 1)));
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/** Passages in id order after `afterId`, for building the index in batches. */
export function passagesAfter(db: Database, afterId: number, limit: number): PassageForIndex[] {
  return db
    .prepare<[number, number], PassageForIndex>(
      'SELECT id, document_id AS documentId, text, heading, level FROM passages WHERE id > ? ORDER BY id LIMIT ?',
    )
    .all(afterId, limit);
}

export interface PassageDetail extends PassageForIndex {
  label: string;
  startPage: number;
  startOffset: number;
  endPage: number;
}

export function passagesByIds(db: Database, ids: number[]): PassageDetail[] {
  if (ids.length === 0) return [];
  // The ids as one JSON array, so that one prepared statement serves any number of them.
  return prepared<[string], PassageDetail>(
    db,
    `SELECT id, document_id AS documentId, text, label, heading, level, start_page AS startPage,
       start_offset AS startOffset, end_page AS endPage
     FROM passages WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids));
}

/** Lengths in UTF-16 units, as offsets are counted (SQLite's length() counts code points). */
export function pageLengths(db: Database, documentId: number, fromPage: number, toPage: number): number[] {
  return prepared<[number, number, number], { text: string }>(
    db,
    `SELECT text FROM pages WHERE document_id = ? AND page_index BETWEEN ? AND ?
     ORDER BY page_index`,
  )
    .all(documentId, fromPage, toPage)
    .map((row) => row.text.length);
}

export function pageText(
  db: Database,
  documentId: number,
  pageIndex: number,
): { text: string; hasTextLayer: boolean } | undefined {
  const row = db
    .prepare<[number, number], { text: string; has_text_layer: number }>(
      'SELECT text, has_text_layer FROM pages WHERE document_id = ? AND page_index = ?',
    )
    .get(documentId, pageIndex);
  return row && { text: row.text, hasTextLayer: row.has_text_layer === 1 };
}

/**
 * Passages labelled `label` ("Art. 7(1)") or below it ("Art. 7(1)(a)", "Art. 7(1)(b)(ii)"), in
 * document and reading order. Uses passages_by_label: the sub-paragraphs are the range of
 * labels from "Art. 7(1)(" up to "Art. 7(1))", since ")" follows "(" in code point order.
 */
export function passagesLabelled(db: Database, label: string): { id: number; documentId: number; label: string }[] {
  return db
    .prepare<[string, string, string], { id: number; documentId: number; label: string }>(
      `SELECT id, document_id AS documentId, label FROM passages
       WHERE label = ? OR (label >= ? AND label < ?)
       ORDER BY document_id, ordinal`,
    )
    .all(label, `${label}(`, `${label})`);
}
