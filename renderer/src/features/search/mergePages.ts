import type { SearchGroup, SearchHit, SearchResponse } from '../../../../electron/common/model';

/**
 * The pages of documents loaded so far as one answer: the annotations and filters of the first
 * page, the groups of all pages in order (a document already listed is not listed again, should
 * the library change between two pages), and the totals and next offset of the last page, which
 * checked the most passages (phrase checks go further as pages are asked for).
 */
export function mergeResultPages(pages: readonly SearchResponse[]): SearchResponse | undefined {
  const [first] = pages;
  const last = pages.at(-1);
  if (!first || !last) return undefined;
  const listed = new Set<number>();
  const groups: SearchGroup[] = [];
  for (const group of pages.flatMap((page) => page.groups)) {
    if (listed.has(group.documentId)) continue;
    listed.add(group.documentId);
    groups.push(group);
  }
  return {
    ...last,
    annotations: first.annotations,
    totalAnnotations: first.totalAnnotations,
    filterChips: first.filterChips,
    notices: first.notices,
    groups,
  };
}

/** One document's passages loaded page by page, each once, in rank order; with its latest count. */
export interface DocumentPassages {
  hits: SearchHit[];
  hitCount: number;
  hitCountIsLowerBound: boolean;
  nextPassageOffset: number | null;
}

/**
 * The pages of one document's passages (queries with its documentId) as one list. An empty
 * last page (the document no longer matches) ends the list.
 */
export function mergePassagePages(pages: readonly SearchResponse[]): DocumentPassages | undefined {
  const groups = pages.flatMap((page) => page.groups.slice(0, 1));
  const last = pages.at(-1)?.groups[0];
  if (groups.length === 0) return undefined;
  const seen = new Set<number>();
  const hits = groups.flatMap((group) => group.hits).filter((hit) => !seen.has(hit.passageId) && Boolean(seen.add(hit.passageId)));
  const counted = last ?? groups[groups.length - 1];
  return {
    hits,
    hitCount: Math.max(counted.hitCount, hits.length),
    hitCountIsLowerBound: counted.hitCountIsLowerBound,
    nextPassageOffset: last ? last.nextPassageOffset : null,
  };
}
