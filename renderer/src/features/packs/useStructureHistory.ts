import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { useCommand } from '../../commands/CommandRegistry';
import { emptyHistory, markRedone, markUndone, recordStep, type StructureHistory, type StructureStep } from './structureHistory';

/**
 * Undo and redo of a pack's structure, one step at a time, each saved when the library
 * answers. Edit → Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) run them while the Packs screen is
 * shown; inside a text field or the rich text editor those keys stay the editor's own
 * (CommandRegistry leaves text-editing keys to editable elements). A step whose inverse fails
 * (what it names is gone) empties the history rather than leave steps that no longer fit.
 */
export function useStructureHistory() {
  const queryClient = useQueryClient();
  const [history, setHistory] = useState<StructureHistory>(emptyHistory);
  const run = useMutation({
    mutationFn: (work: () => Promise<unknown>) => work(),
    onError: () => setHistory(emptyHistory),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.packs() }),
  });
  const nextUndo = history.done.at(-1);
  const nextRedo = history.undone.at(-1);
  const undo = () => {
    if (!nextUndo || run.isPending) return;
    run.mutate(async () => {
      await nextUndo.undo();
      setHistory((current) => markUndone(current, nextUndo));
    });
  };
  const redo = () => {
    if (!nextRedo || run.isPending) return;
    run.mutate(async () => {
      await nextRedo.redo();
      setHistory((current) => markRedone(current, nextRedo));
    });
  };
  useCommand('annotations.undo', undo, nextUndo !== undefined && !run.isPending);
  useCommand('annotations.redo', redo, nextRedo !== undefined && !run.isPending);
  return {
    record: (step: StructureStep) => setHistory((current) => recordStep(current, step)),
    undo: { run: undo, action: nextUndo?.action, pending: run.isPending },
    redo: { run: redo, action: nextRedo?.action, pending: run.isPending },
    error: run.error,
  };
}

export type StructureHistoryHandle = ReturnType<typeof useStructureHistory>;
