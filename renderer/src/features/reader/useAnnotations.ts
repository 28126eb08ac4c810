import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnnotationAnchor, AnnotationKind } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** A document's annotations and the changes to them, each saved at once. */
export function useAnnotations(documentId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.annotations(documentId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const list = useQuery({ queryKey: key, queryFn: () => api.annotations.list({ documentId }) });
  const colours = useQuery({ queryKey: queryKeys.colours(), queryFn: () => api.annotations.colours({}) });
  const create = useMutation({
    mutationFn: (args: { kind: AnnotationKind; colour: string; anchor: AnnotationAnchor; note?: string }) =>
      api.annotations.create({ documentId, ...args }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (args: { id: number; note?: string; colour?: string }) =>
      api.annotations.update({ id: args.id, patch: { note: args.note, colour: args.colour } }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: number) => api.annotations.delete({ id }), onSuccess: refresh });
  return {
    annotations: list.data ?? [],
    colours: colours.data ?? [],
    error: list.error ?? create.error ?? update.error ?? remove.error,
    create: create.mutate,
    update: update.mutate,
    remove: remove.mutate,
  };
}
