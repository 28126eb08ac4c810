import type { ReactNode } from 'react';
import { formatShortcut } from '../../../commands/shortcuts';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n/useT';

/** A button of the bar with its key shown beside its name, and told to assistive technology. */
function KeyButton({ label, shortcut, ariaShortcut, onPress }: { label: string; shortcut: string; ariaShortcut: string; onPress: () => void }) {
  return (
    <Button variant="quiet" onPress={onPress} aria-keyshortcuts={ariaShortcut}>
      {label} <kbd className="room-key">{shortcut}</kbd>
    </Button>
  );
}

/**
 * The room's only chrome: the pack's title and session, the article being read, then the
 * go-to box and quick search (given as children), Note (N) and Exit (Esc).
 */
export function RoomTopBar({ title, session, articleLabel, onNote, onExit, children }: { title: string; session: string; articleLabel: string | null | undefined; onNote?: () => void; onExit: () => void; children?: ReactNode }) {
  const t = useT();
  return (
    <header className="room-bar">
      <div className="room-bar-title">
        <h1>{title}</h1>
        {session && <p>{session}</p>}
      </div>
      {articleLabel !== undefined && (
        <p className="room-current" aria-live="polite">
          {articleLabel ? t('room.currentArticle', { article: articleLabel }) : t('room.noCurrentArticle')}
        </p>
      )}
      {children}
      {onNote && <KeyButton label={t('room.note.button')} shortcut={formatShortcut('N')} ariaShortcut="N" onPress={onNote} />}
      <KeyButton label={t('room.exit')} shortcut="Esc" ariaShortcut="Escape" onPress={onExit} />
    </header>
  );
}
