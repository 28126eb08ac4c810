/**
 * Where a PDF's text sits on its pages, read with pdf.js the way the reader's text layer sees
 * it: the text of `getTextContent()` items, and each item's box in PDF user space. Carrying an
 * annotation to a new revision finds its quote in `text`, then asks `rectsForRange` for the
 * rectangles to highlight.
 */
import { AppError } from '../../common/errors';
import type { PageRect } from '../../common/model';
import { ExtractionFailure } from '../import/extractors/extractedDocument';
import { extractPdf } from '../import/extractors/extractPdf';
import { openPdfForText } from '../pdf/loadPdfjs';
import { placeGlyphs, type FontLike } from '../../common/pdfGlyphs';
import { textOnGlyphs, type TextItemLike as PlacedItem } from '../../common/textOnGlyphs';

/** One text item with its place in `text` and on its page. Plain data. */
export interface TextSpan {
  /** [start, end) of the item's string in `TextGeometry.text`. */
  start: number;
  end: number;
  pageIndex: number;
  /** Baseline origin of the item (its transform's e, f), in PDF user space. */
  originX: number;
  originY: number;
  /** Unit vector along the baseline (the writing direction of a left-to-right item). */
  alongX: number;
  alongY: number;
  /** Unit vector from the baseline towards the top of the glyphs. */
  upX: number;
  upY: number;
  /** Length of the item along the baseline, in points. */
  length: number;
  /** From the baseline to the bottom (negative) and the top of the glyph box, in points. */
  descent: number;
  ascent: number;
  /** 'ltr', 'rtl' or 'ttb' (vertical writing: the whole item's box is used). */
  dir: string;
  /** A monospaced font: every character takes the same share of the item's length. */
  monospace: boolean;
}

export interface TextGeometry {
  /**
   * The whole document's text: items of each page joined (a space between items unless one
   * side is already whitespace, or the next item continues the same line right where this one
   * ends; '\n' after an item with hasEOL), pages separated by '\n\n'.
   */
  text: string;
  /** Where each page's text starts in `text` (length = page count). */
  pageStarts: number[];
  /** Every non-empty item, in `text` order. */
  spans: TextSpan[];
}

export interface ReadTextGeometryOptions {
  password?: string;
  signal?: AbortSignal;
}

/** The parts of a pdf.js text item used here (TextMarkedContent items have no `str`). */
interface TextItemLike {
  str?: string;
  dir?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
  hasEOL?: boolean;
}

interface FontStyleLike {
  descent?: number;
  fontFamily?: string;
}

const pageSeparator = '\n\n';
/** Below the baseline, as a share of the font size, when the font does not say. */
const defaultDescent = -0.2;

/**
 * Reads a PDF's text geometry on its own, through the import's own reading of a PDF (same
 * options, same messages for passwords and damaged files). The import itself feeds a
 * TextGeometryBuilder while it extracts; a revision that receives marks is read once more, for
 * its drawing operators, to place its words on their glyphs (placeWordsOnGlyphs).
 */
export async function readTextGeometry(pdfBytes: Uint8Array, options: ReadTextGeometryOptions = {}): Promise<TextGeometry> {
  options.signal?.throwIfAborted();
  const builder = new TextGeometryBuilder();
  try {
    // pdf.js detaches the buffer it is given; keep the caller's usable.
    await extractPdf(pdfBytes.slice(), { password: options.password, onTextContent: (items, styles) => builder.addPage(items, styles) });
    await builder.placeWordsOnGlyphs(pdfBytes, options.password, options.signal);
  } catch (error) {
    throw error instanceof ExtractionFailure ? new AppError('invalid-argument', error.message) : error;
  }
  options.signal?.throwIfAborted();
  return builder.geometry();
}

/**
 * Collects pdf.js text content page by page, in page order, and works out the geometry only
 * when asked: the import keeps every PDF's pages this way, and only a new revision with marks
 * to carry pays for the geometry.
 */
export class TextGeometryBuilder {
  private readonly pages: { items: TextItemLike[]; styles: Record<string, FontStyleLike | undefined> }[] = [];

  addPage(items: unknown[], styles: unknown): void {
    this.pages.push({ items: items as TextItemLike[], styles: styles as Record<string, FontStyleLike | undefined> });
  }

