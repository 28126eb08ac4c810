import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationColour, AnnotationKind, PageRect } from '../../../electron/common/model';
import { quoteAt } from '../../../electron/common/textQuote';
import { viewportRectToPdf } from './coordinates';
import { textOffset } from './textOffsets';
import { PageView, type PageSize } from './PageView';
import { MarkButtons } from './MarkButtons';
import { OutlinePanel, ThumbnailPanel } from './ReaderSidePanel';
import { useFind, useSearchTermMarks } from './useFind';
import { openPdf } from './pdfjs';

/** What a click or drag on a page does: select text, or place a note, a comment or an area. */
export type ReaderTool = 'text' | 'note' | 'comment' | 'area';

const toolLabels: Record<ReaderTool, string> = { text: 'Select text', note: 'Note', comment: 'Comment', area: 'Area' };

/** Size in PDF points of what a click places: a note icon, a comment box. */
const placedSizes = { note: { width: 18, height: 18 }, comment: { width: 180, height: 48 } };

export interface PdfReaderProps {
  data: Uint8Array;
  annotations: Annotation[];
  colours: AnnotationColour[];
  /** Page to show first, and a request to jump (the nonce makes a repeat jump count). */
  jump: { pageIndex: number; nonce: number };
  /** Words a search matched (normalised index terms), marked wherever they appear on drawn pages. */
  markTerms?: string[];
  onMark: (kind: AnnotationKind, anchor: AnnotationAnchor) => void;
  onSelectAnnotation: (id: number) => void;
  /** The text selection as an anchor, for actions outside the reader (placing a carried mark). */
  onSelectionChange?: (anchor: AnnotationAnchor | undefined) => void;
}

/** One empty list, so that "no terms" does not look like a change on every render. */
const noTerms: string[] = [];

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/**
 * The PDF reader: knows nothing of its host; data in, callbacks out. Continuous scroll,
 * only pages near the view are drawn; zoom by fit-width, steps or Ctrl+wheel.
 */
