import { GripVertical, Plus } from 'lucide-react';
import { Button as AriaButton, GridList, GridListItem, useDragAndDrop, type Key } from 'react-aria-components';
import { sectionTitle } from '../../../../electron/common/packSectionTitle';
import type { InterfaceLanguage } from '../../../../electron/common/model';
import type { Pack } from '../../../../electron/common/packs';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { itemDragType, readDropped, sectionDragType, sourceDragType } from './packDragTypes';
import { dropMove } from './packOrder';
import { SectionRowMenu, type SectionRowAction } from './SectionRowMenu';
import type { PackActions } from './usePackActions';

/**
 * The pack's outline, as Word's navigation pane: its sections in order with their items'
 * counts. Choosing one shows it in the document. Sections are reordered by dragging (the
 * handle, or the row; with the keyboard: Enter on the handle, arrows, Enter) or with Move up
 * and Move down (Alt+Shift+↑/↓). An item dragged from the document, or a source from the right
 * pane, dropped on a section goes to its end.
 */
export function PackOutline({
  pack,
  language,
  selectedId,
  onSelect,
  onSectionAction,
  onAddSection,
  actions,
}: {
  pack: Pack;
  language: InterfaceLanguage;
  selectedId: number | undefined;
  onSelect: (sectionId: number) => void;
  onSectionAction: (sectionId: number, action: SectionRowAction) => void;
  onAddSection: () => void;
  actions: PackActions;
}) {
  const t = useT();
  const ids = pack.sections.map((section) => section.id);
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => {
        const section = pack.sections.find((candidate) => candidate.id === key)!;
        return { [sectionDragType]: String(key), 'text/plain': sectionTitle(section, language) };
      }),
    acceptedDragTypes: [sectionDragType, itemDragType, sourceDragType],
    // Sections go between sections; items and sources go on one.
    shouldAcceptItemDrop: (_target, types) => types.has(itemDragType) || types.has(sourceDragType),
    getDropOperation: (target, types) => (types.has(sectionDragType) ? (target.type === 'item' && target.dropPosition !== 'on' ? 'move' : 'cancel') : target.type === 'item' && target.dropPosition === 'on' ? (types.has(sourceDragType) ? 'copy' : 'move') : 'cancel'),
    onReorder: (event) => {
      const id = Number([...event.keys][0]);
      const move = dropMove(ids, id, { key: Number(event.target.key), dropPosition: event.target.dropPosition });
      if (move) actions.moveSection(id, move);
    },
    onItemDrop: async (event) => {
      const sectionId = Number(event.target.key);
      const { itemIds, sources } = await readDropped(event.items);
      for (const itemId of itemIds) {
        const from = pack.sections.find((section) => section.items.some((item) => item.id === itemId));
        const item = from?.items.find((candidate) => candidate.id === itemId);
        if (!from || !item || from.id === sectionId) continue;
        const next = from.items[from.items.indexOf(item) + 1];
        actions.moveItem(item, sectionId, null, { sectionId: from.id, before: next?.id ?? null });
      }
      for (const source of sources) actions.addItem(sectionId, source);
    },
  });
  return (
    <nav className="pack-outline" aria-label={t('packs.outline.label')}>
      <div className="pack-pane-header">
        <h2 className="pack-pane-title">{t('packs.outline.title')}</h2>
        <IconButton icon={Plus} label={t('command.packs.addSection')} onPress={onAddSection} />
      </div>
      <GridList
        className="pack-outline-list"
        aria-label={t('packs.outline.sections')}
        items={pack.sections}
        selectionMode="single"
        selectionBehavior="replace"
        disallowEmptySelection
        selectedKeys={selectedId === undefined ? [] : [selectedId]}
        onSelectionChange={(keys) => {
          const [key] = keys === 'all' ? [] : [...keys];
          if (key !== undefined) onSelect(Number(key as Key));
        }}
        dragAndDropHooks={dragAndDropHooks}
        renderEmptyState={() => <p className="hint pack-empty">{t('packs.outline.empty')}</p>}
      >
        {(section) => {
          const title = sectionTitle(section, language);
          return (
            <GridListItem id={section.id} textValue={title} className="pack-outline-row" data-section-id={section.id}>
              <AriaButton slot="drag" className="drag-handle" aria-label={t('packs.dragSection', { title })}>
                <GripVertical aria-hidden size={14} />
              </AriaButton>
              <span className="pack-outline-title">{title}</span>
              {/* Clips added, when there are some: a "0" beside a section that shows the draft
                  text or the positions by itself would say it is empty. */}
              {section.items.length > 0 && (
                <span className="pack-outline-count" aria-label={t('packs.itemCount', { count: section.items.length })}>
                  {section.items.length}
                </span>
              )}
              <SectionRowMenu title={title} onAction={(action) => onSectionAction(section.id, action)} />
            </GridListItem>
          );
        }}
      </GridList>
    </nav>
  );
}
