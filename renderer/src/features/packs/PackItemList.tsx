import { GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import type { Pack, PackSection } from '../../../../electron/common/packs';
import { useT } from '../../i18n/useT';
import { itemDragType, readDropped, sourceDragType } from './packDragTypes';
import { dropMove } from './packOrder';
import { PackItemRow } from './PackItemRow';
import type { PackActions } from './usePackActions';

/**
 * A section's items in order. Reordered by dragging (the handle; with the keyboard: Enter on
 * it, arrows, Enter) or with Move up and Move down (Alt+Shift+↑/↓ on a row); an item from
 * another section, or a source from the right pane, can be dropped between two.
 * Tab moves through a row's controls (the note editor among them), so typing stays the editor's.
 */
export function PackItemList({ pack, section, sectionName, actions }: { pack: Pack; section: PackSection; sectionName: string; actions: PackActions }) {
  const t = useT();
  const ids = section.items.map((item) => item.id);
  const placeOf = (itemId: number) => {
    const from = pack.sections.find((candidate) => candidate.items.some((item) => item.id === itemId));
    const index = from?.items.findIndex((item) => item.id === itemId) ?? -1;
    return from && index >= 0 ? { item: from.items[index], from: { sectionId: from.id, before: from.items[index + 1]?.id ?? null } } : undefined;
  };
  const dropAt = async (items: Parameters<typeof readDropped>[0], before: number | null) => {
    const { itemIds, sources } = await readDropped(items);
    for (const itemId of itemIds) {
      const place = placeOf(itemId);
      if (place) actions.moveItem(place.item, section.id, before, place.from);
    }
    for (const source of sources) actions.addItem(section.id, source, before);
  };
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ [itemDragType]: String(key), 'text/plain': section.items.find((item) => item.id === key)?.quote ?? '' })),
    acceptedDragTypes: [itemDragType, sourceDragType],
    getDropOperation: (_target, types) => (types.has(sourceDragType) ? 'copy' : 'move'),
    onReorder: (event) => {
      const id = Number([...event.keys][0]);
      const move = dropMove(ids, id, { key: Number(event.target.key), dropPosition: event.target.dropPosition });
      const item = section.items.find((candidate) => candidate.id === id);
      if (move && item) actions.moveItem(item, section.id, move.before, { sectionId: section.id, before: move.undoBefore });
    },
    onInsert: (event) => {
      const { key, dropPosition } = event.target;
      const before = dropPosition === 'before' ? Number(key) : (ids[ids.indexOf(Number(key)) + 1] ?? null);
      void dropAt(event.items, before);
    },
    onRootDrop: (event) => void dropAt(event.items, null),
  });
  return (
    <GridList
      className="pack-items"
      aria-label={t('packs.items.label', { section: sectionName })}
      items={section.items}
      keyboardNavigationBehavior="tab"
      dragAndDropHooks={dragAndDropHooks}
      renderEmptyState={() => <p className="hint pack-empty">{t('packs.items.empty')}</p>}
    >
      {(item) => (
        <GridListItem id={item.id} textValue={item.citation || item.quote.slice(0, 80)} className="pack-item-row" data-item-id={item.id}>
          <PackItemRow item={item} onDelete={() => actions.deleteItem(item)} />
        </GridListItem>
      )}
    </GridList>
  );
}
