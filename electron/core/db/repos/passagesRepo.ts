import type { Database } from 'better-sqlite3';
import type { DocumentPassage } from '../../../common/model';

/** A row as selected below: the passage with its two positions in four columns. */
type PassageRow = Omit<DocumentPassage, 'start' | 'end'> & { startPage: number; startOffset: number; endPage: number; endOffset: number };

/**
 * A document's passages in reading order (the `passages_by_document` index), for the reader;
 * an empty list for a document without any (or one that is not there: the caller checks).
 */
export function documentPassages(db: Database, documentId: number): DocumentPassage[] {
  return db
    .prepare<[number], PassageRow>(
      `SELECT id, parent_id AS parentId, level, label, heading, text, start_page AS startPage,
         start_offset AS startOffset, end_page AS endPage, end_offset AS endOffset
       FROM passages WHERE document_id = ? ORDER BY ordinal`,
    )
    .all(documentId)
    .map(({ startPage, startOffset, endPage, endOffset, ...passage }) => ({
      ...passage,
      start: { page: startPage, offset: startOffset },
      end: { page: endPage, offset: endOffset },
    }));
}
