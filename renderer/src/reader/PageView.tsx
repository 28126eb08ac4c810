import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { TextLayer } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationColour, PageRect } from '../../../electron/common/model';
import { useT } from '../i18n/useT';
import { pdfRectToViewport, type PageGeometry } from './coordinates';
import { fitOneCharacterSpans, textPlacedOnGlyphs } from './placedText';

export interface PageSize {
  width: number;
  height: number;
  originX: number;
  originY: number;
}

/**
 * One page: a placeholder of the right size until it scrolls near the view, then a canvas
 * drawn at the screen's pixel density, a text layer for selection, and the annotations.
 */
export function PageView({
  document,
  pageIndex,
  size,
  scale,
  visible,
  annotations,
  colours,
  onSelectAnnotation,
  onRendered,
  draftArea,
}: {
  document: PDFDocumentProxy;
  pageIndex: number;
  size: PageSize;
  scale: number;
  visible: boolean;
  annotations: Annotation[];
  colours: AnnotationColour[];
  onSelectAnnotation: (id: number) => void;
  /** Called when the canvas and text layer are drawn (find marks the text layer then). */
  onRendered?: () => void;
  /** The area being dragged out on this page, if any. */
  draftArea?: PageRect;
}) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(false);
  // The latest callback, without redrawing the page when the parent passes a new one.
  const onRenderedRef = useRef(onRendered);
  useEffect(() => {
    onRenderedRef.current = onRendered;
  });
  const geometry: PageGeometry = { ...size, scale };

  useEffect(() => {
    if (!visible) return undefined;
    let cancelled = false;
    let renderTask: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    let page: PDFPageProxy | undefined;
    void (async () => {
      page = await document.getPage(pageIndex + 1);
      if (cancelled || !canvasRef.current || !textRef.current) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const canvas = canvasRef.current;
      canvas.removeAttribute('data-drawn');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({
        canvas,
        viewport,
        transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
      });
      // The page is visible once the canvas is drawn; it is selectable once the text layer is.
      const drawn = renderTask.promise.then(() => canvas.setAttribute('data-drawn', 'true'));
      // Handled here too: a cancel while the text is still being placed must not go unheard.
      drawn.catch(() => undefined);
      setRendered(false);
      textRef.current.replaceChildren();
      const textContent = await textPlacedOnGlyphs(page);
      if (cancelled || !textRef.current) return void (await drawn);
      textLayer = new TextLayer({ textContentSource: textContent, container: textRef.current, viewport });
      await Promise.all([drawn, textLayer.render()]);
      fitOneCharacterSpans(textLayer.textDivs, textContent, viewport.scale);
      if (!cancelled) {
        setRendered(true);
        onRenderedRef.current?.();
      }
    })().catch((error: unknown) => {
      // A page scrolled away or redrawn at another scale cancels its drawing and its text layer.
      if (!['RenderingCancelledException', 'AbortException'].includes((error as Error).name)) console.error(error);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      page?.cleanup();
    };
  }, [document, pageIndex, scale, visible]);

  const colourOf = (key: string) => colours.find((colour) => colour.key === key)?.hex ?? '#ffd400';
  return (
    <div
      className="pdf-page"
      data-page-index={pageIndex}
      aria-label={t('reader.page', { page: pageIndex + 1 })}
      style={{ width: size.width * scale, height: size.height * scale, ['--scale-factor' as string]: scale }}
    >
      <canvas ref={canvasRef} style={{ width: size.width * scale, height: size.height * scale }} aria-hidden="true" />
      <div ref={textRef} className="textLayer" data-rendered={rendered ? 'true' : undefined} />
      {annotations.flatMap((annotation) =>
        annotation.anchor.rects
          .filter((rect) => rect.pageIndex === pageIndex)
          .map((rect, index) => {
            const box = pdfRectToViewport(rect, geometry);
            return (
              <button
                type="button"
                key={`${annotation.id}-${index}`}
                className={`pdf-annotation pdf-annotation-${annotation.kind}`}
                data-annotation-id={annotation.id}
                aria-label={t('annotations.kind', { kind: annotation.kind })}
                aria-description={annotation.note || undefined}
                style={{ ...box, ['--annotation-colour' as string]: colourOf(annotation.colour) }}
                onClick={() => onSelectAnnotation(annotation.id)}
              >
                {annotation.kind === 'comment' && index === 0 && <span className="pdf-comment-text">{annotation.note}</span>}
              </button>
            );
          }),
      )}
      {draftArea && <div className="pdf-area-draft" style={pdfRectToViewport(draftArea, geometry)} />}
    </div>
  );
}
