import { useState } from 'react';
import type { AnnotationAnchor, AnnotationKind, PageRect } from '../../../electron/common/model';
import { viewportRectToPdf } from './coordinates';
import type { PageSize } from './PageView';

/** What a click or drag on a page does: select text, or place a note, a comment or an area. */
export type ReaderTool = 'text' | 'note' | 'comment' | 'area';

/** Size in PDF points of what a click places: a note icon, a comment box. */
const placedSizes = { note: { width: 18, height: 18 }, comment: { width: 180, height: 48 } };

/**
 * The Note, Comment and Area tools: a click places a note or a comment, a drag draws an area.
 * After one mark the tool goes back to selecting text (`onPlaced`), as in Acrobat.
 */
export function usePlacingTool({
  tool,
  sizes,
  scale,
  onMark,
  onPlaced,
}: {
  tool: ReaderTool;
  sizes: PageSize[];
  scale: number;
  onMark: (kind: AnnotationKind, anchor: AnnotationAnchor) => void;
  onPlaced: () => void;
}) {
  const [areaDraft, setAreaDraft] = useState<{ start: PageRect; current: PageRect }>();

  // Where a pointer event falls, in the PDF space of the page under it.
  const pointOnPage = (event: React.PointerEvent): PageRect | undefined => {
    const pageElement = (event.target as HTMLElement).closest<HTMLElement>('.pdf-page');
    if (!pageElement) return undefined;
    const pageIndex = Number(pageElement.dataset.pageIndex);
    const origin = pageElement.getBoundingClientRect();
    const box = { left: event.clientX - origin.left, top: event.clientY - origin.top, width: 0, height: 0 };
    return viewportRectToPdf(box, pageIndex, { ...sizes[pageIndex], scale });
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
    onPlaced();
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
    onPlaced();
  };

  /** The area being dragged out on a page, if any. */
  const draftOn = (pageIndex: number): PageRect | undefined =>
    areaDraft?.start.pageIndex === pageIndex ? { ...areaDraft.start, x2: areaDraft.current.x1, y2: areaDraft.current.y1 } : undefined;

  return { pointerHandlers: { onPointerDown, onPointerMove, onPointerUp }, draftOn };
}
