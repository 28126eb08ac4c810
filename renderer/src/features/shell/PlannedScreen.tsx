import type { MessageId } from '../../../../electron/common/i18n/messages';
import { useT } from '../../i18n/useT';

/** A screen of the plan that is not in this version: what it will hold, said plainly. */
export function PlannedScreen({ title, description }: { title: MessageId; description: MessageId }) {
  const t = useT();
  return (
    <section aria-labelledby="screen-title" className="screen screen-padded">
      <h1 id="screen-title">{t(title)}</h1>
      <div className="notice">
        <strong>{t('screen.planned')}</strong>
        <p>{t(description)}</p>
      </div>
    </section>
  );
}
