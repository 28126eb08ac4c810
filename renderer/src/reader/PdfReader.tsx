import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationColour, AnnotationKind, PageRect } from '../../../electron/common/model';
import { viewportRectToPdf } from './coordinates';
import { PageView, type PageSize } from './PageView';
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
  onMark: (kind: AnnotationKind, anchor: AnnotationAnchor) => void;
  onSelectAnnotation: (id: number) => void;
}

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/**
 * The PDF reader: knows nothing of its host; data in, callbacks out. Continuous scroll,
 * only pages near the view are drawn; zoom by fit-width, steps or Ctrl+wheel.
 */
export function PdfReader({ data, annotations, colours, jump, onMark, onSelectAnnotation }: PdfReaderProps) {
  const [document, setDocument] = useState<PDFDocumentProxy>();
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [error, setError] = useState<string>();
  const [scale, setScale] = useState<number | 'fit-width'>('fit-width');
  const [visible, setVisible] = useState<Set<number>>(new Set([0]));
  const [selection, setSelection] = useState<{ anchor: AnnotationAnchor; top: number; left: number }>();
  const [tool, setTool] = useState<ReaderTool>('text');
  const [areaDraft, setAreaDraft] = useState<{ start: PageRect; current: PageRect }>();
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);

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
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const effectiveScale = scale === 'fit-width' ? Math.max(0.25, (width - 48) / (sizes[0]?.width ?? 612)) : scale;

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
    if (!document) return;
    // Scroll the reader itself, not the window around it (the toolbar stays in view).
    const element = scroller.current;
    const page = element?.querySelector<HTMLElement>(`[data-page-index="${jump.pageIndex}"]`);
    if (element && page) element.scrollTop = page.offsetTop - 8;
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
    const pageText = scroller.current.querySelector(`[data-page-index="${rects[0].pageIndex}"] .textLayer`)?.textContent ?? '';
    const at = pageText.indexOf(exact.slice(0, 50));
    const quote = {
      exact,
      prefix: at > 0 ? pageText.slice(Math.max(0, at - 32), at) : '',
      suffix: at >= 0 ? pageText.slice(at + exact.length, at + exact.length + 32) : '',
    };
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
        <button type="button" onClick={() => setScale('fit-width')} aria-pressed={scale === 'fit-width'}>
          Fit width
        </button>
        <button type="button" onClick={() => setScale(zoomSteps.findLast((step) => step < effectiveScale - 0.01) ?? 0.25)}>
          Zoom out
        </button>
        <span aria-live="polite">{Math.round(effectiveScale * 100)}%</span>
        <button type="button" onClick={() => setScale(zoomSteps.find((step) => step > effectiveScale + 0.01) ?? 4)}>
          Zoom in
        </button>
        <span>{sizes.length > 0 ? `${sizes.length} pages` : 'Opening…'}</span>
        <span role="radiogroup" aria-label="Tool" className="pdf-tools">
          {(Object.keys(toolLabels) as ReaderTool[]).map((key) => (
            <button key={key} type="button" role="radio" aria-checked={tool === key} onClick={() => setTool(key)}>
              {toolLabels[key]}
            </button>
          ))}
        </span>
      </div>
      <div
        className={`pdf-scroller tool-${tool}`}
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
              draftArea={areaDraft?.start.pageIndex === index ? { ...areaDraft.start, x2: areaDraft.current.x1, y2: areaDraft.current.y1 } : undefined}
            />
          ))}
        {selection && (
          <div className="selection-toolbar" role="toolbar" aria-label="Mark the selection" style={{ top: selection.top, left: selection.left }}>
            <button type="button" onClick={() => mark('highlight')}>Highlight</button>
            <button type="button" onClick={() => mark('underline')}>Underline</button>
            <button type="button" onClick={() => mark('strikeout')}>Strike through</button>
          </div>
        )}
      </div>
    </div>
  );
}
