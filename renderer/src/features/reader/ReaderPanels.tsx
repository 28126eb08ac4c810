import { useState, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { useCommand } from '../../commands/CommandRegistry';
import { useT } from '../../i18n/useT';

/**
 * The annotations panel's state: open or collapsed, and its width, remembered between
 * sessions (react-resizable-panels keeps the layout in localStorage). Registers Show or hide
 * annotations (reader.toggleComments) while the calling reader is shown.
 */
export function useAnnotationsPanel() {
  const panelRef = usePanelRef();
  const [open, setOpen] = useState(true);
  const layout = useDefaultLayout({ id: 'briefing-reader-annotations' });
  useCommand('reader.toggleComments', () => {
    const panel = panelRef.current;
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
  });
  return { panelRef, open, setOpen, layout };
}

export type AnnotationsPanelState = ReturnType<typeof useAnnotationsPanel>;

/**
 * The document beside its annotations, with a separator between them that resizes by
 * dragging or by the arrow keys. A collapsed panel's content is not rendered, so it is out of
 * the way of the keyboard and of screen readers too.
 */
export function ReaderPanels({ panel, annotations, children }: { panel: AnnotationsPanelState; annotations: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Group className="reader-panels" orientation="horizontal" {...panel.layout}>
      <Panel id="document" minSize={320} className="reader-document">
        {children}
      </Panel>
      <Separator className="panel-separator" aria-label={t('reader.resizeAnnotations')} />
      <Panel
        id="annotations"
        panelRef={panel.panelRef}
        collapsible
        collapsedSize={0}
        defaultSize={340}
        minSize={260}
        maxSize="60%"
        groupResizeBehavior="preserve-pixel-size"
        onResize={(size) => panel.setOpen(size.inPixels > 0)}
      >
        {panel.open && annotations}
      </Panel>
    </Group>
  );
}
