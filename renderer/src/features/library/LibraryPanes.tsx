import type { ReactNode, Ref } from 'react';
import { Group, Panel, Separator, useDefaultLayout, type PanelImperativeHandle } from 'react-resizable-panels';
import { useT } from '../../i18n/useT';

/**
 * Collections, documents and details side by side, as Zotero's three panes. The side panes
 * are resized by dragging or with the arrow keys on a separator, collapse (drag them shut, or
 * the toolbar's buttons), and keep their sizes for the next time.
 */
export function LibraryPanes({
  collections,
  documents,
  details,
  collectionsRef,
  detailsRef,
  onCollectionsCollapsed,
  onDetailsCollapsed,
}: {
  collections: ReactNode;
  documents: ReactNode;
  details: ReactNode;
  collectionsRef: Ref<PanelImperativeHandle | null>;
  detailsRef: Ref<PanelImperativeHandle | null>;
  onCollectionsCollapsed: (collapsed: boolean) => void;
  onDetailsCollapsed: (collapsed: boolean) => void;
}) {
  const t = useT();
  const layout = useDefaultLayout({ id: 'briefing-library-panes', storage: localStorage });
  return (
    <Group orientation="horizontal" className="library-panes" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel
        id="collections"
        className="library-panel"
        defaultSize="14%"
        minSize={150}
        maxSize="35%"
        collapsible
        panelRef={collectionsRef}
        onResize={(size) => onCollectionsCollapsed(size.inPixels === 0)}
      >
        {collections}
      </Panel>
      <Separator className="pane-separator" aria-label={t('library.resizeCollections')} />
      <Panel id="documents" className="library-panel" minSize={400}>
        {documents}
      </Panel>
      <Separator className="pane-separator" aria-label={t('library.resizeDetails')} />
      <Panel
        id="details"
        className="library-panel"
        defaultSize="21%"
        minSize={240}
        maxSize="45%"
        collapsible
        panelRef={detailsRef}
        onResize={(size) => onDetailsCollapsed(size.inPixels === 0)}
      >
        {details}
      </Panel>
    </Group>
  );
}
