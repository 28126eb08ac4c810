import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { useCommand } from '../../commands/CommandRegistry';
import { emptyHistory, markRedone, markUndone, recordStep, type StructureHistory, type StructureStep } from './structureHistory';

/**
 * Undo and redo of a pack's structure, and the one queue every structural change goes
 * through. Each change, undo and redo runs after the one before has been answered, in the
 * order the delegate made them: two quick moves reach the library in order (they could
 * overtake each other on two connections), and Ctrl+Z pressed while a move is still being
 * saved undoes that move, not the one before it. Edit → Undo and Redo (Ctrl+Z, Ctrl+Shift+Z)
 * run while the Packs screen is shown; inside a text field or the rich text editor those keys
 * stay the editor's own (CommandRegistry leaves text-editing keys to editable elements). A step
 * whose inverse fails (what it names is gone) empties the history rather than leave steps that
 * no longer fit.
 */
export function useStructureHistory() {
  const queryClient = useQueryClient();
  const [history, setHistory] = useState<StructureHistory>(emptyHistory);
  // What the queued work reads when it runs: the history as it will be then, not as rendered.
  const latest = useRef(history);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const update = (change: (current: StructureHistory) => StructureHistory) => {
    latest.current = change(latest.current);
    setHistory(latest.current);
  };
  /** Runs `work` after everything queued before it; a failure is shown, and `onError` runs. */
  const enqueue = (work: () => Promise<void>, onError?: () => void) => {
    setPending((count) => count + 1);
    setError(null);
    queue.current = queue.current
      .then(work)
      .catch((failure: unknown) => {
        setError(failure);
        onError?.();
      })
      .finally(() => {
        setPending((count) => count - 1);
        void queryClient.invalidateQueries({ queryKey: queryKeys.packs() });
      });
  };
  const forget = () => update(() => emptyHistory);
  const undo = () =>
    enqueue(async () => {
      const step = latest.current.done.at(-1);
      if (!step) return;
      await step.undo();
      update((current) => markUndone(current, step));
    }, forget);
  const redo = () =>
    enqueue(async () => {
      const step = latest.current.undone.at(-1);
      if (!step) return;
      await step.redo();
      update((current) => markRedone(current, step));
    }, forget);
  const nextUndo = history.done.at(-1);
  const nextRedo = history.undone.at(-1);
  // While a change is being saved, Undo is there for it.
  const canUndo = nextUndo !== undefined || pending > 0;
  useCommand('annotations.undo', undo, canUndo);
  useCommand('annotations.redo', redo, nextRedo !== undefined);
  return {
    /** Runs a change in turn and records its inverse when the library has answered. */
    perform: <T>(work: () => Promise<T>, step: (done: T) => StructureStep, onDone?: (done: T) => void) =>
      enqueue(async () => {
        const done = await work();
        update((current) => recordStep(current, step(done)));
        onDone?.(done);
      }),
    undo: { run: undo, action: nextUndo?.action, enabled: canUndo },
    redo: { run: redo, action: nextRedo?.action, enabled: nextRedo !== undefined },
    pending: pending > 0,
    error,
  };
}

export type StructureHistoryHandle = ReturnType<typeof useStructureHistory>;
