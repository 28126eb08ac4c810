import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { GridList, GridListItem } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { PackSummary } from '../../../../electron/common/packs';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { PackDialog } from './PackDialog';
import { PackRowMenu, type PackRowAction } from './PackRowMenu';

/** A session's day (yyyy-mm-dd) as a Date at midnight UTC, formatted in UTC so that it is that day everywhere. */
const date = (value: string) => new Date(`${value}T00:00:00Z`);

/** "3–5 March 2027", "from 3 March 2027", or nothing: the session's dates per locale. */
function sessionDates(session: PackSummary['session'], locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  if (session.startDate && session.endDate) return format.formatRange(date(session.startDate), date(session.endDate));
  const one = session.startDate ?? session.endDate;
  return one ? format.format(date(one)) : '';
}

/**
 * The packs, the newest session first (the library's order), each with its session, dates and
 * counts; Enter or a double click opens one. "New pack…" makes one; each has Edit session…,
 * Duplicate for next session… and Delete, which can be undone from the notice it leaves.
 */
export function PackList({ onOpen }: { onOpen: (packId: number) => void }) {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const packs = useQuery({ queryKey: queryKeys.packs(), queryFn: () => api.packs.list({}), staleTime: 0 });
  const [dialog, setDialog] = useState<{ mode: 'new' } | { mode: 'edit' | 'duplicate'; pack: PackSummary }>();
  const [deleted, setDeleted] = useState<PackSummary>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.packs() });
  const remove = useMutation({ mutationFn: (pack: PackSummary) => api.packs.delete({ id: pack.id }), onSuccess: (_, pack) => setDeleted(pack), onSettled: refresh });
  const restore = useMutation({ mutationFn: (pack: PackSummary) => api.packs.restore({ id: pack.id }), onSuccess: () => setDeleted(undefined), onSettled: refresh });
  const act = (pack: PackSummary, action: PackRowAction) => (action === 'delete' ? remove.mutate(pack) : setDialog({ mode: action, pack }));
  return (
    <section aria-labelledby="screen-title" className="screen packs-screen">
      <ScreenToolbar title={t('screen.packs.title')}>
        <span className="toolbar-spacer" />
        <Button variant="primary" onPress={() => setDialog({ mode: 'new' })}>
          <Plus aria-hidden size={14} />
          {t('packs.new.button')}
        </Button>
      </ScreenToolbar>
      <div className="pack-list-body">
        {deleted && (
          <div className="notice pack-undo-notice" role="status">
            <span>{t('packs.deleted', { title: deleted.title })}</span>
            <Button variant="quiet" onPress={() => restore.mutate(deleted)} isDisabled={restore.isPending}>
              {t('packs.undoDelete')}
            </Button>
          </div>
        )}
        {packs.isError && <ErrorMessage title={t('packs.listFailed')} error={packs.error} />}
        {(remove.isError || restore.isError) && <ErrorMessage title={t('packs.deleteFailed')} error={remove.error ?? restore.error} />}
        {packs.data?.length === 0 && (
          <div className="notice">
            <strong>{t('packs.empty.title')}</strong>
            <p>{t('packs.empty.description')}</p>
          </div>
        )}
        {packs.data && packs.data.length > 0 && (
          <GridList className="pack-list" aria-label={t('packs.list')} items={packs.data} onAction={(key) => onOpen(Number(key))}>
            {(pack) => (
              <GridListItem id={pack.id} textValue={pack.title} className="pack-row">
                <div className="pack-row-text">
                  <span className="pack-row-title">{pack.title}</span>
                  <span className="pack-row-session">{[pack.session.name, sessionDates(pack.session, intl.locale), pack.session.place].filter(Boolean).join(' · ')}</span>
                  <span className="hint">
                    {t('packs.counts', { sections: pack.sectionCount, items: pack.itemCount })}
                    {pack.classification && ` · ${pack.classification}`}
                  </span>
                </div>
                <Button variant="quiet" onPress={() => onOpen(pack.id)} aria-label={t('packs.openNamed', { title: pack.title })}>
                  {t('packs.open')}
                </Button>
                <PackRowMenu title={pack.title} onAction={(action) => act(pack, action)} />
              </GridListItem>
            )}
          </GridList>
        )}
      </div>
      {dialog && (
        <PackDialog
          mode={dialog.mode}
          pack={dialog.mode === 'new' ? undefined : dialog.pack}
          onClose={() => setDialog(undefined)}
          onDone={(id) => {
            setDialog(undefined);
            if (dialog.mode !== 'edit') onOpen(id);
          }}
        />
      )}
    </section>
  );
}
