/**
 * What is dragged on the Packs screen, as drag data types (React Aria's drag items are maps of
 * type to text): a section (reordered in the outline), an item (reordered in its section, or
 * moved to another: dropped between items, or on a section in the outline), and a source from
 * the right pane (a search result or a position, as the item to add).
 */
import type { DropItem } from 'react-aria-components';
import type { PackItemInput } from '../../../../electron/common/packs';

export const sectionDragType = 'application/x-briefing-pack-section';
export const itemDragType = 'application/x-briefing-pack-item';
export const sourceDragType = 'application/x-briefing-pack-source';

/** A source as a drag item: the item to add, and its words for a drop elsewhere (a text editor). */
export function sourceDragItem(input: PackItemInput, words: string): Record<string, string> {
  return { [sourceDragType]: JSON.stringify(input), 'text/plain': words };
}

/** What was dropped: pack items by id, and sources as the items to add, in the order dragged. */
export async function readDropped(items: DropItem[]): Promise<{ itemIds: number[]; sources: PackItemInput[] }> {
  const itemIds: number[] = [];
  const sources: PackItemInput[] = [];
  for (const item of items) {
    if (item.kind !== 'text') continue;
    if (item.types.has(itemDragType)) itemIds.push(Number(await item.getText(itemDragType)));
    else if (item.types.has(sourceDragType)) sources.push(JSON.parse(await item.getText(sourceDragType)) as PackItemInput);
  }
  return { itemIds, sources };
}
