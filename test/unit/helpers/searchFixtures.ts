import type { Database } from 'better-sqlite3';
import type { DocumentKind } from '../../../electron/common/model';
import { saveImportedDocument } from '../../../electron/core/db/repos/importedDocumentsRepo';

/** A document for search tests: its passages as [label, text], with an optional heading. */
export interface FixtureDocument {
  title: string;
  kind?: DocumentKind;
  language: string;
  date?: string;
  state?: string;
  passages: [label: string, text: string, heading?: string][];
}

/** Writes a document the way import does: one page holding its passages, one transaction. */
export function addSearchFixture(db: Database, document: FixtureDocument): number {
  const pageText = document.passages.map(([, text]) => text).join('\n');
  let offset = 0;
  const id = saveImportedDocument(db, {
    document: { kind: document.kind ?? 'instrument', title: document.title, language: document.language, documentDate: document.date ?? null },
    pages: [{ text: pageText, hasTextLayer: true, width: null, height: null }],
    passages: document.passages.map(([label, text, heading]) => {
      const passage = {
        level: 'article' as const, label, heading: heading ?? null, text,
        start: { page: 0, offset }, end: { page: 0, offset: offset + text.length }, parentIndex: null,
      };
      offset += text.length + 1;
      return passage;
    }),
  });
  if (document.state) db.prepare('UPDATE documents SET state_code = ? WHERE id = ?').run(document.state, id);
  return id;
}

