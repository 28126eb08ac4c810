import type { AnnotationAnchor, PageRect } from '../../../electron/common/model';
import { quoteAt } from '../../../electron/common/textQuote';
import { viewportRectToPdf } from './coordinates';
import type { PageSize } from './PageView';
import { textOffset } from './textOffsets';

/** A text selection on the pages, as a mark would keep it, and where to show the mark buttons. */
export interface PageSelection {
  anchor: AnnotationAnchor;
  /** Below the selection's end, in the scroller's content (CSS pixels). */
  top: number;
  left: number;
}

/**
 * The window's text selection as an anchor: one rectangle per line in PDF space, plus the
 * quote with this page's text around it. Undefined when nothing on a page is selected.
 */
export function selectionOnPages(scroller: HTMLElement, sizes: PageSize[], scale: number): PageSelection | undefined {
  const selected = window.getSelection();
  if (!selected || selected.isCollapsed) return undefined;
  const range = selected.getRangeAt(0);
  const rects: PageRect[] = [];
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
        { ...sizes[pageIndex], scale },
      ),
    );
  }
  if (rects.length === 0) return undefined;
  const exact = selected.toString();
  const layer = scroller.querySelector(`[data-page-index="${rects[0].pageIndex}"] .textLayer`);
  const pageText = layer?.textContent ?? '';
  // The context around this occurrence (not the first one on the page): it tells repeated words apart in a revision.
  const at = layer?.contains(range.startContainer) ? textOffset(layer, range.startContainer, range.startOffset) : pageText.indexOf(exact.slice(0, 50));
  // The selection's own text (it may run onto the next page), with this page's text around it.
  const quote = at >= 0 ? { ...quoteAt(pageText, at, at + exact.length), exact } : { exact, prefix: '', suffix: '' };
  const last = range.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  return {
    anchor: { rects, quote },
    top: last.bottom - frame.top + scroller.scrollTop + 6,
    left: last.left - frame.left,
  };
}
