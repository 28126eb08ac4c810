import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { placeGlyphs, type FontLike } from '../../../electron/common/pdfGlyphs';
import { textOnGlyphs } from '../../../electron/common/textOnGlyphs';

/**
 * A page's text content for the text layer, each word placed on its own glyphs (see
 * electron/common/textOnGlyphs.ts: pdf.js alone stretches a whole item over its glyphs, so
 * words inside a justified line drift by a character or two). The operator list is the one
 * the canvas is drawn from (same intent), so pdf.js builds it once for both.
 * Falls back to pdf.js's own items if the operator list cannot be read.
 */
export async function textPlacedOnGlyphs(page: PDFPageProxy): Promise<TextContent> {
  const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList().catch(() => undefined)]);
  if (!operators) return content;
  const fontOf = (name: string): FontLike | undefined => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontLike) : undefined);
  return { ...content, items: textOnGlyphs(content.items as never[], placeGlyphs(operators, fontOf)) };
}
