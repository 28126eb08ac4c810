import { useQuery } from '@tanstack/react-query';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/**
 * A document's passages in reading order (library.passages), read once per document: the
 * Articles panel, the go-to box and the reading view share them. Undefined while loading.
 */
export function usePassages(documentId: number): DocumentPassage[] | undefined {
  const api = useApi();
  const passages = useQuery({
    queryKey: queryKeys.passages(documentId),
    queryFn: () => api.library.passages({ documentId }),
    // What import found changes only with a new import, which is a new document.
    staleTime: Infinity,
  });
  return passages.data;
}
