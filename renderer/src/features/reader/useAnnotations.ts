import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationKind } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

type Patch = { note?: string; colour?: string; tags?: string[]; carry?: null; anchor?: AnnotationAnchor; pageIndex?: number };
type Draft = { kind: AnnotationKind; colour: string; anchor: AnnotationAnchor; note?: string; tags?: string[]; pageIndex?: number };

/** What a step did, for the Undo and Redo buttons to name it ("Undo add area"). */
export interface StepLabel {
  action: 'add' | 'edit' | 'delete';
  kind: AnnotationKind;
}

/** One step the user can take back: both directions go through the API, so both are saved at once. */
interface Step {
  label: StepLabel;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/**
 * A document's annotations and the changes to them, each saved at once, with undo and redo.
 * A deletion is undone by restoring the same annotation (the library keeps it, marked), so
 * ids never change and every step still reaches its annotation.
 */
export function useAnnotations(documentId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.annotations(documentId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const list = useQuery({ queryKey: key, queryFn: () => api.annotations.list({ documentId }) });
  const colours = useQuery({ queryKey: queryKeys.colours(), queryFn: () => api.annotations.colours({}) });
  const [history, setHistory] = useState<{ done: Step[]; undone: Step[] }>({ done: [], undone: [] });
  const record = (step: Step) => setHistory((current) => ({ done: [...current.done.slice(-99), step], undone: [] }));
  const deleteById = (id: number) => api.annotations.delete({ id }).then(() => undefined);
  const restoreById = (id: number) => api.annotations.restore({ id }).then(() => undefined);

  const run = useMutation({ mutationFn: (action: () => Promise<void>) => action(), onSettled: refresh });

  const create = (draft: Draft, onCreated?: (annotation: Annotation) => void) =>
    run.mutate(async () => {
      const created = await api.annotations.create({ documentId, ...draft });
      record({ label: { action: 'add', kind: draft.kind }, undo: () => deleteById(created.id), redo: () => restoreById(created.id) });
      onCreated?.(created);
    });

  const update = (annotation: Annotation, patch: Patch) =>
    run.mutate(async () => {
      // Undo gives back what was there; a carried mark's review flag is not brought back.
      const before: Patch = { note: annotation.note, colour: annotation.colour, tags: annotation.tags, anchor: annotation.anchor };
      const only = (values: Patch): Patch => Object.fromEntries(Object.keys(patch).map((name) => [name, values[name as keyof Patch]]));
      await api.annotations.update({ id: annotation.id, patch });
      // Accepting or placing a carried mark is a review decision, not an edit to take back.
      if (patch.carry === null || (patch.anchor && annotation.anchor.rects.length === 0)) return;
      record({
        label: { action: 'edit', kind: annotation.kind },
        undo: () => api.annotations.update({ id: annotation.id, patch: only(before) }).then(() => undefined),
        redo: () => api.annotations.update({ id: annotation.id, patch }).then(() => undefined),
      });
    });

  const remove = (annotation: Annotation) =>
    run.mutate(async () => {
      await deleteById(annotation.id);
      record({ label: { action: 'delete', kind: annotation.kind }, undo: () => restoreById(annotation.id), redo: () => deleteById(annotation.id) });
    });

  const undo = () => {
    const step = history.done.at(-1);
    if (!step || run.isPending) return;
    run.mutate(async () => {
      await step.undo();
      setHistory((current) => ({ done: current.done.filter((done) => done !== step), undone: [...current.undone, step] }));
    });
  };
  const redo = () => {
    const step = history.undone.at(-1);
    if (!step || run.isPending) return;
    run.mutate(async () => {
      await step.redo();
      setHistory((current) => ({ done: [...current.done, step], undone: current.undone.filter((undone) => undone !== step) }));
    });
  };

  return {
    annotations: list.data ?? [],
    colours: colours.data ?? [],
    error: list.error ?? run.error,
    create,
    update,
    remove,
    // While a change is still being saved, undo and redo do nothing (one step at a time):
    // say so, so that the buttons are not offered and then ignored.
    undo: { run: undo, label: history.done.at(-1)?.label, pending: run.isPending },
    redo: { run: redo, label: history.undone.at(-1)?.label, pending: run.isPending },
  };
}
