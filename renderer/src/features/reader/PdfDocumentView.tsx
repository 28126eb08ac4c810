import { useEffect, useRef, useState } from 'react';
import { useDefaultLayout } from 'react-resizable-panels';
import type { Annotation, AnnotationAnchor, DocumentPassage } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { PdfReader, type PdfReaderHandle, type PdfReaderProps, type ReaderTool, type ReaderView } from '../../reader/PdfReader';
import { nextZoom, type ReaderZoom } from '../../reader/zoom';
import { AnnotationPanel, useAnnotationSession } from './AnnotationPanel';
import { ArticlesPanel } from './ArticlesPanel';
import { PdfToolbar } from './PdfToolbar';
import { useRecordPosition } from '../positions/useRecordPosition';
import { markShortcuts, useMarkCommands } from './readerCommands';
import { ReaderPanels, useAnnotationsPanel } from './ReaderPanels';
import { usePassages } from './usePassages';
import { useReaderAddToPack } from './useReaderAddToPack';

/**
 * A PDF with its annotations: the toolbar, the reader (navigation panel and pages) and the
 * annotations panel. The reader's actions are commands here, where the host is; the reader
 * itself only takes its tool, zoom and panel as props and through its handle. A search result
 * (`passageId`) or a mark (`annotationId`) opens where it is on its page, not at the page's top;
 * the Articles panel and the go-to box (Ctrl+G) go to any passage import found.
 */
export function PdfDocumentView({
  documentId,
  data,
  pageIndex,
  onPageChange,
  annotationId,
  passageId,
  markTerms,
}: {
  documentId: number;
  data: Uint8Array;
  /** The page to show first. */
  pageIndex: number;
  onPageChange: (pageIndex: number) => void;
  annotationId?: number;
  /** A passage to open at (a search result), shown and highlighted once the passages are read. */
  passageId?: number;
  markTerms: string[];
}) {
  const t = useT();
  const session = useAnnotationSession(documentId, annotationId);
  const reader = useRef<PdfReaderHandle>(null);
  const [selectionAnchor, setSelectionAnchor] = useState<AnnotationAnchor>();
  const [jump, setJump] = useState<PdfReaderJump>({ pageIndex, nonce: 0 });
  const passages = usePassages(documentId);
  const goToPassage = (passage: DocumentPassage) =>
    setJump((current) => ({
      pageIndex: passage.start.page,
      nonce: current.nonce + 1,
      passage: { pageIndex: passage.start.page, text: passage.text, label: passage.label },
    }));
  const goToMark = (annotation: Annotation) => setJump((current) => ({ pageIndex: annotation.pageIndex, nonce: current.nonce + 1, top: topOfMark(annotation) }));
  // Open at the search result's passage, or at the mark, once: a later jump is the user's.
  const opened = useRef(false);
  const openingMark = annotationId === undefined ? undefined : session.annotations.find((annotation) => annotation.id === annotationId);
  useEffect(() => {
    if (opened.current) return;
    const passage = passageId === undefined ? undefined : passages?.find((candidate) => candidate.id === passageId);
    if (passage) goToPassage(passage);
    else if (openingMark) goToMark(openingMark);
    else return;
    opened.current = true;
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- runs when what it waits for arrives
  }, [passages, openingMark]);
  const [tool, setTool] = useState<ReaderTool>('text');
  const [zoom, setZoom] = useState<ReaderZoom>('fit-width');
  const [view, setView] = useState<ReaderView>({ currentPage: pageIndex, pageCount: 0, scale: 1 });
  const [navigationOpen, setNavigationOpen] = useState(false);
  const navigationLayout = useDefaultLayout({ id: 'briefing-reader-navigation' });
  const annotationsPanel = useAnnotationsPanel();

  useCommand('reader.find', () => reader.current?.openFind());
  useMarkCommands((kind) => reader.current?.markSelection(kind), selectionAnchor !== undefined);
  const selectedWords = () => selectionAnchor?.quote && { quote: selectionAnchor.quote.exact, pageIndex: selectionAnchor.rects[0]?.pageIndex ?? view.currentPage };
  const recordPosition = useRecordPosition(documentId, selectedWords, selectionAnchor?.quote !== undefined);
  useReaderAddToPack({ documentId, selected: selectedWords, hasSelection: selectionAnchor?.quote !== undefined, passages, annotationId: session.selectedId });
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
        passages={passages}
        onGoToPassage={goToPassage}
      />
      {session.error && <ErrorMessage title={t('annotations.notSaved')} error={session.error} />}
      {recordPosition}
      <ReaderPanels
        panel={annotationsPanel}
        annotations={
          <AnnotationPanel
            session={session}
            documentId={documentId}
            isPdf
            onJump={goToMark}
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
          articles={<ArticlesPanel passages={passages} onGoTo={goToPassage} documentId={documentId} />}
        />
      </ReaderPanels>
    </>
  );
}

type PdfReaderJump = PdfReaderProps['jump'];

/** The top of a mark on its page (PDF points from the bottom), or undefined for a mark without rectangles. */
function topOfMark(annotation: Annotation): number | undefined {
  const rects = annotation.anchor.rects.filter((rect) => rect.pageIndex === annotation.pageIndex);
  return rects.length > 0 ? Math.max(...rects.flatMap((rect) => [rect.y1, rect.y2])) : undefined;
}