  /**
   * Cuts each page's items into words placed on their own glyphs (electron/common/textOnGlyphs:
   * pdf.js's items stretch a whole justified line, so a word's share of it is a guess), reading
   * the PDF's operator lists once more. Only a revision that receives marks pays for it. The
   * text does not change; a page whose drawing cannot be read keeps pdf.js's items.
   */
  async placeWordsOnGlyphs(pdfBytes: Uint8Array, password: string | undefined, signal?: AbortSignal): Promise<void> {
    const task = await openPdfForText(pdfBytes.slice(), password);
    try {
      const document = await task.promise;
      for (let index = 0; index < this.pages.length && index < document.numPages; index += 1) {
        signal?.throwIfAborted();
        const page = await document.getPage(index + 1);
        try {
          const glyphs = placeGlyphs(await page.getOperatorList(), (name) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontLike) : undefined));
          const items = this.pages[index].items as (PlacedItem | TextItemLike)[];
          this.pages[index] = { ...this.pages[index], items: textOnGlyphs(items, glyphs) as TextItemLike[] };
        } catch {
          // Keep pdf.js's own items for this page: a rough place beats no carried mark.
        } finally {
          page.cleanup();
        }
      }
    } catch {
      // The same: the rectangles from pdf.js's items stand.
    } finally {
      await task.destroy();
    }
  }

  geometry(): TextGeometry {
    let text = '';
    const pageStarts: number[] = [];
    const spans: TextSpan[] = [];
    this.pages.forEach(({ items, styles }, pageIndex) => {
      if (pageIndex > 0) text += pageSeparator;
      pageStarts.push(text.length);
      text = appendPage(text, pageIndex, items, styles, spans);
    });
    return { text, pageStarts, spans };
  }
}

/** A Word, text or Markdown document's pages as one text the same way (no rectangles: no spans). */
export function plainTextGeometry(pages: string[]): TextGeometry {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) text += pageSeparator;
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts, spans: [] };
}

/** Appends one page's items to `text` (returned) and their spans to `spans`. */
function appendPage(
  text: string,
  pageIndex: number,
  items: TextItemLike[],
  styles: Record<string, FontStyleLike | undefined>,
  spans: TextSpan[],
): string {
  let out = text;
  let previous: TextItemLike | undefined;
  let lineBreak = false;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const str = item.str;
    if (str.length > 0) {
      if (previous) out += lineBreak ? '\n' : separatorBetween(previous, item);
      const span = spanOf(item, styles, pageIndex, out.length, out.length + str.length);
      if (span) spans.push(span);
      out += str;
      previous = item;
      lineBreak = false;
    }
    // An empty item with hasEOL (pdf.js's line break outside any item) ends the line too.
    if (item.hasEOL) lineBreak = true;
  }
  return out;
}

/** What goes between two consecutive non-empty items of one line (or of lines pdf.js did not break). */
function separatorBetween(item: TextItemLike, next: TextItemLike): string {
  if (/\s$/u.test(item.str ?? '') || /^\s/u.test(next.str ?? '')) return '';
  // pdf.js splits a line without a gap at a change of font (a bold letter inside a word):
  // the text layer shows those items touching, so no space is put between them.
  return continuesLine(item, next) ? '' : ' ';
}

/** Whether `next` starts on the same line where `item` ends, with less than a space between. */
function continuesLine(item: TextItemLike, next: TextItemLike): boolean {
  const t = item.transform;
  const n = next.transform;
  if (!t || !n || t.length < 6 || n.length < 6) return false;
  if (!isHorizontal(t) || !isHorizontal(n) || Math.sign(t[0]) !== Math.sign(n[0])) return false;
  const size = Math.max(Math.abs(t[3]), Math.abs(n[3]), item.height ?? 0, 1e-6);
  if (Math.abs(n[5] - t[5]) > size * 0.5) return false;
  const width = item.width ?? 0;
  // Glyphs are laid out from e along the baseline whatever the reading order (a right-to-left
  // item only holds its string reversed); a line turned 180° (a < 0) runs the other way.
  const gap = t[0] > 0 ? n[4] - (t[4] + width) : t[4] - width - n[4];
  // pdf.js itself emits a whitespace item for gaps above about a tenth of the font size.
  return gap > -0.2 * size && gap < 0.15 * size;
}

