/**
 * An item dragged from a search result or a precedent: the drag data the Packs screen takes
 * from its own sources pane (packDragTypes.ts: the PackItemInput as JSON under the source type,
 * its words as plain text for any other drop target).
 */
import type { PackItemInput } from '../../../../../electron/common/packs';
import { sourceDragItem } from '../packDragTypes';

/** Puts an item on a native drag (dragstart). */
export function setPackItemDrag(transfer: DataTransfer, item: PackItemInput, text: string): void {
  for (const [type, value] of Object.entries(sourceDragItem(item, text))) transfer.setData(type, value);
  transfer.effectAllowed = 'copy';
}
