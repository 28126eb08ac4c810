import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentKind, DocumentMetadataPatch } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** As many ids as one call takes (the contract's bound); a larger selection goes in several. */
const idsPerCall = 10_000;

async function inChunks(ids: number[], call: (chunk: number[]) => Promise<number>): Promise<number> {
  let done = 0;
  for (let start = 0; start < ids.length; start += idsPerCall) done += await call(ids.slice(start, start + idsPerCall));
  return done;
}

/** Saving a document's details, and removing or re-filing several at once; each refreshes the library. */
export function useLibraryActions() {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.library });
  const save = useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: DocumentMetadataPatch }) => api.library.updateDocument({ id, patch }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (ids: number[]) => inChunks(ids, async (chunk) => (await api.library.deleteDocuments({ ids: chunk })).deleted),
    onSuccess: refresh,
  });
  const changeKind = useMutation({
    mutationFn: ({ ids, kind }: { ids: number[]; kind: DocumentKind }) =>
      inChunks(ids, async (chunk) => (await api.library.updateDocuments({ ids: chunk, patch: { kind } })).updated),
    onSuccess: refresh,
  });
  return { save, remove, changeKind };
}
