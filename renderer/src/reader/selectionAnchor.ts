import type { AnnotationAnchor, PageRect } from '../../../electron/common/model';
import { quoteAt } from '../../../electron/common/textQuote';
import { viewportRectToPdf } from './coordinates';
import type { PageSize } from './PageView';
import { layerText, textOffset } from './textOffsets';

/** A text selection on the pages, as a mark would keep it, and where to show the mark buttons. */
export interface PageSelection {
  anchor: AnnotationAnchor;
  /** Below the selection's end, in the scroller's content (CSS pixels). */
  top: number;
  left: number;
}

/** Between the pages' texts in a quote that runs over a page break (as TextGeometry joins pages). */
const pageBreak = '\n\n';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The boxes of the selected characters themselves: only text nodes count, never the text
 * layer's own element or its end-of-content filler (which cover the whole page).
 */
function textBoxes(layer: Element, part: Range): Box[] {
  const boxes: Box[] = [];
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!part.intersectsNode(node)) continue;
    const piece = layer.ownerDocument.createRange();
    piece.selectNodeContents(node);
    if (node === part.startContainer) piece.setStart(node, part.startOffset);
    if (node === part.endContainer) piece.setEnd(node, part.endOffset);
    for (const rect of Array.from(piece.getClientRects())) {
      if (rect.width >= 1 && rect.height >= 1) boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
  }
  return boxes;
}

/**
 * Boxes joined into one per line: boxes on the same line (their middles within half a line's
 * height) and close together (a gap under twice the line's height: a justified space, not
 * the gutter between two columns). Lines that overlap the next one down meet half-way, so a
 * multi-line mark never paints a strip twice.
 */
export function joinLines(boxes: Box[]): Box[] {
  const lines: Box[] = [];
  for (const box of boxes.toSorted((a, b) => a.top - b.top || a.left - b.left)) {
    const height = box.bottom - box.top;
    const middle = (box.top + box.bottom) / 2;
    const line = lines.find((candidate) => {
      const candidateMiddle = (candidate.top + candidate.bottom) / 2;
      const gap = Math.max(box.left - candidate.right, candidate.left - box.right);
      return Math.abs(candidateMiddle - middle) < height / 2 && gap < height * 2;
    });
    if (line) {
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
    } else lines.push({ ...box });
  }
  lines.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const upper of lines) {
    for (const lower of lines) {
      const sideBySide = upper.right <= lower.left || lower.right <= upper.left;
      if (lower === upper || sideBySide || lower.top <= upper.top || lower.top >= upper.bottom) continue;
      const meet = (lower.top + upper.bottom) / 2;
      upper.bottom = meet;
      lower.top = meet;
    }
  }
  return lines;
}

/** One page's share of a selection: the selected part of its text layer. */
interface PagePart {
  pageIndex: number;
  pageText: string;
  start: number;
  end: number;
  lines: Box[];
  page: DOMRect;
}

/** The selection clipped to one text layer, or undefined when it does not reach it. */
function partIn(layer: Element, range: Range): Range | undefined {
  if (!range.intersectsNode(layer)) return undefined;
  const part = layer.ownerDocument.createRange();
  part.selectNodeContents(layer);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part.collapsed ? undefined : part;
}

/**
 * The window's text selection as an anchor: one rectangle per line of selected text, on each
 * page it covers, in PDF space; and a TextQuote selector (W3C Web Annotation Data Model,
 * §4.2.4: exact, prefix, suffix) whose exact text joins the pages' parts with a blank line,
 * whose prefix comes from the first page and whose suffix from the last. Undefined when
 * nothing on a page is selected.
 */
export function selectionOnPages(scroller: HTMLElement, sizes: PageSize[], scale: number): PageSelection | undefined {
  const selected = window.getSelection();
  if (!selected || selected.isCollapsed || selected.rangeCount === 0) return undefined;
  const range = selected.getRangeAt(0);
  const parts: PagePart[] = [];
  for (const layer of scroller.querySelectorAll('.textLayer')) {
    const part = partIn(layer, range);
    const pageElement = layer.closest<HTMLElement>('.pdf-page');
    if (!part || !pageElement) continue;
    const lines = joinLines(textBoxes(layer, part));
    if (lines.length === 0) continue;
    parts.push({
      pageIndex: Number(pageElement.dataset.pageIndex),
      pageText: layerText(layer),
      start: textOffset(layer, part.startContainer, part.startOffset),
      end: textOffset(layer, part.endContainer, part.endOffset),
      lines,
      page: pageElement.getBoundingClientRect(),
    });
  }
  if (parts.length === 0) return undefined;
  const rects: PageRect[] = parts.flatMap((part) =>
    part.lines.map((line) =>
      viewportRectToPdf(
        { left: line.left - part.page.left, top: line.top - part.page.top, width: line.right - line.left, height: line.bottom - line.top },
        part.pageIndex,
        { ...sizes[part.pageIndex], scale },
      ),
    ),
  );
  const first = parts[0];
  const last = parts.at(-1)!;
  const exact = parts.map((part) => part.pageText.slice(part.start, part.end)).join(pageBreak);
  const quote = {
    exact,
    prefix: quoteAt(first.pageText, first.start, first.end).prefix,
    suffix: quoteAt(last.pageText, last.start, last.end).suffix,
  };
  const end = last.lines.at(-1)!;
  const frame = scroller.getBoundingClientRect();
  return {
    anchor: { rects, quote },
    top: end.bottom - frame.top + scroller.scrollTop + 6,
    left: end.left - frame.left,
  };
}
