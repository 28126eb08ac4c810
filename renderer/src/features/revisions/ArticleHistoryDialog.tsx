import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { RedlineText } from './RedlineText';

/** An article's versions in every revision of its family, oldest first, each as a redline of the one before. */
export function ArticleHistoryDialog({ documentId, label, onClose }: { documentId: number; label: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const history = useQuery({ queryKey: queryKeys.articleHistory(documentId, label), queryFn: () => api.revisions.articleHistory({ documentId, label }) });
  return (
    <AppDialog title={t('compare.historyTitle', { article: label })} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="article-history-dialog">
      {history.isPending && <p className="hint">{t('compare.loading')}</p>}
      {history.isError && <ErrorMessage title={t('compare.historyFailed')} error={history.error} />}
      <ol className="article-history">
        {history.data?.map((entry) => (
          <li key={entry.revision.documentId}>
            <h3>
              {entry.revision.revisionLabel ?? entry.revision.title} <span className="hint">{entry.revision.symbol}</span>
              {' · '}
              {entry.label ?? t('compare.absent')} <span className={`change-badge change-${entry.change}`}>{t(`compare.change.${entry.change}`)}</span>
            </h3>
            <div className="redline redline-inline">
              <RedlineText segments={entry.redline} />
            </div>
          </li>
        ))}
      </ol>
    </AppDialog>
  );
}
