import { Label, ProgressBar } from 'react-aria-components';
import type { SearchStatus } from '../../../../electron/common/model';
import { ErrorMessage } from '../../components/ErrorMessage';
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
  return (
    <ProgressBar
      className="index-progress"
      value={status.done}
      maxValue={Math.max(status.total, 1)}
      valueLabel={t('search.indexProgress', { done: status.done, total: status.total })}
    >
      {({ percentage, valueText }) => (
        <>
          <div className="index-progress-text">
            <Label>{t('search.indexBuilding')}</Label>
            <span className="hint">{valueText}</span>
          </div>
          <div className="index-progress-track">
            {/* The only style set at run time: the bar's width (CSSOM, allowed by the CSP). */}
            <div className="index-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
