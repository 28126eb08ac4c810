import { useRef, useState } from 'react';
import { useDefaultLayout } from 'react-resizable-panels';
import type { AnnotationAnchor } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { PdfReader, type PdfReaderHandle, type ReaderTool, type ReaderView } from '../../reader/PdfReader';
import { nextZoom, type ReaderZoom } from '../../reader/zoom';
import { AnnotationPanel, useAnnotationSession } from './AnnotationPanel';
import { PdfToolbar } from './PdfToolbar';
import { markShortcuts, useMarkCommands } from './readerCommands';
import { ReaderPanels, useAnnotationsPanel } from './ReaderPanels';

/**
 * A PDF with its annotations: the toolbar, the reader (navigation panel and pages) and the
 * annotations panel. The reader's actions are commands here, where the host is; the reader
 * itself only takes its tool, zoom and panel as props and through its handle.
 */
export function PdfDocumentView({
  documentId,
  data,
  pageIndex,
  onPageChange,
  annotationId,
  markTerms,
}: {
  documentId: number;
  data: Uint8Array;
  /** The page to show first. */
  pageIndex: number;
  onPageChange: (pageIndex: number) => void;
  annotationId?: number;
  markTerms: string[];
}) {
  const t = useT();
  const session = useAnnotationSession(documentId, annotationId);
  const reader = useRef<PdfReaderHandle>(null);
  const [selectionAnchor, setSelectionAnchor] = useState<AnnotationAnchor>();
  const [jump, setJump] = useState({ pageIndex, nonce: 0 });
  const [tool, setTool] = useState<ReaderTool>('text');
  const [zoom, setZoom] = useState<ReaderZoom>('fit-width');
  const [view, setView] = useState<ReaderView>({ currentPage: pageIndex, pageCount: 0, scale: 1 });
  const [navigationOpen, setNavigationOpen] = useState(false);
  const navigationLayout = useDefaultLayout({ id: 'briefing-reader-navigation' });
  const annotationsPanel = useAnnotationsPanel();

  useCommand('reader.find', () => reader.current?.openFind());
  useMarkCommands((kind) => reader.current?.markSelection(kind), selectionAnchor !== undefined);
  useCommand('reader.toolSelect', () => setTool('text'));
  useCommand('reader.toolNote', () => setTool('note'));
  useCommand('reader.toolComment', () => setTool('comment'));
  useCommand('reader.toolArea', () => setTool('area'));
  useCommand('reader.zoomIn', () => setZoom(nextZoom(view.scale, 1)));
  useCommand('reader.zoomOut', () => setZoom(nextZoom(view.scale, -1)));
  useCommand('reader.fitWidth', () => setZoom('fit-width'));
  useCommand('reader.fitPage', () => setZoom('fit-page'));
  useCommand('reader.toggleNavigation', () => reader.current?.toggleNavigation());

  return (
    <>
      <PdfToolbar
        tool={tool}
        zoom={zoom}
        view={view}
        navigationOpen={navigationOpen}
        annotationsOpen={annotationsPanel.open}
        colours={session.colours}
        activeColour={session.activeColour}
        onColour={session.setActiveColour}
        onGoToPage={(index) => reader.current?.goToPage(index)}
      />
      {session.error && <ErrorMessage title={t('annotations.notSaved')} error={session.error} />}
      <ReaderPanels
        panel={annotationsPanel}
        annotations={
          <AnnotationPanel
            session={session}
            documentId={documentId}
            isPdf
            onJump={(annotation) => setJump((current) => ({ pageIndex: annotation.pageIndex, nonce: current.nonce + 1 }))}
            selectionAnchor={selectionAnchor}
            onPlace={(annotation, anchor) => session.update(annotation, { anchor })}
          />
        }
      >
        <PdfReader
          ref={reader}
          data={data}
          annotations={session.annotations}
          colours={session.colours}
          jump={jump}
          markTerms={markTerms}
          tool={tool}
          onToolChange={setTool}
          zoom={zoom}
          onZoomChange={setZoom}
          navigationLayout={navigationLayout}
          onNavigationChange={setNavigationOpen}
          onViewChange={(next) => {
            setView(next);
            if (next.pageCount > 0) onPageChange(next.currentPage);
          }}
          onMark={(kind, anchor) => session.mark(kind, anchor)}
          onSelectAnnotation={session.setSelectedId}
          onSelectionChange={setSelectionAnchor}
          markShortcuts={markShortcuts}
        />
      </ReaderPanels>
    </>
  );
}
