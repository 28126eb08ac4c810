import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { Group, Panel, Separator, usePanelRef, type Layout, type LayoutChangedMeta } from 'react-resizable-panels';
import type { Annotation, AnnotationAnchor, AnnotationColour, AnnotationKind } from '../../../electron/common/model';
import { ErrorMessage } from '../components/ErrorMessage';
import { useT } from '../i18n/useT';
import { MarkButtons } from './MarkButtons';
import { NavigationPanel, type NavigationTab } from './NavigationPanel';
import { PageView, type PageSize } from './PageView';
import { openPdf } from './pdfjs';
import { selectionOnPages, type PageSelection } from './selectionAnchor';
import { useFind, useSearchTermMarks } from './useFind';
import { usePassageJump, type PassageJump } from './usePassageJump';
import { usePlacingTool, type ReaderTool } from './usePlacingTool';
import { wheelZoom, type ReaderZoom } from './zoom';
import './pdfReader.css';

export type { ReaderTool } from './usePlacingTool';
export type { PassageJump } from './usePassageJump';

/** What the host shows about the view: the page at the top, how many there are, the scale. */
export interface ReaderView {
  currentPage: number;
  pageCount: number;
  scale: number;
}

/** What the host can ask of the reader (its toolbar, menus and shortcuts). */
export interface PdfReaderHandle {
  goToPage(pageIndex: number): void;
  openFind(): void;
  /** Marks the selected text (Highlight, Underline, Strike-through); nothing without a selection. */
  markSelection(kind: AnnotationKind): void;
  toggleNavigation(): void;
}

export interface PdfReaderProps {
  data: Uint8Array;
  annotations: Annotation[];
  colours: AnnotationColour[];
  /**
   * Page to show first, and a request to jump (the nonce makes a repeat jump count): to a
   * passage, found on its page and highlighted, or to a height on the page (`top`, PDF points
   * from the page's bottom, as marks are stored).
   */
  jump: { pageIndex: number; nonce: number; passage?: PassageJump; top?: number };
  /** The host's Articles panel (the document's structure), a tab of the navigation panel. */
  articles?: ReactNode;
  /** Words a search matched (normalised index terms), marked wherever they appear on drawn pages. */
  markTerms?: string[];
  /** What a click on a page does; the reader goes back to 'text' after placing a mark. */
  tool: ReaderTool;
  onToolChange: (tool: ReaderTool) => void;
  zoom: ReaderZoom;
  /** Ctrl+wheel asks for a new scale. */
  onZoomChange: (zoom: ReaderZoom) => void;
  /** The saved widths of the navigation panel and the pages (react-resizable-panels' layout). */
  navigationLayout?: { defaultLayout: Layout | undefined; onLayoutChanged: (layout: Layout, meta: LayoutChangedMeta) => void };
  onNavigationChange?: (open: boolean) => void;
  onViewChange?: (view: ReaderView) => void;
  onMark: (kind: AnnotationKind, anchor: AnnotationAnchor) => void;
  onSelectAnnotation: (id: number) => void;
  /** The text selection as an anchor, for actions outside the reader (marking it, placing a carried mark). */
  onSelectionChange?: (anchor: AnnotationAnchor | undefined) => void;
  /** Keyboard shortcuts the host gives the selection's mark buttons, shown in their tooltips. */
  markShortcuts?: Partial<Record<AnnotationKind, string>>;
  ref?: Ref<PdfReaderHandle>;
}

/** One empty list, so that "no terms" does not look like a change on every render. */
const noTerms: string[] = [];

/** The navigation panel's width when first opened, in CSS pixels. */
const navigationDefaultWidth = 200;

/**
 * The PDF reader: knows nothing of its host; data in, callbacks out. Continuous scroll, only
 * pages near the view are drawn; a resizable navigation panel (outline, thumbnails) on the
 * left; zoom set by the host, or by Ctrl+wheel.
 */
