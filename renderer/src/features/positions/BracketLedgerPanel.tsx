import { useQuery } from '@tanstack/react-query';
import type { BracketHolder } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { useDraftRevisionChoice } from './useDraftRevisionChoice';
import { LedgerArticleSection } from './LedgerArticleSection';

/**
 * The bracket ledger of a draft revision: per article, the square-bracketed sets still open
 * (their options, whether each is new or remains since the previous revision, who holds it)
 * and those cleaned since the previous revision of the family, with what stands there now.
 */
export function BracketLedgerPanel() {
  const t = useT();
  const api = useApi();
  const { drafts, revisionId, choose, choices, stateName } = useDraftRevisionChoice();
  const ledger = useQuery({
    queryKey: queryKeys.bracketLedger(revisionId ?? 0),
    queryFn: () => api.positions.brackets({ revisionDocumentId: revisionId! }),
    enabled: revisionId !== undefined,
  });
  const nameOf = (holder: BracketHolder) => (holder.speaker.kind === 'state' ? (stateName(holder.speaker.code) ?? holder.speakerName) : holder.speakerName);
  if (drafts.isSuccess && drafts.data.length === 0) return <p className="notice matrix-empty">{t('positions.ledger.noDrafts')}</p>;
  const data = ledger.data;
  const previous = data?.previous ? (data.previous.symbol ?? data.previous.revisionLabel) : null;
  return (
    <div className="ledger-panel" aria-label={t('positions.ledger.label')} role="region">
      <div className="matrix-controls">
        <ChoiceSelect
          label={t('positions.record.revision')}
          labelShown="beside"
          width="wide"
          value={revisionId === undefined ? '' : String(revisionId)}
          choices={choices}
          onChange={(id) => choose(Number(id))}
        />
      </div>
      {ledger.isError && <ErrorMessage title={t('positions.ledger.notLoaded')} error={ledger.error} />}
      {data && (
        <p className="hint ledger-summary" aria-live="polite">
          {previous === null
            ? t('positions.ledger.summaryFirst', { open: data.totals.open })
            : t('positions.ledger.summary', { open: data.totals.open, fresh: data.totals.new, cleaned: data.totals.cleaned, previous })}
        </p>
      )}
      {data && data.articles.length === 0 && <p className="notice">{t('positions.ledger.empty')}</p>}
      {data && data.articles.length > 0 && (
        // Focusable so that a keyboard user can scroll a long ledger (WCAG 2.1.1).
        <div className="ledger-articles" tabIndex={0}>
          {data.articles.map((article) => (
            <LedgerArticleSection key={`${article.label}|${article.previousLabel}`} article={article} previous={previous ?? ''} nameOf={nameOf} />
          ))}
        </div>
      )}
    </div>
  );
}
