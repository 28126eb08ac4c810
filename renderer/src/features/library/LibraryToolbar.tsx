import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/** The Library's toolbar: the screen's title, then what the screen offers (import, filter, panes). */
export function LibraryToolbar({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <header className="screen-toolbar library-toolbar">
      <h1 id="screen-title">{t('library.title')}</h1>
      {children}
    </header>
  );
}