export function PdfReader({ data, annotations, colours, jump, markTerms = noTerms, onMark, onSelectAnnotation, onSelectionChange }: PdfReaderProps) {
  const [document, setDocument] = useState<PDFDocumentProxy>();
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [error, setError] = useState<string>();
  const [scale, setScale] = useState<number | 'fit-width' | 'fit-page'>('fit-width');
  const [visible, setVisible] = useState<Set<number>>(new Set([0]));
  const [selection, setSelectionState] = useState<{ anchor: AnnotationAnchor; top: number; left: number }>();
  const setSelection = (next: { anchor: AnnotationAnchor; top: number; left: number } | undefined) => {
    setSelectionState(next);
    onSelectionChange?.(next?.anchor);
  };
  const [tool, setTool] = useState<ReaderTool>('text');
  const [areaDraft, setAreaDraft] = useState<{ start: PageRect; current: PageRect }>();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ width: 800, height: 600 });
  const [currentPage, setCurrentPage] = useState(0);
  const [pageInput, setPageInput] = useState('1');
  const [renderedPages, setRenderedPages] = useState(0);
  const [sidePanel, setSidePanel] = useState<'none' | 'outline' | 'pages'>('none');

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
  }, []);

  const fitWidth = Math.max(0.25, (view.width - 48) / (sizes[0]?.width ?? 612));
  const fitPage = Math.max(0.25, Math.min(fitWidth, (view.height - 32) / (sizes[0]?.height ?? 792)));
  const effectiveScale = scale === 'fit-width' ? fitWidth : scale === 'fit-page' ? fitPage : scale;

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
    const page = atEnd && pages.length > 0 ? pages.length - 1 : low;
    if (page !== currentPage) {
      setCurrentPage(page);
      setPageInput(String(page + 1));
    }
  };
  // Zooming moves the pages under the view: the current page may change without a scroll event.
  useEffect(() => {
    onScroll();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- recompute on zoom only
  }, [effectiveScale]);

  const redrawn = `${renderedPages}@${effectiveScale}`;
  const find = useFind({ document, scroller, redrawn, goToPage });
  useSearchTermMarks(scroller, markTerms, redrawn);

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
    if (document) goToPage(jump.pageIndex);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a jump is a request, not a state to follow
  }, [document, jump]);

  const onWheel = (event: React.WheelEvent) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    const current = effectiveScale;
    setScale(Math.min(4, Math.max(0.25, current * (event.deltaY < 0 ? 1.1 : 1 / 1.1))));
  };

  // A text selection becomes an anchor: rectangles per page in PDF space, plus the quote.
  const onMouseUp = () => {
    const selected = window.getSelection();
    if (!selected || selected.isCollapsed || !scroller.current) return setSelection(undefined);
    const range = selected.getRangeAt(0);
    const rects = [];
    for (const box of Array.from(range.getClientRects())) {
      if (box.width < 1 || box.height < 1) continue;
      const pageElement = window.document
        .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        .find((element) => element.classList.contains('pdf-page')) as HTMLElement | undefined;
      if (!pageElement) continue;
      const pageIndex = Number(pageElement.dataset.pageIndex);
      const origin = pageElement.getBoundingClientRect();
      rects.push(
        viewportRectToPdf(
          { left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height },
          pageIndex,
          { ...sizes[pageIndex], scale: effectiveScale },
        ),
      );
    }
    if (rects.length === 0) return setSelection(undefined);
    const exact = selected.toString();
    const layer = scroller.current.querySelector(`[data-page-index="${rects[0].pageIndex}"] .textLayer`);
    const pageText = layer?.textContent ?? '';
    // The context around this occurrence (not the first one on the page): it tells repeated words apart in a revision.
    const at = layer?.contains(range.startContainer) ? textOffset(layer, range.startContainer, range.startOffset) : pageText.indexOf(exact.slice(0, 50));
    // The selection's own text (it may run onto the next page), with this page's text around it.
    const quote = at >= 0 ? { ...quoteAt(pageText, at, at + exact.length), exact } : { exact, prefix: '', suffix: '' };
    const last = range.getBoundingClientRect();
    const frame = scroller.current.getBoundingClientRect();
    setSelection({
      anchor: { rects, quote },
      top: last.bottom - frame.top + scroller.current.scrollTop + 6,
      left: last.left - frame.left,
    });
  };

  // Where a pointer event falls, in the PDF space of the page under it.
  const pointOnPage = (event: React.PointerEvent): PageRect | undefined => {
    const pageElement = (event.target as HTMLElement).closest<HTMLElement>('.pdf-page');
    if (!pageElement) return undefined;
    const pageIndex = Number(pageElement.dataset.pageIndex);
    const origin = pageElement.getBoundingClientRect();
    const box = { left: event.clientX - origin.left, top: event.clientY - origin.top, width: 0, height: 0 };
    return viewportRectToPdf(box, pageIndex, { ...sizes[pageIndex], scale: effectiveScale });
  };

  const onPointerDown = (event: React.PointerEvent) => {
    if (tool === 'text' || event.button !== 0) return;
    const point = pointOnPage(event);
    if (!point) return;
    event.preventDefault();
    if (tool === 'area') {
      (event.target as HTMLElement).setPointerCapture?.(event.pointerId);
      setAreaDraft({ start: point, current: point });
      return;
    }
    const placed = placedSizes[tool];
    onMark(tool, { rects: [{ pageIndex: point.pageIndex, x1: point.x1, y1: point.y1 - placed.height, x2: point.x1 + placed.width, y2: point.y1 }] });
    setTool('text');
  };

  const onPointerMove = (event: React.PointerEvent) => {
    if (!areaDraft) return;
    const point = pointOnPage(event);
    if (point && point.pageIndex === areaDraft.start.pageIndex) setAreaDraft({ ...areaDraft, current: point });
  };

  const onPointerUp = () => {
    if (!areaDraft) return;
    const { start, current } = areaDraft;
    setAreaDraft(undefined);
    const rect = { pageIndex: start.pageIndex, x1: Math.min(start.x1, current.x1), y1: Math.min(start.y1, current.y1), x2: Math.max(start.x1, current.x1), y2: Math.max(start.y1, current.y1) };
    // A click without a drag is not an area.
    if (rect.x2 - rect.x1 < 4 || rect.y2 - rect.y1 < 4) return;
    onMark('area', { rects: [rect] });
    setTool('text');
  };

  const mark = (kind: AnnotationKind) => {
    if (!selection) return;
    onMark(kind, selection.anchor);
    window.getSelection()?.removeAllRanges();
    setSelection(undefined);
  };

  if (error) return <p role="alert">This PDF cannot be shown: {error}</p>;
  return (
    <div className="pdf-reader">
      <div className="pdf-toolbar" role="toolbar" aria-label="Reader">
        <button type="button" aria-pressed={sidePanel === 'outline'} onClick={() => setSidePanel(sidePanel === 'outline' ? 'none' : 'outline')}>
          Outline
        </button>
        <button type="button" aria-pressed={sidePanel === 'pages'} onClick={() => setSidePanel(sidePanel === 'pages' ? 'none' : 'pages')}>
          Pages
        </button>
        <button type="button" onClick={() => setScale('fit-width')} aria-pressed={scale === 'fit-width'}>
          Fit width
        </button>
        <button type="button" onClick={() => setScale('fit-page')} aria-pressed={scale === 'fit-page'}>
          Fit page
        </button>
        <button type="button" onClick={() => setScale(zoomSteps.findLast((step) => step < effectiveScale - 0.01) ?? 0.25)}>
          Zoom out
        </button>
        <span aria-live="polite">{Math.round(effectiveScale * 100)}%</span>
        <button type="button" onClick={() => setScale(zoomSteps.find((step) => step > effectiveScale + 0.01) ?? 4)}>
          Zoom in
        </button>
        {sizes.length > 0 ? (
          <form
            className="page-jump"
            onSubmit={(event) => {
              event.preventDefault();
              const wanted = Math.min(sizes.length, Math.max(1, Number.parseInt(pageInput, 10) || 1));
              setPageInput(String(wanted));
              goToPage(wanted - 1);
            }}
          >
            <label>
              Page <input aria-label="Page number" inputMode="numeric" size={4} value={pageInput} onChange={(event) => setPageInput(event.target.value)} />
            </label>{' '}
            of {sizes.length}
          </form>
        ) : (
          <span>Opening…</span>
        )}
        <button type="button" onClick={find.open}>
          Find
        </button>
        <span role="radiogroup" aria-label="Tool" className="pdf-tools">
          {(Object.keys(toolLabels) as ReaderTool[]).map((key) => (
            <button key={key} type="button" role="radio" aria-checked={tool === key} onClick={() => setTool(key)}>
              {toolLabels[key]}
            </button>
          ))}
        </span>
      </div>
      {find.bar}
      <div className="pdf-body">
      {document && sidePanel !== 'none' && (
        <aside className="reader-side-panel" aria-label={sidePanel === 'outline' ? 'Outline' : 'Pages'}>
          {sidePanel === 'outline' ? (
            <OutlinePanel document={document} onGoTo={(pageIndex) => goToPage(pageIndex)} />
          ) : (
            <ThumbnailPanel document={document} sizes={sizes} currentPage={currentPage} onGoTo={(pageIndex) => goToPage(pageIndex)} />
          )}
        </aside>
      )}
      <div
        className={`pdf-scroller tool-${tool}`}
        onScroll={onScroll}
        ref={scroller}
        onWheel={onWheel}
        onMouseUp={tool === 'text' ? onMouseUp : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
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
              draftArea={areaDraft?.start.pageIndex === index ? { ...areaDraft.start, x2: areaDraft.current.x1, y2: areaDraft.current.y1 } : undefined}
            />
          ))}
        {selection && (
          <div className="selection-toolbar" role="toolbar" aria-label="Mark the selection" style={{ top: selection.top, left: selection.left }}>
            <MarkButtons kinds={['highlight', 'underline', 'strikeout']} onMark={mark} />
          </div>
        )}
      </div>
      </div>
    </div>
  );
}
