import type { ReactNode } from 'react';

/**
 * The bar at the top of a screen, as in Outlook and Acrobat: the screen's title (its h1, with
 * the id "screen-title" that the screen's section is labelled by) and then the screen's own
 * controls (a search field, buttons), in the order given.
 */
export function ScreenToolbar({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="screen-toolbar">
      <h1 id="screen-title">{title}</h1>
      {children}
    </header>
  );
}
