import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { BackupSummary, RestoreOutcome } from '../../../../electron/common/backups';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

/** A snapshot's time in the user's locale: "1 Dec 2026, 09:30". */
export function useBackupDate(): (takenAt: string) => string {
  const intl = useIntl();
  return (takenAt) => intl.formatDate(takenAt, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Settings → Backups: the snapshots of the library (newest first), "Back up now", and
 * "Restore…" behind a dialog that says what is replaced and that the library as it is now is
 * kept as a backup first. A restore invalidates every query: the whole window shows the
 * restored library.
 */
export function BackupsSection() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const dateOf = useBackupDate();
  const overview = useQuery({ queryKey: queryKeys.backups(), queryFn: () => api.backups.list({}) });
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);
  const create = useMutation({
    mutationFn: () => api.backups.create({}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups() }),
  });
  const restore = useMutation({
    mutationFn: (id: string) => api.backups.restore({ id }),
    onSuccess: async (outcome) => {
      setChosen(null);
      setRestored(outcome);
      // Everything the window shows came from the library that was just replaced: every query
      // is fetched again (the old answers stay on screen until the new ones arrive).
      await queryClient.invalidateQueries();
    },
  });
  const size = (bytes: number) => intl.formatNumber(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const snapshots = overview.data?.snapshots ?? [];
  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('settings.backups')}</h2>
      <p className="hint">{t('settings.backups.hint')}</p>
      {overview.data?.lastFailure && <ErrorMessage title={t('settings.backups.lastFailure', { date: dateOf(overview.data.lastFailure.at) })} error={overview.data.lastFailure.message} />}
      {overview.error && <ErrorMessage title={t('settings.backups.listFailed')} error={overview.error} />}
      <div className="button-row">
        <Button isDisabled={create.isPending} onPress={() => create.mutate()}>
          {create.isPending ? t('settings.backups.working') : t('settings.backups.now')}
        </Button>
        <span role="status" className="hint">
          {create.data && !create.isPending ? t('settings.backups.made', { date: dateOf(create.data.takenAt) }) : ''}
        </span>
      </div>
      {create.error && <ErrorMessage title={t('settings.backups.failed')} error={create.error} />}
      <div role="status" aria-label={t('settings.backups.outcome')}>
        {restored && (
          <p>
            {restored.keptAs
              ? t('settings.backups.restored', { date: dateOf(restored.restored.takenAt), kept: dateOf(restored.keptAs.takenAt) })
              : t('settings.backups.restoredNoKeep', { date: dateOf(restored.restored.takenAt) })}
            {restored.missingOriginals > 0 && ` ${t('settings.backups.missingOriginals', { count: restored.missingOriginals })}`}
          </p>
        )}
      </div>
      {overview.data && snapshots.length === 0 && <p className="hint">{t('settings.backups.none')}</p>}
      {snapshots.length > 0 && (
        <table className="data-table backups-table" aria-label={t('settings.backups')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.backups.taken')}</th>
              <th scope="col">{t('settings.backups.why')}</th>
              <th scope="col">{t('settings.backups.documentsColumn')}</th>
              <th scope="col">{t('settings.backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id}>
                <td>{dateOf(snapshot.takenAt)}</td>
                <td>{t(`settings.backups.reason.${snapshot.reason}`)}</td>
                <td>{snapshot.documentCount === null ? '—' : intl.formatNumber(snapshot.documentCount)}</td>
                <td>{size(snapshot.sizeBytes)}</td>
                <td>
                  <Button aria-label={t('settings.backups.restoreLabel', { date: dateOf(snapshot.takenAt) })} onPress={() => setChosen(snapshot)}>
                    {t('settings.backups.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AppDialog
        title={chosen ? t('settings.backups.confirmTitle', { date: dateOf(chosen.takenAt) }) : ''}
        closeLabel={t('dialog.close')}
        isOpen={chosen !== null}
        onClose={() => {
          // A restore under way finishes with the dialog open, saying so.
          if (restore.isPending) return;
          setChosen(null);
          restore.reset();
        }}
        className="confirm-dialog"
      >
        {chosen && (
          <>
            <p>{t('settings.backups.confirmBody', { date: dateOf(chosen.takenAt), count: chosen.documentCount ?? 0 })}</p>
            <p>{t('settings.backups.confirmKept')}</p>
            <p className="hint">{t('settings.backups.confirmOriginals')}</p>
            {restore.isPending && <p role="status">{t('settings.backups.restoring')}</p>}
            {restore.error && <ErrorMessage title={t('settings.backups.restoreFailed')} error={restore.error} />}
            <div className="button-row dialog-actions">
              <Button
                isDisabled={restore.isPending}
                onPress={() => {
                  setChosen(null);
                  restore.reset();
                }}
              >
                {t('dialog.cancel')}
              </Button>
              <Button variant="danger" autoFocus isDisabled={restore.isPending} onPress={() => restore.mutate(chosen.id)}>
                {t('settings.backups.confirm')}
              </Button>
            </div>
          </>
        )}
      </AppDialog>
    </section>
  );
}
