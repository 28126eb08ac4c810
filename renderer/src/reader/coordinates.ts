import type { PageRect } from '../../../electron/common/model';

/**
 * PDF space (points, origin bottom-left, what is saved) and viewport space (CSS pixels,
 * origin top-left, what is drawn) meet only here, at the edge of the reader.
 */
export interface PageGeometry {
  /** The page's size in PDF points (its view box), and where the view box starts. */
  width: number;
  height: number;
  originX: number;
  originY: number;
  /** CSS pixels per PDF point. */
  scale: number;
}

export function pdfRectToViewport(rect: PageRect, page: PageGeometry): { left: number; top: number; width: number; height: number } {
  const x1 = Math.min(rect.x1, rect.x2) - page.originX;
  const x2 = Math.max(rect.x1, rect.x2) - page.originX;
  const y1 = Math.min(rect.y1, rect.y2) - page.originY;
  const y2 = Math.max(rect.y1, rect.y2) - page.originY;
  return {
    left: x1 * page.scale,
    top: (page.height - y2) * page.scale,
    width: (x2 - x1) * page.scale,
    height: (y2 - y1) * page.scale,
  };
}

/** Hundredths of a point: finer than any screen, and keeps saved anchors short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function viewportRectToPdf(
  box: { left: number; top: number; width: number; height: number },
  pageIndex: number,
  page: PageGeometry,
): PageRect {
  return {
    pageIndex,
    x1: round(box.left / page.scale + page.originX),
    y1: round(page.height - (box.top + box.height) / page.scale + page.originY),
    x2: round((box.left + box.width) / page.scale + page.originX),
    y2: round(page.height - box.top / page.scale + page.originY),
  };
}
