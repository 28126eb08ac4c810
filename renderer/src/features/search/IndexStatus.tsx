import type { SearchStatus } from '../../../../electron/common/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { useT } from '../../i18n/useT';

/** The search index while it is not ready: loading, being built (with its progress), or failed. */
export function IndexStatus({ status }: { status: SearchStatus | undefined }) {
  const t = useT();
  if (!status || status.state === 'ready') return null;
  if (status.state === 'failed') return <ErrorMessage title={t('search.unavailable')} error={status.message ?? ''} />;
  if (status.state === 'loading') {
    return (
      <p role="status" className="hint">
        {t('search.indexLoading')}
      </p>
    );
  }
  return <ProgressLine label={t('search.indexBuilding')} value={status.done} total={status.total} valueText={t('search.indexProgress', { done: status.done, total: status.total })} />;
}
