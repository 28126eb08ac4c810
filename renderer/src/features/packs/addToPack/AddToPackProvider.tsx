import { useCallback, useState, type ReactNode } from 'react';
import { useNavigation } from '../../shell/navigation';
import { openPackOnArrival } from '../PacksScreen';
import { AddedToastRegion, announceAdded, makeAddedQueue } from './AddedToast';
import { AddToPackDialog } from './AddToPackDialog';
import type { AddToPackRequest } from './packItemRequests';
import { AddToPackContext } from './useAddToPack';
import './addToPack.css';

/**
 * "Add to pack" for the whole app: one dialog, opened by useAddToPack() from wherever an item
 * is (a search result, a selection, a mark, a position, a precedent, a compare view), and the
 * toast that says where it went with "Open pack" (the Packs screen, on that pack). Inside the
 * navigation context.
 */
export function AddToPackProvider({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const [open, setOpen] = useState<{ request: AddToPackRequest; count: number }>();
  const [queue] = useState(makeAddedQueue);
  const addToPack = useCallback((request: AddToPackRequest) => setOpen((current) => ({ request, count: (current?.count ?? 0) + 1 })), []);
  return (
    <AddToPackContext.Provider value={addToPack}>
      {children}
      {open && (
        <AddToPackDialog
          key={open.count}
          request={open.request}
          onClose={() => setOpen(undefined)}
          onAdded={(added) => {
            setOpen(undefined);
            announceAdded(queue, added);
          }}
        />
      )}
      <AddedToastRegion
        queue={queue}
        onOpenPack={(packId) => {
          openPackOnArrival(packId);
          navigation.goTo('packs');
        }}
      />
    </AddToPackContext.Provider>
  );
}
