import { X } from 'lucide-react';
import { Text, UNSTABLE_Toast as Toast, UNSTABLE_ToastContent as ToastContent, UNSTABLE_ToastQueue as ToastQueue, UNSTABLE_ToastRegion as ToastRegion } from 'react-aria-components';
import { Button } from '../../../components/Button';
import { IconButton } from '../../../components/IconButton';
import { useT } from '../../../i18n/useT';

/** What a toast says after an item was added: where it went. */
export interface Added {
  packTitle: string;
  sectionTitle: string;
  packId: number;
}

/** One toast at a time: a newer addition replaces the one before (see announceAdded). */
export function makeAddedQueue(): ToastQueue<Added> {
  return new ToastQueue<Added>({ maxVisibleToasts: 1 });
}

/**
 * Says where the item went, with "Open pack". React Aria's toast region (a landmark reached with
 * F6, announced politely) without a timeout: an action a person may want to reach by keyboard
 * should not vanish while they get there (WCAG 2.2.1); the next addition replaces it.
 */
export function AddedToastRegion({ queue, onOpenPack }: { queue: ToastQueue<Added>; onOpenPack: (packId: number) => void }) {
  const t = useT();
  return (
    <ToastRegion queue={queue} className="added-toast-region" aria-label={t('addToPack.notifications')}>
      {({ toast }) => (
        <Toast toast={toast} className="added-toast">
          <ToastContent className="added-toast-content">
            <Text slot="title">{t('addToPack.added', { pack: toast.content.packTitle, section: toast.content.sectionTitle })}</Text>
          </ToastContent>
          <Button
            variant="quiet"
            onPress={() => {
              queue.close(toast.key);
              onOpenPack(toast.content.packId);
            }}
          >
            {t('addToPack.openPack')}
          </Button>
          <IconButton icon={X} label={t('addToPack.dismiss')} onPress={() => queue.close(toast.key)} />
        </Toast>
      )}
    </ToastRegion>
  );
}

/** Shows a new toast in place of the one before. */
export function announceAdded(queue: ToastQueue<Added>, added: Added): void {
  for (const toast of queue.visibleToasts) queue.close(toast.key);
  queue.add(added);
}
