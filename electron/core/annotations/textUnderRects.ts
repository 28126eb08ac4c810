/**
 * The text a mark from another reader covers. Acrobat and most readers write a text mark as
 * its quadrilaterals only (XFDF `coords`, ISO 19444-1; PDF `/QuadPoints`, ISO 32000-1
 * §12.5.6.10), without the words: Briefing finds the characters drawn inside them, so the mark
 * gets the W3C TextQuoteSelector (exact, prefix, suffix) a mark made in Briefing has, and is
 * searchable and carried to the next revision like one.
 */
import type { AnnotationAnchor, PageRect } from '../../common/model';
import { quoteAt } from '../../common/textQuote';
import { openPdfForText } from '../pdf/loadPdfjs';
import { rectsForRange, TextGeometryBuilder, type TextGeometry } from './pdfTextGeometry';

/** How far (points) a character's centre may fall outside a quadrilateral: readers round them to a tenth. */
const slack = 0.5;

function holds(rect: PageRect, x: number, y: number): boolean {
  return x >= rect.x1 - slack && x <= rect.x2 + slack && y >= rect.y1 - slack && y <= rect.y2 + slack;
}

/**
 * [start, end) in `geometry.text` from the first to the last non-space character whose box's
 * centre lies inside one of `rects` (normalised, x1 < x2, y1 < y2, in the page's user space, as
 * `geometry`'s spans), or undefined when none does (a mark over blank space or an image).
 * Characters are those of `rectsForRange`, so their boxes are the ones the reader would draw.
 */
export function rangeUnderRects(geometry: TextGeometry, rects: PageRect[]): { start: number; end: number } | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const span of geometry.spans) {
    const onPage = rects.filter((rect) => rect.pageIndex === span.pageIndex);
    if (onPage.length === 0) continue;
    const whole = rectsForRange(geometry, span.start, span.end);
    // Most items are nowhere near the mark: skip them before measuring each character.
    if (!whole.some((box) => onPage.some((rect) => box.x1 <= rect.x2 && box.x2 >= rect.x1 && box.y1 <= rect.y2 && box.y2 >= rect.y1))) continue;
    for (let offset = span.start; offset < span.end; offset += 1) {
      if (/\s/u.test(geometry.text[offset])) continue;
      const [box] = rectsForRange(geometry, offset, offset + 1);
      if (!box || !onPage.some((rect) => holds(rect, (box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2))) continue;
      start = Math.min(start, offset);
      end = Math.max(end, offset + 1);
    }
  }
  return end > start ? { start, end } : undefined;
}

/** The quote under a mark's rectangles on one page's geometry, with the page's text around it. */
export function quoteUnderRects(geometry: TextGeometry, rects: PageRect[]): AnnotationAnchor['quote'] {
  const range = rangeUnderRects(geometry, rects);
  return range && quoteAt(geometry.text, range.start, range.end);
}

/**
 * The text geometry of some pages of a PDF, each on its own (page index 0 in it, so a mark's
 * rectangles are given with pageIndex 0): a quote's context stays within its page, as the
 * reader's text layer gives it. Read with the import's locked-down pdf.js.
 *
 * @throws whatever pdf.js throws for a damaged file; a page beyond the last is left out.
 */
export async function readPageGeometries(pdfBytes: Uint8Array, pageIndexes: Iterable<number>): Promise<Map<number, TextGeometry>> {
  const geometries = new Map<number, TextGeometry>();
  // pdf.js detaches the buffer it is given; keep the caller's usable.
  const loadingTask = await openPdfForText(pdfBytes.slice(), undefined);
  try {
    const document = await loadingTask.promise;
    for (const pageIndex of new Set(pageIndexes)) {
      if (pageIndex >= document.numPages) continue;
      const page = await document.getPage(pageIndex + 1);
      try {
        const content = await page.getTextContent();
        const builder = new TextGeometryBuilder();
        builder.addPage(content.items, content.styles);
        geometries.set(pageIndex, builder.geometry());
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await loadingTask.destroy();
  }
  return geometries;
}
