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
  // One text node whose words change: nothing is taken out of the page and put back at each keystroke.
  const words = !touched ? '' : state.status === 'saving' ? t('richText.save.saving') : state.status === 'saved' ? t('richText.save.saved') : t('richText.save.failed', { message: state.error ?? '' });
  return (
    <span className={`save-status save-status-${state.status}`} role="status">
      {words}
      {state.status === 'failed' && (
        <Button variant="quiet" onPress={() => saver.retry()}>
          {t('richText.save.retry')}
        </Button>
      )}
    </span>
  );
}
