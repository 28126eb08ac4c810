import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { RecoveryOffer } from '../../../../electron/common/backups';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { useBackupDate } from './BackupsSection';

/**
 * Shows the window (children) unless the library could not be opened at start-up: then a
 * screen that says so and offers the newest sound backup, or an empty library. A host that
 * cannot answer leaves the window as it is.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const overview = useQuery({ queryKey: queryKeys.backups(), queryFn: () => api.backups.list({}) });
  if (overview.isPending) return null;
  const recovery = overview.data?.recovery;
  return recovery ? <RecoveryScreen recovery={recovery} /> : children;
}

function RecoveryScreen({ recovery }: { recovery: RecoveryOffer }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const dateOf = useBackupDate();
  // Either way every query starts afresh: the window then shows the library chosen.
  const done = () => queryClient.invalidateQueries();
  const restore = useMutation({ mutationFn: (id: string) => api.backups.restore({ id }), onSuccess: done });
  const startEmpty = useMutation({ mutationFn: () => api.backups.dismissRecovery({}), onSuccess: done });
  const busy = restore.isPending || startEmpty.isPending;
  const offer = recovery.newestGood;
  return (
    <main className="recovery-screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{t('recovery.damaged')}</p>
      <p>
        <code className="path">{recovery.movedTo}</code>
      </p>
      <p>{offer ? t('recovery.offer', { date: dateOf(offer.takenAt), count: offer.documentCount ?? 0 }) : t('recovery.noBackup')}</p>
      {restore.isPending && <p role="status">{t('settings.backups.restoring')}</p>}
      {restore.error && <ErrorMessage title={t('settings.backups.restoreFailed')} error={restore.error} />}
      {startEmpty.error && <ErrorMessage title={t('recovery.emptyFailed')} error={startEmpty.error} />}
      <div className="button-row">
        {offer && (
          <Button variant="primary" autoFocus isDisabled={busy} onPress={() => restore.mutate(offer.id)}>
            {t('recovery.restore', { date: dateOf(offer.takenAt) })}
          </Button>
        )}
        <Button isDisabled={busy} onPress={() => startEmpty.mutate()}>
          {t('recovery.empty')}
        </Button>
      </div>
    </main>
  );
}
