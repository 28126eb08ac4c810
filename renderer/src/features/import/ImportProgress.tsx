import { CircleAlert, CircleCheck, CircleDashed, CircleMinus, CircleSlash, KeyRound, LoaderCircle, type LucideIcon } from 'lucide-react';
import { useIntl } from 'react-intl';
import { ProgressBar } from 'react-aria-components';
import type { ImportBatch, ImportItem } from '../../../../electron/common/model';
import type { MessageId } from '../../../../electron/common/i18n/messages';
import { importNoticeMessage } from '../../../../electron/common/i18n/importNotices';
import { Button } from '../../components/Button';
import { useT, type Translate } from '../../i18n/useT';
import { PasswordPrompt } from './PasswordPrompt';
import './import.css';

const statuses: Record<ImportItem['status'], { label: MessageId; icon: LucideIcon }> = {
  queued: { label: 'import.status.queued', icon: CircleDashed },
  reading: { label: 'import.status.reading', icon: LoaderCircle },
  imported: { label: 'import.status.imported', icon: CircleCheck },
  duplicate: { label: 'import.status.duplicate', icon: CircleMinus },
  'needs-password': { label: 'import.status.needsPassword', icon: KeyRound },
  error: { label: 'import.status.error', icon: CircleAlert },
  cancelled: { label: 'import.status.cancelled', icon: CircleSlash },
};

/** The import under way or just ended: a progress bar, each file's outcome, Cancel or Close. */
export function ImportProgress({
  batch,
  onCancel,
  onPassword,
  onDismiss,
  lost,
}: {
  lost: boolean;
  batch: ImportBatch;
  onCancel: () => void;
  onPassword: (index: number, password: string) => void;
  onDismiss: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const running = batch.state === 'running' && !lost;
  const summary = intl.formatList(summaryParts(batch, t), { type: 'unit', style: 'long' });
  let heading = t('import.progress.running', { done: batch.filesDone, total: batch.filesTotal, pages: batch.pagesDone });
  if (!running) heading = batch.state === 'cancelled' ? t('import.progress.cancelled', { summary }) : t('import.progress.finished', { summary });
  return (
    <section className="import-progress" aria-label={t('import.progress.label')}>
      <div className="import-progress-head">
        <h2>{heading}</h2>
        {running ? <Button onPress={onCancel}>{t('import.cancel')}</Button> : <Button variant="quiet" onPress={onDismiss}>{t('import.close')}</Button>}
      </div>
      <ProgressBar className="progress-bar" aria-label={t('import.progress.bar')} maxValue={Math.max(1, batch.filesTotal)} value={batch.filesDone}>
        {({ percentage }) => (
          <span className="progress-bar-track">
            {/* The fill's width is the one value computed here (allowed by the CSP: set through the CSSOM). */}
            <span className="progress-bar-fill" style={{ width: `${percentage ?? 0}%` }} />
          </span>
        )}
      </ProgressBar>
      {batch.skippedFiles > 0 && <p className="hint">{t('import.skipped', { count: batch.skippedFiles })}</p>}
      <ul className="import-items">
        {batch.items.map((item) => {
          const { label, icon: Icon } = statuses[item.status];
          return (
            <li key={item.index} className={`import-item import-item-${item.status}`}>
              <span className="import-item-status">
                <Icon aria-hidden size={14} />
                {t(label)}
              </span>
              <span className="import-item-name">{item.name}</span>
              {item.status === 'reading' && item.pageCount !== null && (
                <span className="hint">{t('import.item.reading', { done: item.pagesDone, total: item.pageCount })}</span>
              )}
              {item.status === 'imported' && (
                <span className="hint">{t('import.item.imported', { pages: item.pageCount ?? 0, passages: item.passageCount })}</span>
              )}
              {item.message && <p className="import-item-message">{item.message}</p>}
              {item.notices?.map((notice) => {
                const { id, values } = importNoticeMessage(notice);
                return (
                  <p key={notice.kind} className="import-item-message">
                    {t(id, values)}
                  </p>
                );
              })}
              {item.status === 'needs-password' && <PasswordPrompt name={item.name} onSubmit={(password) => onPassword(item.index, password)} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "2 imported", "1 needs a password" … each a whole message; the list is joined per locale. */
function summaryParts(batch: ImportBatch, t: Translate): string[] {
  const count = (status: ImportItem['status']) => batch.items.filter((item) => item.status === status).length;
  const parts = [t('import.summary.imported', { count: count('imported') })];
  const others: [ImportItem['status'], MessageId][] = [
    ['duplicate', 'import.summary.duplicate'],
    ['needs-password', 'import.summary.needsPassword'],
    ['error', 'import.summary.failed'],
    ['cancelled', 'import.summary.cancelled'],
  ];
  for (const [status, message] of others) if (count(status) > 0) parts.push(t(message, { count: count(status) }));
  return parts;
}
