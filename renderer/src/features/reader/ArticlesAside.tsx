import { useState, type ReactNode } from 'react';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { useT } from '../../i18n/useT';
import { ArticlesPanel } from './ArticlesPanel';

/**
 * Whether the Articles panel beside a document shown as text is open; registers Show or hide
 * navigation (reader.toggleNavigation, Ctrl+Alt+1) while that view is shown, as the PDF
 * reader does for its navigation panel.
 */
export function useArticlesAside() {
  const [open, setOpen] = useState(false);
  useCommand('reader.toggleNavigation', () => setOpen((current) => !current));
  return { open };
}

/**
 * A document shown as text (the reading view, a Word or text document) with the Articles
 * panel on its left when open: the same tree as in the PDF reader's navigation panel.
 */
export function ArticlesAside({
  open,
  passages,
  onGoTo,
  documentId,
  children,
}: {
  open: boolean;
  /** The document the passages are of: its articles can be added to a pack. */
  documentId: number;
  passages: DocumentPassage[] | undefined;
  onGoTo: (passage: DocumentPassage) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="articles-beside">
      {open && (
        <aside className="articles-aside" aria-label={t('reader.navigation')}>
          <h2 className="articles-aside-title">{t('reader.articles')}</h2>
          <ArticlesPanel passages={passages} onGoTo={onGoTo} documentId={documentId} />
        </aside>
      )}
      {children}
    </div>
  );
}
