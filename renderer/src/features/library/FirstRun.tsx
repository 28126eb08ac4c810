import type { ReactNode } from 'react';
import type { CommandId } from '../../../../electron/common/commands';
import type { MessageId } from '../../../../electron/common/i18n/messages';
import { commandIcons } from '../../commands/commandIcons';
import { useT } from '../../i18n/useT';

const features: { command: CommandId; name: MessageId; description: MessageId }[] = [
  { command: 'go.library', name: 'nav.library', description: 'library.firstRun.library' },
  { command: 'go.reader', name: 'nav.reader', description: 'library.firstRun.reader' },
  { command: 'go.search', name: 'nav.search', description: 'library.firstRun.search' },
  { command: 'go.positions', name: 'nav.positions', description: 'library.firstRun.positions' },
  { command: 'go.revisions', name: 'nav.revisions', description: 'library.firstRun.revisions' },
  { command: 'go.packs', name: 'nav.packs', description: 'library.firstRun.packs' },
];

/** An empty library: what Briefing does, in a few lines, and importing as the next step. */
export function FirstRun({ importControls }: { importControls: ReactNode }) {
  const t = useT();
  return (
    <div className="first-run">
      <section className="first-run-card" aria-labelledby="first-run-title">
        <h2 id="first-run-title">{t('library.firstRun.heading')}</h2>
        <p>{t('library.firstRun.intro')}</p>
        <dl className="first-run-features">
          {features.map(({ command, name, description }) => {
            const Icon = commandIcons[command];
            return (
              <div key={command} className="first-run-feature">
                <dt>
                  <Icon aria-hidden size={16} />
                  {t(name)}
                </dt>
                <dd>{t(description)}</dd>
              </div>
            );
          })}
        </dl>
        <p className="first-run-next">{t('library.firstRun.next')}</p>
        {importControls}
        <p className="hint">{t('import.dropHint')}</p>
      </section>
    </div>
  );
}
