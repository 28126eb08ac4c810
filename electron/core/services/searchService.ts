import type { SearchService } from '../../common/api';
import type { SearchThread } from '../search/searchThread';

export function createSearchService(thread: SearchThread): SearchService {
  return {
    query: ({ query, ...options }) => thread.request({ type: 'query', query, options }),
    status: () => thread.request({ type: 'status' }),
    rebuild: () => thread.request({ type: 'rebuild' }),
    page: ({ documentId, pageIndex, terms }) =>
      thread.request({ type: 'page', documentId, pageIndex, terms: terms ?? [] }),
  };
}
