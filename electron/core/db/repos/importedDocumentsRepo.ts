import type { Database } from 'better-sqlite3';
import type { AnalysedPage } from '../../import/analyseDocument';
import type { FoundPassage } from '../../import/structure/types';
import { insertDocument, type NewDocument } from './documentsRepo';

export interface DraftRevision {
  baseSymbol: string;
  revisionNumber: number;
  revisionLabel: string;
  familyTitle: string;
}

export interface ImportedDocument {
  document: NewDocument;
  pages: AnalysedPage[];
  passages: FoundPassage[];
  revision?: DraftRevision;
}

export function findDocumentBySha256(
  db: Database,
  sha256: string,
): { id: number; title: string } | undefined {
  return db
    .prepare<[string], { id: number; title: string }>('SELECT id, title FROM documents WHERE sha256 = ?')
    .get(sha256);
}

/**
 * Writes a whole imported document (row, pages, passages, draft revision) in one
 * transaction: a failure or a crash leaves no half document behind.
 */
export function saveImportedDocument(db: Database, imported: ImportedDocument): number {
  return db.transaction(() => {
    const documentId = insertDocument(db, {
      ...imported.document,
      pageCount: imported.pages.length,
      pagesWithoutText: imported.pages.filter((page) => !page.hasTextLayer).length,
    });
    const insertPage = db.prepare(
      `INSERT INTO pages (document_id, page_index, text, has_text_layer, width, height)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    imported.pages.forEach((page, index) =>
      insertPage.run(documentId, index, page.text, page.hasTextLayer ? 1 : 0, page.width, page.height),
    );
    const insertPassage = db.prepare(
      `INSERT INTO passages (document_id, parent_id, ordinal, level, label, heading, text,
         start_page, start_offset, end_page, end_offset)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const passageIds: number[] = [];
    imported.passages.forEach((passage, index) => {
      const parentId = passage.parentIndex === null ? null : passageIds[passage.parentIndex] ?? null;
      const result = insertPassage.run(
        documentId, parentId, index + 1, passage.level, passage.label, passage.heading, passage.text,
        passage.start.page, passage.start.offset, passage.end.page, passage.end.offset,
      );
      passageIds.push(Number(result.lastInsertRowid));
    });
    if (imported.revision) addDraftRevision(db, documentId, imported.revision);
    return documentId;
  }).immediate();
}

/** Files a draft under its family (by symbol without /Rev.n), creating the family if new. */
export function addDraftRevision(db: Database, documentId: number, revision: DraftRevision): void {
  let familyId = db
    .prepare<[string], number>('SELECT id FROM draft_families WHERE base_symbol = ?')
    .pluck()
    .get(revision.baseSymbol);
  if (familyId === undefined) {
    familyId = Number(
      db.prepare('INSERT INTO draft_families (title, base_symbol) VALUES (?, ?)')
        .run(revision.familyTitle, revision.baseSymbol).lastInsertRowid,
    );
  }
  const taken = db
    .prepare('SELECT 1 FROM draft_revisions WHERE family_id = ? AND revision_number = ?')
    .get(familyId, revision.revisionNumber);
  // Two files claiming the same revision: keep both documents, file only the first.
  if (taken) return;
  db.prepare(
    `INSERT INTO draft_revisions (family_id, revision_number, document_id, revision_label, ordinal)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(familyId, revision.revisionNumber, documentId, revision.revisionLabel, revision.revisionNumber);
}
