import type { Database } from 'better-sqlite3';
import type { DocumentKind } from '../../common/model';
import type { CarrySummary } from '../annotations/carryOver';
import { findDocumentBySha256, saveImportedDocument } from '../db/repos/importedDocumentsRepo';
import type { AnalysedDocument } from './analyseDocument';
import { guessKind, parseRevision } from './guessKind';
import { guessStatementState } from './structure/guessState';

export interface StoreRequest {
  sha256: string;
  fileName: string;
  /** The kind the user chose for the batch; guessed per file when absent. */
  kind?: DocumentKind;
  /**
   * Leave carrying marks from the previous revision to the coordinator: in a batch of several
   * files, Rev.2 must have its marks before Rev.3 takes them from it.
   */
  deferCarry?: boolean;
}

export type StoreOutcome =
  | {
      stored: true;
      documentId: number;
      title: string;
      pageCount: number;
      passageCount: number;
      pagesWithoutText: number;
      /** Annotations brought over from the previous revision of the draft. */
      carried?: CarrySummary;
      carryError?: string;
    }
  | { stored: false; duplicateOf: { id: number; title: string } };

/**
 * Decides title, kind and draft family for an analysed file and writes it in one
 * transaction. Runs in the extraction worker, on its own connection, so the process that
 * answers the user never holds the write.
 */
export function storeAnalysedDocument(
  db: Database,
  analysed: AnalysedDocument,
  request: StoreRequest,
): StoreOutcome {
  const title = analysed.metadata.title ?? request.fileName.replace(/\.[^.]+$/u, '');
  const kind = request.kind ?? guessKind(title, analysed.pages[0]?.text ?? '');
  const stateCode = kind === 'statement' ? guessStatementState(title, analysed.pages.map((page) => page.text).join('\n')) : null;
  const symbol = analysed.metadata.symbol;
  const revision = kind === 'draft' && symbol ? parseRevision(symbol) : undefined;
  try {
    const documentId = saveImportedDocument(db, {
      document: {
        kind,
        title,
        symbol,
        documentDate: analysed.metadata.documentDate,
        language: analysed.metadata.language,
        stateCode,
        originalFileName: request.fileName,
        sha256: request.sha256,
        mediaType: analysed.mediaType,
      },
      pages: analysed.pages,
      passages: analysed.passages,
      revision: revision && {
        ...revision,
        revisionLabel: revision.revisionNumber === 0 ? 'Original' : `Rev.${revision.revisionNumber}`,
        familyTitle: title,
      },
    });
    return {
      stored: true,
      documentId,
      title,
      pageCount: analysed.pages.length,
      passageCount: analysed.passages.length,
      pagesWithoutText: analysed.pages.filter((page) => !page.hasTextLayer).length,
    };
  } catch (error) {
    // The same file arriving twice at once: the other copy won the race.
    const existing = findDocumentBySha256(db, request.sha256);
    if (existing) return { stored: false, duplicateOf: existing };
    throw error;
  }
}
