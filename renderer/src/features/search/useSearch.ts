import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** Results as the user types: the query runs on the deferred text, the last answer stays shown. */
export function useSearch(text: string) {
  const api = useApi();
  const deferred = useDeferredValue(text.trim());
  const status = useQuery({
    queryKey: queryKeys.searchStatus(),
    queryFn: () => api.search.status({}),
    // Fast while the index is being built; slowly afterwards, to notice a rebuild.
    refetchInterval: (query) => (query.state.data?.state === 'ready' ? 5_000 : 500),
  });
  const results = useQuery({
    queryKey: queryKeys.search(deferred),
    queryFn: () => api.search.query({ query: deferred }),
    enabled: deferred.length > 0 && status.data !== undefined && status.data.state !== 'loading',
    placeholderData: keepPreviousData,
    retry: false,
  });
  return {
    status: status.data,
    results,
    /** True while the results shown are not yet those of the text as typed. */
    pending: deferred !== text.trim() || results.isFetching || results.isPlaceholderData,
  };
}
