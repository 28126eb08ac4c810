import { useQueryClient } from '@tanstack/react-query';
import type { Pack, PackItem, PackItemInput, PackSection, PackSectionKind } from '../../../../electron/common/packs';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { withItemMoved, withSectionMoved, type OrderMove } from './packOrder';
import type { StructureAction } from './structureHistory';
import type { StructureHistoryHandle } from './useStructureHistory';

/** A new section as the Add section dialog gives it. */
export interface NewSection {
  kind: PackSectionKind;
  title: string;
  articleLabel: string | null;
}

/**
 * The changes to a pack's structure, each saved at once, in turn (useStructureHistory's queue),
 * and recorded for undo with its inverse call. Moves show at once (the pack in the cache is reordered) and the pack is read again
 * when the library answers, so a failed move puts things back where they are.
 */
export function usePackActions(packKey: readonly unknown[], history: StructureHistoryHandle) {
  const api = useApi();
  const queryClient = useQueryClient();
  const perform = <T>(action: StructureAction, work: () => Promise<T>, inverse: (done: T) => { undo: () => Promise<unknown>; redo: () => Promise<unknown> }, onDone?: (done: T) => void) =>
    history.perform(work, (done) => ({ action, ...inverse(done) }), onDone);
  const showAtOnce = (update: (pack: Pack) => Pack) => queryClient.setQueryData<Pack>(packKey, (pack) => pack && update(pack));

  const deleteSection = (id: number) => api.packs.deleteSection({ id });
  const restoreSection = (id: number) => api.packs.restoreSection({ id });
  const deleteItem = (id: number) => api.packs.deleteItem({ id });
  const restoreItem = (id: number) => api.packs.restoreItem({ id });

  return {
    pending: history.pending,
    addSection: (packId: number, section: NewSection, after: number | null, onAdded?: (section: PackSection) => void) =>
      perform(
        'addSection',
        () => api.packs.addSection({ packId, ...section, after }),
        (added) => ({ undo: () => deleteSection(added.id), redo: () => restoreSection(added.id) }),
        onAdded,
      ),
    deleteSection: (section: PackSection) =>
      perform('deleteSection', () => deleteSection(section.id), () => ({ undo: () => restoreSection(section.id), redo: () => deleteSection(section.id) })),
    moveSection: (id: number, move: OrderMove) => {
      showAtOnce((pack) => withSectionMoved(pack, id, move.before));
      perform('moveSection', () => api.packs.moveSection({ id, before: move.before }), () => ({
        undo: () => api.packs.moveSection({ id, before: move.undoBefore }),
        redo: () => api.packs.moveSection({ id, before: move.before }),
      }));
    },
    renameSection: (section: PackSection, patch: { title: string; articleLabel: string | null }) => {
      const before = { title: section.title, articleLabel: section.articleLabel };
      perform('renameSection', () => api.packs.updateSection({ id: section.id, patch }), () => ({
        undo: () => api.packs.updateSection({ id: section.id, patch: before }),
        redo: () => api.packs.updateSection({ id: section.id, patch }),
      }));
    },
    addItem: (sectionId: number, item: PackItemInput, before: number | null = null) =>
      perform('addItem', () => api.packs.addItem({ sectionId, item, before }), (added) => ({ undo: () => deleteItem(added.id), redo: () => restoreItem(added.id) })),
    deleteItem: (item: PackItem) => perform('deleteItem', () => deleteItem(item.id), () => ({ undo: () => restoreItem(item.id), redo: () => deleteItem(item.id) })),
    /** Moves an item in front of `before` in `sectionId` (null: its end); `from` is where it was, for undo. */
    moveItem: (item: PackItem, sectionId: number, before: number | null, from: { sectionId: number; before: number | null }) => {
      showAtOnce((pack) => withItemMoved(pack, item.id, sectionId, before));
      perform('moveItem', () => api.packs.moveItem({ id: item.id, sectionId, before }), () => ({
        undo: () => api.packs.moveItem({ id: item.id, ...from }),
        redo: () => api.packs.moveItem({ id: item.id, sectionId, before }),
      }));
    },
  };
}

export type PackActions = ReturnType<typeof usePackActions>;
