import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { PrecedentCard } from './PrecedentCard';
import type { useDraftPrecedents } from './usePrecedents';

/**
 * Precedents for every article of the draft: a button to find them, progress while they are
 * found (with Cancel), then each paragraph with its best precedent, the others folded below it.
 */
export function DraftPrecedentsView({
  draft,
  onShowParagraph,
}: {
  draft: ReturnType<typeof useDraftPrecedents>;
  /** A paragraph's label was pressed: show that paragraph alone (This paragraph). */
  onShowParagraph: (passageId: number) => void;
}) {
  const t = useT();
  const { run, paragraphs } = draft;
  const running = run?.state === 'running';
  return (
    <div className="precedents-draft">
      <div className="precedents-draft-actions">
        {running ? (
          <>
            <progress className="precedents-progress" max={run.total} value={run.done} aria-label={t('precedents.progressLabel')} />
            <span role="status">{t('precedents.progress', { done: run.done, total: run.total })}</span>
            <Button onPress={draft.cancel}>{t('precedents.cancel')}</Button>
          </>
        ) : (
          <>
            <Button variant="primary" onPress={draft.start} isDisabled={draft.starting}>
              {run ? t('precedents.findAgain') : t('precedents.findForDraft')}
            </Button>
            {run && <span role="status">{t(run.state === 'cancelled' ? 'precedents.stopped' : 'precedents.done', { done: run.done, total: run.total })}</span>}
          </>
        )}
      </div>
      {Boolean(draft.error) && <ErrorMessage title={t('precedents.failed')} error={draft.error} />}
      {run?.state === 'failed' && run.message && <ErrorMessage title={t('precedents.failed')} error={run.message} />}
      <ol className="precedents-by-paragraph">
        {paragraphs.map((paragraph) => {
          const [best, ...others] = paragraph.precedents;
          return (
            <li key={paragraph.passageId} className="precedents-for-paragraph">
              <h3 className="precedents-paragraph-label">
                <Button variant="quiet" onPress={() => onShowParagraph(paragraph.passageId)}>
                  {paragraph.label}
                </Button>
              </h3>
              {best ? <PrecedentCard precedent={best} draftLabel={paragraph.label} /> : <p className="hint">{t('precedents.none')}</p>}
              {others.length > 0 && (
                <details className="precedents-others">
                  <summary>{t('precedents.others', { count: others.length })}</summary>
                  {others.map((precedent) => (
                    <PrecedentCard key={precedent.passageId} precedent={precedent} draftLabel={paragraph.label} />
                  ))}
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
