/**
 * Carrying marks from the previous revision after the fact: what the extraction pool needs to
 * carry to a stored document, and the order in which a batch's revisions take their marks.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { Library } from '../library/library';
import type { CarryJob } from './worker/extractionPool';

/** The stored original of a document and how to read it; an AppError saying what to do when it cannot be. */
export function carryJobFor(library: Library, documentId: number, password?: string): CarryJob {
  const document = library.db
    .prepare<[number], { sha256: string | null; mediaType: string | null }>('SELECT sha256, media_type AS mediaType FROM documents WHERE id = ?')
    .get(documentId);
  if (!document) throw new AppError('not-found', 'This document is no longer in the library; open another revision.');
  const isPdf = document.mediaType === 'application/pdf';
  if (isPdf && (!document.sha256 || !library.originals.has(document.sha256))) {
    throw new AppError('not-found', "This revision's PDF is missing from the library folder; import the file again, then bring the marks.");
  }
  return {
    documentId,
    // A Word, text or Markdown document's text is read from the library, not from its file.
    filePath: document.sha256 ? library.originals.pathFor(document.sha256) : '',
    fileType: isPdf ? 'pdf' : 'text',
    password,
  };
}

/**
 * Of `documentIds`, the revisions of draft families that have an earlier one, earliest first
 * within each family: Rev.2 takes its marks before Rev.3 takes them from it.
 */
export function laterRevisionsInOrder(db: Database, documentIds: readonly number[]): number[] {
  const revision = db.prepare<[number], { familyId: number; ordinal: number; hasEarlier: number }>(
    `SELECT family_id AS familyId, ordinal,
            EXISTS (SELECT 1 FROM draft_revisions AS earlier WHERE earlier.family_id = r.family_id AND earlier.ordinal < r.ordinal) AS hasEarlier
       FROM draft_revisions AS r WHERE document_id = ?`,
  );
  return documentIds
    .flatMap((documentId) => {
      const found = revision.get(documentId);
      return found?.hasEarlier ? [{ documentId, ...found }] : [];
    })
    .toSorted((a, b) => a.familyId - b.familyId || a.ordinal - b.ordinal)
    .map((entry) => entry.documentId);
}
