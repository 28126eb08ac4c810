import { useSyncExternalStore } from 'react';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n/useT';
import type { LatestValueSaver } from './latestValueSaver';

/**
 * The quiet line beside a field saved at every change: "Saving…", "Saved", or "Not saved: why"
 * with Retry (the text stays in the field meanwhile). Nothing before the first change. Only this
 * line re-renders as saves come and go, never the editor.
 */
export function SaveStatusLine({ saver }: { saver: LatestValueSaver<unknown> }) {
  const t = useT();
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const touched = state.status !== 'saved' || state.acknowledgedCount > 0;
  return (
    <span className={`save-status save-status-${state.status}`} role="status">
      {touched && state.status === 'saving' && t('richText.save.saving')}
      {touched && state.status === 'saved' && t('richText.save.saved')}
      {state.status === 'failed' && (
        <>
          {t('richText.save.failed', { message: state.error ?? '' })}
          <Button variant="quiet" onPress={() => saver.retry()}>
            {t('richText.save.retry')}
          </Button>
        </>
      )}
    </span>
  );
}
