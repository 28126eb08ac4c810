import type { Pack } from '../../../../electron/common/packs';
import { useCommand } from '../../commands/CommandRegistry';
import { stepMove } from './packOrder';
import type { PackActions } from './usePackActions';

/** The item whose row (or a control in it) has the focus in the document. */
function focusedItem(): number | undefined {
  const row = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-item-id]') : null;
  return row ? Number(row.dataset.itemId) : undefined;
}

/**
 * Move up and Move down (Alt+Shift+↑/↓, Edit menu, palette) and Add section…: on the item whose
 * row has the focus in the document, else on the section chosen in the outline.
 */
export function usePackCommands(pack: Pack | undefined, selectedId: number | undefined, actions: PackActions, onAddSection: () => void): void {
  const move = (direction: -1 | 1) => {
    if (!pack) return;
    const itemId = focusedItem();
    const section = itemId === undefined ? undefined : pack.sections.find((candidate) => candidate.items.some((item) => item.id === itemId));
    if (section && itemId !== undefined) {
      const ids = section.items.map((item) => item.id);
      const step = stepMove(ids, itemId, direction);
      if (step) actions.moveItem(section.items[ids.indexOf(itemId)], section.id, step.before, { sectionId: section.id, before: step.undoBefore });
      return;
    }
    if (selectedId === undefined) return;
    const step = stepMove(
      pack.sections.map((candidate) => candidate.id),
      selectedId,
      direction,
    );
    if (step) actions.moveSection(selectedId, step);
  };
  const enabled = pack !== undefined;
  useCommand('packs.moveUp', () => move(-1), enabled);
  useCommand('packs.moveDown', () => move(1), enabled);
  useCommand('packs.addSection', onAddSection, pack !== undefined);
}
