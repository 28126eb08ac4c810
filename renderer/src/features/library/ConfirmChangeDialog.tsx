import type { DocumentKind } from '../../../../electron/common/model';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

/** A change to several documents that waits for the user's yes: removal, or a new kind. */
export type PendingChange = { type: 'remove'; ids: number[]; title?: string } | { type: 'kind'; ids: number[]; kind: DocumentKind };

/** Asks before removing or re-filing documents, naming how many (or which one). */
export function ConfirmChangeDialog({
  change,
  onConfirm,
  onClose,
  isPending,
  error,
}: {
  change: PendingChange | null;
  onConfirm: (change: PendingChange) => void;
  onClose: () => void;
  isPending: boolean;
  error: unknown;
}) {
  const t = useT();
  const count = change?.ids.length ?? 0;
  const removing = change?.type === 'remove';
  let body = '';
  if (change?.type === 'remove') body = change.title ? t('library.remove.one', { title: change.title }) : t('library.remove.many', { count });
  if (change?.type === 'kind') body = t('library.changeKind.body', { count, kind: change.kind });
  return (
    <AppDialog
      title={removing ? t('library.remove.title', { count }) : t('library.changeKind.title', { count })}
      closeLabel={t('library.dialog.close')}
      isOpen={change !== null}
      onClose={onClose}
      className="confirm-dialog"
    >
      <p>{body}</p>
      {error !== null && error !== undefined && <ErrorMessage title={removing ? t('library.remove.failed') : t('library.changeKind.failed')} error={error} />}
      <div className="button-row dialog-actions">
        <Button onPress={onClose}>{t('library.dialog.cancel')}</Button>
        <Button variant={removing ? 'danger' : 'primary'} autoFocus isDisabled={isPending} onPress={() => change && onConfirm(change)}>
          {removing ? t('library.remove.confirm', { count }) : t('library.changeKind.confirm', { count })}
        </Button>
      </div>
    </AppDialog>
  );
}
