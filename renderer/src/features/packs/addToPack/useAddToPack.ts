import { createContext, useContext } from 'react';
import { useCommand } from '../../../commands/CommandRegistry';
import type { AddToPackRequest } from './packItemRequests';

/** Opens the "Add to pack" dialog for an item. */
export type AddToPack = (request: AddToPackRequest) => void;

export const AddToPackContext = createContext<AddToPack | undefined>(undefined);

/** The one way in to "Add to pack", from any place of the app (inside AddToPackProvider). */
export function useAddToPack(): AddToPack {
  const open = useContext(AddToPackContext);
  if (!open) throw new Error('useAddToPack must be used inside AddToPackProvider.');
  return open;
}

/**
 * Attaches "Add to pack…" (pack.addToPack, Ctrl+Shift+B) to what the calling place has in hand
 * (the words selected, the mark chosen, the result under the keyboard) while it is mounted;
 * `current` answers undefined when there is nothing to add at the moment.
 */
export function useAddToPackCommand(current: () => AddToPackRequest | undefined, enabled: boolean): void {
  const open = useAddToPack();
  useCommand(
    'pack.addToPack',
    () => {
      const request = current();
      if (request) open(request);
    },
    enabled,
  );
}
