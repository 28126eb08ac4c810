import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../electron/common/i18n/messages';
import type { SearchGroup, SearchResponse } from '../../electron/common/model';
import { mergePassagePages, mergeResultPages } from '../../renderer/src/features/search/mergePages';

function group(documentId: number, passageIds: number[], patch: Partial<SearchGroup> = {}): SearchGroup {
  return {
    documentId,
    title: `Document ${documentId}`,
    kind: 'instrument',
    language: 'en',
    symbol: null,
    hitCount: passageIds.length,
    hitCountIsLowerBound: false,
    hits: passageIds.map((passageId) => ({
      passageId, label: `Art. ${passageId}`, citation: `Document ${documentId}, art. ${passageId}`, pageIndex: 0, snippet: '', highlights: [], matchedTerms: [], score: 1 / passageId,
    })),
    nextPassageOffset: null,
    ...patch,
  };
}

function page(groups: SearchGroup[], patch: Partial<SearchResponse> = {}): SearchResponse {
  return { annotations: [], totalAnnotations: 0, totalPassages: 10, totalDocuments: 4, totalsAreLowerBounds: false, groups, nextOffset: null, filterChips: [], tookMs: 1, notices: [], ...patch };
}

describe('pages of documents as one list', () => {
  it('keeps the first page’s annotations and filters, every group once in order, and the last page’s totals', () => {
    const annotation = { annotationId: 1, documentId: 1, documentTitle: 'D', pageIndex: 0, kind: 'note' as const, colour: 'c', note: 'n', tags: [], quote: null, citation: 'D, p. 1' };
    const chips = [{ key: 'kind', value: 'instrument', raw: 'kind:instrument' }];
    const merged = mergeResultPages([
      page([group(1, [1]), group(2, [2])], { annotations: [annotation], totalAnnotations: 1, filterChips: chips, nextOffset: 2, totalsAreLowerBounds: true, totalDocuments: 3 }),
      // The library changed between pages: document 2 came again.
      page([group(2, [2]), group(3, [3]), group(4, [4])], { totalDocuments: 4, nextOffset: null }),
    ])!;
    expect(merged.groups.map((each) => each.documentId)).toEqual([1, 2, 3, 4]);
    expect(merged).toMatchObject({ annotations: [annotation], totalAnnotations: 1, filterChips: chips, totalDocuments: 4, totalsAreLowerBounds: false, nextOffset: null });
    expect(mergeResultPages([])).toBeUndefined();
  });
});

describe('pages of one document’s passages as one list', () => {
  it('lists each passage once in the order of the pages, with the last page’s count and next offset', () => {
    const merged = mergePassagePages([
      page([group(7, [1, 2, 3], { hitCount: 7, nextPassageOffset: 3 })]),
      page([group(7, [3, 4, 5], { hitCount: 7, nextPassageOffset: 6 })]),
    ])!;
    expect(merged.hits.map((hit) => hit.passageId)).toEqual([1, 2, 3, 4, 5]);
    expect(merged).toMatchObject({ hitCount: 7, hitCountIsLowerBound: false, nextPassageOffset: 6 });
  });

  it('ends the list when the document no longer matches', () => {
    const merged = mergePassagePages([page([group(7, [1, 2], { hitCount: 4, nextPassageOffset: 2 })]), page([])])!;
    expect(merged).toMatchObject({ hitCount: 4, nextPassageOffset: null });
    expect(mergePassagePages([page([])])).toBeUndefined();
  });
});

const counts = (language: 'en' | 'fr' | 'es', atLeast: boolean) =>
  [[1, 1], [16, 1], [16, 2]].map(([passages, documents]) => formatMessage(language, atLeast ? 'search.resultCountAtLeast' : 'search.resultCount', { passages, documents }));

describe('counting results in each interface language', () => {

  it.each([
    ['en', ['1 passage in 1 document', '16 passages in 1 document', '16 passages in 2 documents'], 'At least 16 passages in 2 documents'],
    ['fr', ['1 passage dans 1 document', '16 passages dans 1 document', '16 passages dans 2 documents'], 'Au moins 16 passages dans 2 documents'],
    ['es', ['1 pasaje en 1 documento', '16 pasajes en 1 documento', '16 pasajes en 2 documentos'], 'Al menos 16 pasajes en 2 documentos'],
  ] as const)('%s: passages in documents, and "at least" when the totals are lower bounds', (language, exact, atLeast) => {
    expect(counts(language, false)).toEqual(exact);
    expect(counts(language, true)[2]).toBe(atLeast);
  });

  it.each([
    ['en', '1 passage', 'at least 16 passages', 'All 16 passages', 'All passages (at least 2,000)', '1 more document matches', '3 more documents match'],
    ['fr', '1 passage', 'au moins 16 passages', 'Les 16 passages', 'Tous les passages (au moins 2 000)', '1 autre document correspond', '3 autres documents correspondent'],
    ['es', '1 pasaje', 'al menos 16 pasajes', 'Los 16 pasajes', 'Todos los pasajes (al menos 2000)', 'Coincide 1 documento más', 'Coinciden 3 documentos más'],
  ] as const)('%s: a document’s passages, all of them, and documents not listed', (language, one, atLeast, all, allAtLeast, notListedOne, notListedMany) => {
    expect(formatMessage(language, 'search.passageCount', { count: 1 })).toBe(one);
    expect(formatMessage(language, 'search.passageCountAtLeast', { count: 16 })).toBe(atLeast);
    expect(formatMessage(language, 'search.allPassages', { count: 16 })).toBe(all);
    // Numbers are written the language's way (a narrow no-break space groups French thousands).
    expect(formatMessage(language, 'search.allPassagesAtLeast', { count: 2000 }).replace(/\s/gu, ' ')).toBe(allAtLeast);
    expect(formatMessage(language, 'search.documentsNotListed', { count: 1 })).toMatch(new RegExp(`^${notListedOne}`, 'u'));
    expect(formatMessage(language, 'search.documentsNotListed', { count: 3 })).toMatch(new RegExp(`^${notListedMany}`, 'u'));
  });
});
