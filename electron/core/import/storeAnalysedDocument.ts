import type { Database } from 'better-sqlite3';
import type { DocumentKind, ImportNotice } from '../../common/model';
import type { CarrySummary } from '../annotations/carryOver';
import { apiSchemas } from '../../common/schemas';
import { insertAnnotation, listColours } from '../db/repos/annotationsRepo';
import { findDocumentBySha256, saveImportedDocument } from '../db/repos/importedDocumentsRepo';
import type { AnalysedDocument } from './analyseDocument';
import { placeComments } from './commentAnnotations';
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
      /** Tracked changes met, comments imported: for the import's report. */
      notices?: ImportNotice[];
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
    // The document and its comments' annotations are written together, or not at all.
    const { documentId, notices } = db.transaction(() => {
      const id = saveImportedDocument(db, {
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
      return { documentId: id, notices: [...(analysed.notices ?? []), ...addComments(db, id, analysed)] };
    }).immediate();
    return {
      stored: true,
      documentId,
      title,
      pageCount: analysed.pages.length,
      passageCount: analysed.passages.length,
      pagesWithoutText: analysed.pages.filter((page) => !page.hasTextLayer).length,
      ...(notices.length > 0 ? { notices } : {}),
    };
  } catch (error) {
    // The same file arriving twice at once: the other copy won the race.
    const existing = findDocumentBySha256(db, request.sha256);
    if (existing) return { stored: false, duplicateOf: existing };
    throw error;
  }
}

/**
 * A Word file's comments become comment annotations, with their author, date and replies (as
 * XFDF import keeps another reader's), in the first colour of the user's palette. Each must
 * pass the checks of a mark made in the reader (a quote of at most 20,000 characters…); one
 * that does not is counted as not imported.
 */
function addComments(db: Database, documentId: number, analysed: AnalysedDocument): ImportNotice[] {
  if (!analysed.comments || analysed.comments.length === 0) return [];
  const { annotations, notPlaced } = placeComments(
    analysed.pages.map((page) => page.text),
    analysed.comments,
  );
  const colour = listColours(db)[0]?.key ?? 'key';
  const accepted = annotations.filter((annotation) => {
    const { kind, note, anchor, pageIndex } = annotation;
    return apiSchemas.annotations.create.safeParse({ documentId, kind, colour, note, tags: [], anchor, pageIndex }).success;
  });
  for (const annotation of accepted) insertAnnotation(db, { documentId, colour, tags: [], ...annotation });
  return [{ kind: 'comments', imported: accepted.length, notPlaced: notPlaced + annotations.length - accepted.length }];
}
