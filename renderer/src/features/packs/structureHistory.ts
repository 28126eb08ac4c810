/**
 * The undo stack of a pack's structure (sections and items added, deleted, moved, renamed),
 * as pure state: each step knows how to undo and redo itself with the inverse API call (a
 * deletion is undone by restoring the same section or item, so ids stay stable and a later
 * step still finds what it names). useStructureHistory runs the steps; this file only orders them.
 */

/** What a step did, for the Undo and Redo buttons' names ("Undo move section"). */
export type StructureAction = 'addSection' | 'deleteSection' | 'moveSection' | 'renameSection' | 'addItem' | 'deleteItem' | 'moveItem';

export interface StructureStep {
  action: StructureAction;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

export interface StructureHistory {
  /** Oldest first; the last one is undone next. */
  done: StructureStep[];
  /** The last one is redone next. */
  undone: StructureStep[];
}

/** How many steps are kept: a session's evening of work, not an unbounded list of closures. */
export const historyLimit = 100;

export const emptyHistory: StructureHistory = { done: [], undone: [] };

/** A new step: it can be undone, and what was undone before can no longer be redone (as in Word). */
export function recordStep(history: StructureHistory, step: StructureStep): StructureHistory {
  return { done: [...history.done, step].slice(-historyLimit), undone: [] };
}

/** After `step` (the last done) was undone: it moves to the redo side. */
export function markUndone(history: StructureHistory, step: StructureStep): StructureHistory {
  if (history.done.at(-1) !== step) return history;
  return { done: history.done.slice(0, -1), undone: [...history.undone, step] };
}

/** After `step` (the last undone) was redone: it moves back to the undo side. */
export function markRedone(history: StructureHistory, step: StructureStep): StructureHistory {
  if (history.undone.at(-1) !== step) return history;
  return { done: [...history.done, step], undone: history.undone.slice(0, -1) };
}
