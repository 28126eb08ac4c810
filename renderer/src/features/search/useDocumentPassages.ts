import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { mergePassagePages } from './mergePages';

/** Passages asked for at a time once a document's group is opened whole (the schema allows 50). */
export const passagesPerPage = 20;

/**
 * Every passage of one document that matches `query`, in rank order, a page at a time, once
 * `enabled` (the user chose "All 16 passages"). Pages already loaded stay while more come.
 */
export function useDocumentPassages(query: string, documentId: number, enabled: boolean) {
  const api = useApi();
  const passages = useInfiniteQuery({
    queryKey: queryKeys.searchDocument(query, documentId),
    queryFn: ({ pageParam }) => api.search.query({ query, documentId, passageOffset: pageParam, hitsPerDocument: passagesPerPage }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.groups[0]?.nextPassageOffset ?? undefined,
    enabled,
    retry: false,
  });
  const pages = passages.data?.pages;
  return {
    passages: useMemo(() => (pages ? mergePassagePages(pages) : undefined), [pages]),
    loading: passages.isFetching,
    failed: passages.isError,
    /** The next page; or the first again, when it failed. */
    loadMore: () => {
      if (passages.isFetching) return;
      if (!passages.data) void passages.refetch();
      else if (passages.hasNextPage) void passages.fetchNextPage();
    },
  };
}
