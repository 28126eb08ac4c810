import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { placeGlyphs, type FontLike } from '../../../electron/common/pdfGlyphs';
import { textOnGlyphs } from '../../../electron/common/textOnGlyphs';

/** Placed text per page: positions are in PDF space, the same at every zoom. */
const placedPages = new WeakMap<PDFPageProxy, Promise<TextContent>>();

/**
 * A page's text content for the text layer, each word placed on its own glyphs (see
 * electron/common/textOnGlyphs.ts: pdf.js alone stretches a whole item over its glyphs, so
 * words inside a justified line drift by a character or two). It costs pdf.js's worker a
 * second reading of the page (an operator list is built apart from the canvas's: pdf.js keys
 * it separately), once per page: the result is kept for later zooms and redraws.
 * Falls back to pdf.js's own items if the operator list cannot be read.
 */
export function textPlacedOnGlyphs(page: PDFPageProxy): Promise<TextContent> {
  let placed = placedPages.get(page);
  if (!placed) {
    placed = place(page);
    placedPages.set(page, placed);
    // A failure is not kept: the next drawing of the page tries again.
    placed.catch(() => placedPages.delete(page));
  }
  return placed;
}

async function place(page: PDFPageProxy): Promise<TextContent> {
  const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList().catch(() => undefined)]);
  if (!operators) return content;
  const fontOf = (name: string): FontLike | undefined => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontLike) : undefined);
  return { ...content, items: textOnGlyphs(content.items as never[], placeGlyphs(operators, fontOf)) };
}

/**
 * pdf.js's TextLayer stretches a span to its item's width only when it holds more than one
 * character (TextLayer #appendText, `shouldScaleText`): a space between two placed words, or a
 * one-letter word ("a", "y", "à"), keeps the browser font's width. Stretch those too, so the
 * spaces cover the gaps between words and a drag over them selects without jumps.
 * `spans` are the layer's `textDivs`, one per text item in order; `scale` is CSS px per point.
 */
export function fitOneCharacterSpans(spans: HTMLElement[], content: TextContent, scale: number): void {
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const wanted: { span: HTMLElement; width: number }[] = [];
  spans.forEach((span, index) => {
    const item = items[index];
    if (item && item.str.length === 1 && item.width > 0 && span.isConnected && !span.style.getPropertyValue('--rotate')) wanted.push({ span, width: item.width * scale });
  });
  // All the measures first, then all the changes: one layout, not one per span.
  const measured = wanted.map(({ span }) => span.getBoundingClientRect().width);
  wanted.forEach(({ span, width }, index) => measured[index] > 0 && span.style.setProperty('--scale-x', String(width / measured[index])));
}
