import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/**
 * Notes that a document was opened, once per opening, so that it leads the Reader home's
 * "Recently opened"; the document lists are then fetched again. A failure to note it is not
 * worth interrupting the reading for: the document is shown all the same.
 */
export function useRecordOpening(documentId: number): void {
  const api = useApi();
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (id: number) => api.library.recordOpening({ id }),
    // {} matches every filter's list (react-query matches keys by their beginning).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents({}) }),
  });
  useEffect(() => {
    mutate(documentId);
  }, [documentId, mutate]);
}
