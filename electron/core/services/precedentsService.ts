import type { PrecedentsService } from '../../common/api';
import type { Precedent } from '../../common/model';
import type { Library } from '../library/library';
import { defaultPrecedentLimit } from '../precedents/precedentFinder';
import { PrecedentRuns } from '../precedents/precedentRuns';
import type { SearchThread } from '../search/searchThread';

/** Precedents from the library's instruments, found in the search worker (it holds the index). */
export function createPrecedentsService(library: Library, search: SearchThread): PrecedentsService {
  const find = (text: string, limit: number) => search.request<Precedent[]>({ type: 'precedents', text, limit });
  const runs = new PrecedentRuns(library.db, find);
  return {
    find: ({ text, limit = defaultPrecedentLimit }) => find(text, limit),
    async startDraft({ documentId, article, limit = defaultPrecedentLimit }) {
      return runs.start(documentId, limit, article);
    },
    async getRun({ runId, from }) {
      return runs.get(runId, from);
    },
    async cancel({ runId }) {
      return runs.cancel(runId);
    },
  };
}