export function PdfReader({
  data,
  annotations,
  colours,
  jump,
  markTerms = noTerms,
  tool,
  onToolChange,
  zoom,
  onZoomChange,
  navigationLayout,
  onNavigationChange,
  onViewChange,
  onMark,
  onSelectAnnotation,
  onSelectionChange,
  markShortcuts,
  articles,
  ref,
}: PdfReaderProps) {
  const t = useT();
  const [document, setDocument] = useState<PDFDocumentProxy>();
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [error, setError] = useState<string>();
  const [visible, setVisible] = useState<Set<number>>(new Set([0]));
  const [selection, setSelectionState] = useState<PageSelection>();
  const setSelection = (next: PageSelection | undefined) => {
    setSelectionState(next);
    onSelectionChange?.(next?.anchor);
  };
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ width: 800, height: 600 });
  const [currentPage, setCurrentPage] = useState(0);
  const [renderedPages, setRenderedPages] = useState(0);
  const navigationPanel = usePanelRef();
  const [navigationOpen, setNavigationOpen] = useState(false);
  const [navigationTab, setNavigationTab] = useState<NavigationTab>(articles ? 'articles' : 'pages');

  useEffect(() => {
    const opened = openPdf(data);
    const life = { cancelled: false }; // read after awaits: an object, not a captured boolean
    const sizeOf = async (pdf: PDFDocumentProxy, index: number): Promise<PageSize> => {
      const [x1, y1, x2, y2] = (await pdf.getPage(index + 1)).view;
      return { width: x2 - x1, height: y2 - y1, originX: x1, originY: y1 };
    };
    opened.promise
      .then(async (pdf) => {
        // Show the document as soon as its first page is known: every page is taken to be
        // that size until its own size has been read, in the background.
        const first = await sizeOf(pdf, 0);
        if (life.cancelled) return;
        setSizes(Array.from({ length: pdf.numPages }, () => first));
        setDocument(pdf);
        const actual: PageSize[] = [first];
        for (let index = 1; index < pdf.numPages && !life.cancelled; index += 1) actual.push(await sizeOf(pdf, index));
        if (!life.cancelled && actual.some((size) => size.width !== first.width || size.height !== first.height)) {
          setSizes(actual);
        }
      })
      .catch((reason: unknown) => !life.cancelled && setError((reason as Error).message));
    return () => {
      life.cancelled = true;
      void opened.destroy();
    };
  }, [data]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setView({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [error]);

  const fitWidth = Math.max(0.25, (view.width - 48) / (sizes[0]?.width ?? 612));
  const fitPage = Math.max(0.25, Math.min(fitWidth, (view.height - 32) / (sizes[0]?.height ?? 792)));
  const effectiveScale = zoom === 'fit-width' ? fitWidth : zoom === 'fit-page' ? fitPage : zoom;

  const goToPage = (pageIndex: number, offsetInPage = 0) => {
    const element = scroller.current;
    const page = element?.querySelector<HTMLElement>(`[data-page-index="${pageIndex}"]`);
    if (element && page) element.scrollTop = page.offsetTop - 8 + offsetInPage;
  };

  // "The current page" is the one under a line just below the top of the view (where a jump
  // puts a page's top), or the last page when the view is scrolled to the end.
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const pages = element.querySelectorAll<HTMLElement>('.pdf-page');
    let low = 0;
    let high = pages.length - 1;
    const line = element.scrollTop + 48;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (pages[middle].offsetTop <= line) low = middle;
      else high = middle - 1;
    }
    const atEnd = element.scrollTop > 0 && element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
    setCurrentPage(atEnd && pages.length > 0 ? pages.length - 1 : low);
  };
  // Zooming moves the pages under the view: the current page may change without a scroll event.
  useEffect(() => {
    onScroll();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- recompute on zoom only
  }, [effectiveScale]);

  const pageCount = sizes.length;
  useEffect(() => {
    onViewChange?.({ currentPage, pageCount, scale: effectiveScale });
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- report changes of the view, not of the callback
  }, [currentPage, pageCount, effectiveScale]);

  const captureSelection = () => setSelection(scroller.current ? selectionOnPages(scroller.current, sizes, effectiveScale) : undefined);
  // After "Select match" in Find, the mark buttons take the focus: Enter or Alt+H marks the words.
  const markButtons = useRef<HTMLDivElement>(null);
  const [focusMarks, setFocusMarks] = useState(0);
  useEffect(() => {
    if (focusMarks > 0) markButtons.current?.querySelector('button')?.focus();
  }, [focusMarks]);

  const redrawn = `${renderedPages}@${effectiveScale}`;
  const find = useFind({
    document,
    scroller,
    redrawn,
    goToPage,
    onSelectMatch: () => {
      captureSelection();
      setFocusMarks((count) => count + 1);
    },
  });
  useSearchTermMarks(scroller, markTerms, redrawn);
  const passageJump = usePassageJump({ scroller, request: jump.passage, redrawn, scale: effectiveScale, pageCount: sizes.length, goToPage });
  const placing = usePlacingTool({ tool, sizes, scale: effectiveScale, onMark, onPlaced: () => onToolChange('text') });

  // Which pages are near the view: only those are drawn.
  useEffect(() => {
    const element = scroller.current;
    if (!element || !document) return undefined;
    const observer = new IntersectionObserver(
      (entries) =>
        setVisible((current) => {
          const next = new Set(current);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.pageIndex);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return next;
        }),
      { root: element, rootMargin: '100% 0px' },
    );
    element.querySelectorAll('.pdf-page').forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [document]);

  useEffect(() => {
    // Scroll the reader itself, not the window around it (the toolbar stays in view).
    const size = sizes[jump.pageIndex];
    const offset = jump.top !== undefined && size ? Math.max(0, (size.height - (jump.top - size.originY)) * effectiveScale - 48) : 0;
    if (document && !jump.passage) goToPage(jump.pageIndex, offset);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a jump is a request, not a state to follow
  }, [document, jump]);

  const onWheel = (event: React.WheelEvent) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    onZoomChange(wheelZoom(effectiveScale, event.deltaY));
  };

  const mark = (kind: AnnotationKind) => {
    if (!selection) return;
    onMark(kind, selection.anchor);
    window.getSelection()?.removeAllRanges();
    setSelection(undefined);
  };

  useImperativeHandle(ref, () => ({
    goToPage: (pageIndex) => goToPage(pageIndex),
    openFind: find.open,
    markSelection: mark,
    toggleNavigation: () => {
      const panel = navigationPanel.current;
      if (!panel) return;
      if (!panel.isCollapsed()) return panel.collapse();
      panel.expand();
      // Never opened before: open it at a useful width rather than its minimum.
      if (panel.getSize().inPixels < navigationDefaultWidth) panel.resize(navigationDefaultWidth);
    },
  }));

  if (error) return <ErrorMessage title={t('reader.pdfFailed')} error={error} />;
  return (
    <div className="pdf-reader">
      {find.bar}
      <Group className="pdf-reader-panels" orientation="horizontal" id="briefing-reader-navigation" {...navigationLayout}>
        <Panel
          id="navigation"
          panelRef={navigationPanel}
          collapsible
          collapsedSize={0}
          defaultSize={0}
          minSize={140}
          maxSize="50%"
          groupResizeBehavior="preserve-pixel-size"
          onResize={(size) => {
            const open = size.inPixels > 0;
            setNavigationOpen(open);
            onNavigationChange?.(open);
          }}
        >
          {document && navigationOpen && (
            <aside className="navigation-aside" aria-label={t('reader.navigation')}>
              <NavigationPanel
                document={document}
                sizes={sizes}
                currentPage={currentPage}
                tab={navigationTab}
                onTabChange={setNavigationTab}
                onGoTo={(pageIndex) => goToPage(pageIndex)}
                articles={articles}
              />
            </aside>
          )}
        </Panel>
        <Separator className="panel-separator" aria-label={t('reader.resizeNavigation')} />
        <Panel id="pages" minSize={240}>
          <div
            className={`pdf-scroller tool-${tool}`}
            // Focusable, so the arrow keys and Page Down scroll the pages (and axe's scrollable-region-focusable holds).
            tabIndex={0}
            role="region"
            aria-label={t('reader.pages')}
            onScroll={onScroll}
            ref={scroller}
            onWheel={onWheel}
            onMouseUp={tool === 'text' ? captureSelection : undefined}
            // A selection made with the keyboard (Shift+arrows with caret browsing, F7) counts too.
            onKeyUp={tool === 'text' ? (event) => event.shiftKey && /^(Arrow|Home|End|Page)/u.test(event.key) && captureSelection() : undefined}
            {...placing.pointerHandlers}
          >
            {!document && <p className="hint pdf-opening">{t('reader.opening')}</p>}
            {document &&
              sizes.map((size, index) => (
                <PageView
                  key={index}
                  document={document}
                  pageIndex={index}
                  size={size}
                  scale={effectiveScale}
                  visible={visible.has(index)}
                  annotations={annotations}
                  colours={colours}
                  onSelectAnnotation={onSelectAnnotation}
                  onRendered={() => setRenderedPages((count) => count + 1)}
                  draftArea={placing.draftOn(index)}
                />
              ))}
            {passageJump.overlay}
            {selection && (
              <div ref={markButtons} className="selection-toolbar" role="toolbar" aria-label={t('reader.markSelection')} style={{ top: selection.top, left: selection.left }}>
                <MarkButtons kinds={['highlight', 'underline', 'strikeout']} shortcuts={markShortcuts} onMark={mark} />
              </div>
            )}
          </div>
        </Panel>
      </Group>
    </div>
  );
}