function isHorizontal(transform: number[]): boolean {
  const [a, b, c] = transform;
  return a !== 0 && Math.abs(b) < 1e-6 * Math.abs(a) && Math.abs(c) < 1e-6 * Math.abs(a);
}

function spanOf(
  item: TextItemLike,
  styles: Record<string, FontStyleLike | undefined>,
  pageIndex: number,
  start: number,
  end: number,
): TextSpan | undefined {
  const transform = item.transform;
  if (!transform || transform.length < 6 || !transform.every(Number.isFinite)) return undefined;
  const [a, b, c, d, e, f] = transform;
  const alongScale = Math.hypot(a, b);
  const upScale = Math.hypot(c, d);
  const height = Number.isFinite(item.height) ? Math.abs(item.height ?? 0) : 0;
  // The font size: the text space's vertical scale, or the item's height when that is degenerate.
  const fontSize = upScale > 0 ? upScale : height;
  if (!(fontSize > 0) && !(Math.abs(item.width ?? 0) > 0)) return undefined;
  const along = alongScale > 0 ? { x: a / alongScale, y: b / alongScale } : { x: 1, y: 0 };
  // Perpendicular to the baseline, pointing up the glyphs (the sign of c, d decides which side).
  let up = upScale > 0 ? { x: c / upScale, y: d / upScale } : { x: -along.y, y: along.x };
  const cross = along.x * up.y - along.y * up.x;
  if (Math.abs(cross) < 1e-6) up = { x: -along.y, y: along.x };
  const styleDescent = item.fontName ? styles[item.fontName]?.descent : undefined;
  const descentShare =
    typeof styleDescent === 'number' && styleDescent < -0.05 && styleDescent > -0.5 ? styleDescent : defaultDescent;
  const size = fontSize > 0 ? fontSize : 0;
  const dir = item.dir ?? 'ltr';
  return {
    start,
    end,
    pageIndex,
    originX: e,
    originY: f,
    alongX: along.x,
    alongY: along.y,
    upX: up.x,
    upY: up.y,
    // In vertical writing pdf.js reports the run's advance as the item's height.
    length: dir === 'ttb' ? height : Math.abs(item.width ?? 0),
    descent: descentShare * size,
    ascent: dir === 'ttb' ? size : Math.max(size, height),
    dir,
    monospace: (item.fontName ? styles[item.fontName]?.fontFamily : undefined) === 'monospace',
  };
}

/**
 * Rectangles covering text[start, end): one per item touched (a partial item cut along its
 * width in proportion to its characters' estimated widths), merged per line where they touch
 * on the same baseline; in PDF user space, in the page's own coordinates (as `page.view`),
 * rounded to hundredths of a point. Separators between items and pages give no rectangle.
 */
export function rectsForRange(geometry: TextGeometry, start: number, end: number): PageRect[] {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(geometry.text.length, Math.max(start, end));
  if (from >= to) return [];
  const spans = geometry.spans;
  // The first span that ends after `from`.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].end <= from) low = middle + 1;
    else high = middle;
  }
  const pieces: { rect: PageRect; span: TextSpan }[] = [];
  for (let index = low; index < spans.length && spans[index].start < to; index += 1) {
    const span = spans[index];
    const first = Math.max(from, span.start) - span.start;
    const last = Math.min(to, span.end) - span.start;
    if (last <= first) continue;
    pieces.push({ rect: boxOf(span, geometry.text.slice(span.start, span.end), first, last), span });
  }
  return mergeLines(pieces).map(rounded);
}

