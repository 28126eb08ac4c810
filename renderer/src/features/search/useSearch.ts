import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { mergeResultPages } from './mergePages';

/**
 * Results as the user types: the query runs on the deferred text, the last answer stays shown.
 * Documents come a page at a time (the engine's 20); `loadMore` asks for the next page, and
 * what is already listed stays while it comes (react-query's useInfiniteQuery).
 */
export function useSearch(text: string) {
  const api = useApi();
  const deferred = useDeferredValue(text.trim());
  const status = useQuery({
    queryKey: queryKeys.searchStatus(),
    queryFn: () => api.search.status({}),
    // Fast while the index is being built; slowly afterwards, to notice a rebuild.
    refetchInterval: (query) => (query.state.data?.state === 'ready' ? 5_000 : 500),
  });
  const results = useInfiniteQuery({
    queryKey: queryKeys.search(deferred),
    queryFn: ({ pageParam }) => api.search.query({ query: deferred, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    enabled: deferred.length > 0 && status.data !== undefined && status.data.state !== 'loading',
    placeholderData: keepPreviousData,
    retry: false,
  });
  const pages = results.data?.pages;
  const response = useMemo(() => (pages ? mergeResultPages(pages) : undefined), [pages]);
  const loadingMore = results.isFetchingNextPage;
  return {
    status: status.data,
    results,
    response,
    /** The text the results shown answer (their documents' passages are asked with it). */
    query: deferred,
    /** Lists the next documents, unless they are already coming or there are none. */
    loadMore: () => {
      if (results.hasNextPage && !results.isFetching) void results.fetchNextPage();
    },
    loadingMore,
    /** True while the results shown are not yet those of the text as typed (loading more is not). */
    pending: deferred !== text.trim() || (results.isFetching && !loadingMore) || results.isPlaceholderData,
  };
}
