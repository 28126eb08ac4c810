import type { AddToPackRequest } from '../packs/addToPack/packItemRequests';

/**
 * A result's "Add to pack" request, kept on its option so that the command (Ctrl+Shift+B) can
 * add the result under the keyboard: the list's focus is virtual (the field keeps it), so the
 * option marked focused (data-focused) is the one meant.
 */
export const packRequestAttribute = (request: AddToPackRequest) => ({ 'data-pack-request': JSON.stringify(request) });

/** The request of the focused option of `list`, if any. */
export function focusedResultRequest(list: HTMLElement | null): AddToPackRequest | undefined {
  const value = list?.querySelector('[role="option"][data-focused]')?.getAttribute('data-pack-request');
  return value ? (JSON.parse(value) as AddToPackRequest) : undefined;
}
