import type { SearchQueryOptions } from '../../common/model';
import type { RankedPassage } from './passageIndex';
import type { ParsedQuery } from './queryTypes';

/** SearchQueryOptions with the defaults filled in (documentId stays optional). */
export interface ResultPaging {
  limit: number;
  offset: number;
  hitsPerDocument: number;
  passageOffset: number;
  documentId: number | undefined;
}

/** One document of a page of results: all its ranked passages, and the ones to show. */
export interface DocumentOnPage {
  documentId: number;
  passages: RankedPassage[];
  shown: RankedPassage[];
  nextPassageOffset: number | null;
}

/** The defaults the Search screen was built on: 20 documents, 3 passages each. */
export function resultPaging(options: SearchQueryOptions): ResultPaging {
  return {
    limit: options.limit ?? 20,
    offset: options.offset ?? 0,
    hitsPerDocument: options.hitsPerDocument ?? 3,
    passageOffset: options.passageOffset ?? 0,
    documentId: options.documentId,
  };
}

/**
 * Whether a document's count of matching passages may be short: when phrase checks stopped
 * before some of its candidates (`ranked` from `checked` on), or when the index ranked only
 * its best passages of more (`totalPassages`), which may leave any document's out.
 */
export function countIsLowerBound(ranked: readonly RankedPassage[], checked: number, totalPassages: number): (documentId: number) => boolean {
  if (ranked.length < totalPassages) return () => true;
  const unchecked = new Set(ranked.slice(checked).map((passage) => passage.documentId));
  return (documentId) => unchecked.has(documentId);
}

/** The query narrowed to one document (its filters still apply), for that document's passages. */
export function withinDocument(query: ParsedQuery, documentId: number | undefined): ParsedQuery {
  return documentId === undefined ? query : { ...query, filters: { ...query.filters, documentIds: [documentId] } };
}

/**
 * Groups ranked passages by document and cuts one page: documents in the order of their best
 * passage (`matches` is best first), `offset` skipped and `limit` kept; in each, the passages
 * from `passageOffset`, `hitsPerDocument` of them, in rank order. The same matches cut with
 * consecutive offsets list every document and passage exactly once.
 *
 * @returns the page's documents, and the offset of the next page (null when this is the last).
 */
export function pageOfResults(
  matches: readonly RankedPassage[],
  paging: ResultPaging,
): { documents: DocumentOnPage[]; nextOffset: number | null } {
  const end = paging.offset + paging.limit;
  const passagesEnd = paging.passageOffset + paging.hitsPerDocument;
  // Documents are numbered in order of first appearance; only the page's keep their passages
  // (a common word matches thousands of passages in hundreds of documents).
  const ordinalOf = new Map<number, number>();
  const onPage = new Map<number, RankedPassage[]>();
  for (const match of matches) {
    let ordinal = ordinalOf.get(match.documentId);
    if (ordinal === undefined) {
      ordinal = ordinalOf.size;
      ordinalOf.set(match.documentId, ordinal);
      if (ordinal >= paging.offset && ordinal < end) onPage.set(match.documentId, []);
    }
    onPage.get(match.documentId)?.push(match);
  }
  const documents = [...onPage.entries()].map(([documentId, passages]) => ({
    documentId,
    passages,
    shown: passages.slice(paging.passageOffset, passagesEnd),
    nextPassageOffset: passages.length > passagesEnd ? passagesEnd : null,
  }));
  return { documents, nextOffset: ordinalOf.size > end ? end : null };
}
