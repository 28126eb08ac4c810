/**
 * An item dragged from a search result or a precedent into the Packs screen: the PackItemInput
 * as JSON under its own type, so the drop target knows it from text dragged out of a page.
 */
import { packItemKinds, type PackItemInput } from '../../../../../electron/common/packs';

export const packItemMimeType = 'application/x-briefing-pack-item';

/** Puts an item on a drag (dragstart); its citation goes along as plain text for other drop targets. */
export function setPackItemDrag(transfer: DataTransfer, item: PackItemInput, text: string): void {
  transfer.setData(packItemMimeType, JSON.stringify(item));
  transfer.setData('text/plain', text);
  transfer.effectAllowed = 'copy';
}

/** The item on a drop, or undefined when what is dropped is not one (or not well formed; the service checks the rest). */
export function packItemOfDrag(transfer: Pick<DataTransfer, 'getData'>): PackItemInput | undefined {
  try {
    const value = JSON.parse(transfer.getData(packItemMimeType)) as Partial<PackItemInput> | null;
    if (!value || !(packItemKinds as readonly unknown[]).includes(value.kind) || typeof value.source !== 'object' || value.source === null) return undefined;
    return value as PackItemInput;
  } catch {
    return undefined;
  }
}