/** The box of characters [first, last) of a span whose text is `str`. */
function boxOf(span: TextSpan, str: string, first: number, last: number): PageRect {
  let s0 = 0;
  let s1 = span.length;
  if (span.dir !== 'ttb' && str.length > 0) {
    const shares = characterShares(str, span.monospace);
    const total = shares.at(-1) ?? 0;
    const cut0 = (span.length * shares[first]) / total;
    const cut1 = (span.length * shares[last]) / total;
    // A right-to-left item holds its first character at the far end of its run.
    [s0, s1] = span.dir === 'rtl' ? [span.length - cut1, span.length - cut0] : [cut0, cut1];
  }
  if (span.dir === 'ttb') {
    // Vertical writing: pdf.js gives the advance as height and no reliable width; cover the
    // column the item occupies, centred on its origin, downwards from it.
    const half = Math.max(span.ascent, 0) / 2;
    return {
      pageIndex: span.pageIndex,
      x1: span.originX - half,
      y1: span.originY - Math.max(span.length, span.ascent),
      x2: span.originX + half,
      y2: span.originY,
    };
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of [s0, s1]) {
    for (const t of [span.descent, span.ascent]) {
      xs.push(span.originX + span.alongX * s + span.upX * t);
      ys.push(span.originY + span.alongY * s + span.upY * t);
    }
  }
  return { pageIndex: span.pageIndex, x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/**
 * Where each character of an item starts, as a running sum of estimated widths (index
 * `str.length` holds the total). pdf.js gives only the item's whole width, so a part of it is
 * estimated: by character count in a monospaced font, otherwise by Helvetica's widths, which
 * follow the narrow and wide letters of most proportional fonts far better than a count does.
 */
function characterShares(str: string, monospace: boolean): number[] {
  const shares = [0];
  for (let index = 0; index < str.length; index += 1) {
    const code = str.charCodeAt(index);
    const lowSurrogate = code >= 0xdc00 && code <= 0xdfff && index > 0;
    const width = monospace ? (lowSurrogate ? 0 : 1) : lowSurrogate ? 0 : estimatedWidth(str.codePointAt(index) ?? code);
    shares.push(shares[index] + width);
  }
  if ((shares.at(-1) ?? 0) > 0) return shares;
  // Nothing measurable (only combining marks, say): fall back to the count.
  return shares.map((_, index) => index);
}

/** Helvetica's advance widths (thousandths of the font size) for U+0020 to U+007E. */
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const averageWidth = 556;

function estimatedWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return asciiWidths[codePoint - 0x20];
  const character = String.fromCodePoint(codePoint);
  if (/\p{M}/u.test(character)) return 0;
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\uff01-\uff60\u3000-\u303f]/u.test(character)) return 1000;
  // An accented Latin letter is as wide as its base letter.
  const base = character.normalize('NFD').codePointAt(0) ?? codePoint;
  if (base >= 0x20 && base <= 0x7e) return asciiWidths[base - 0x20];
  if (/\s/u.test(character)) return asciiWidths[0];
  return averageWidth;
}

/** Joins consecutive horizontal pieces on the same page and baseline that touch or nearly do. */
function mergeLines(pieces: { rect: PageRect; span: TextSpan }[]): PageRect[] {
  const merged: { rect: PageRect; span: TextSpan }[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && sameLine(last, piece)) {
      last.rect = {
        pageIndex: last.rect.pageIndex,
        x1: Math.min(last.rect.x1, piece.rect.x1),
        y1: Math.min(last.rect.y1, piece.rect.y1),
        x2: Math.max(last.rect.x2, piece.rect.x2),
        y2: Math.max(last.rect.y2, piece.rect.y2),
      };
    } else {
      merged.push({ rect: { ...piece.rect }, span: piece.span });
    }
  }
  return merged.map((piece) => piece.rect);
}

function sameLine(a: { rect: PageRect; span: TextSpan }, b: { rect: PageRect; span: TextSpan }): boolean {
  if (a.rect.pageIndex !== b.rect.pageIndex) return false;
  const horizontal = (span: TextSpan) => span.dir !== 'ttb' && Math.abs(span.alongY) < 1e-6 && span.upY > 0;
  if (!horizontal(a.span) || !horizontal(b.span)) return false;
  const size = Math.max(a.span.ascent, b.span.ascent, 1e-6);
  if (Math.abs(a.span.originY - b.span.originY) > size * 0.2) return false;
  const gap = Math.max(b.rect.x1 - a.rect.x2, a.rect.x1 - b.rect.x2);
  // A word space is about a quarter of the font size; allow for loose justification.
  return gap <= size * 0.6;
}

/** Hundredths of a point, as the reader saves anchors. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function rounded(rect: PageRect): PageRect {
  return { pageIndex: rect.pageIndex, x1: round(rect.x1), y1: round(rect.y1), x2: round(rect.x2), y2: round(rect.y2) };
}

/** The page a text offset falls on (a page separator belongs to the page before it). */
export function pageOfOffset(geometry: TextGeometry, offset: number): number {
  const starts = geometry.pageStarts;
  let low = 0;
  let high = starts.length - 1;
  if (high < 0) return 0;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
