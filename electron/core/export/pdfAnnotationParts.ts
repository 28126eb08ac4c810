import type { AnnotationKind, PageRect } from '../../common/model';

/**
 * What the annotated PDF and XFDF share: the PDF annotation subtype of each kind (XFDF names
 * its elements after them, in lower case), boxes and quadrilaterals, dates, names.
 */
export const pdfSubtypes: Record<AnnotationKind, string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'StrikeOut',
  note: 'Text',
  comment: 'FreeText',
  area: 'Square',
};

/** Kinds drawn over text, which carry QuadPoints (XFDF: coords). */
export const markupKinds = new Set<AnnotationKind>(['highlight', 'underline', 'strikeout']);

export function normalisedRect(rect: PageRect): PageRect {
  return {
    pageIndex: rect.pageIndex,
    x1: Math.min(rect.x1, rect.x2),
    y1: Math.min(rect.y1, rect.y2),
    x2: Math.max(rect.x1, rect.x2),
    y2: Math.max(rect.y1, rect.y2),
  };
}

export function boundingBox(rects: PageRect[]): PageRect {
  const normalised = rects.map(normalisedRect);
  return {
    pageIndex: rects[0].pageIndex,
    x1: Math.min(...normalised.map((rect) => rect.x1)),
    y1: Math.min(...normalised.map((rect) => rect.y1)),
    x2: Math.max(...normalised.map((rect) => rect.x2)),
    y2: Math.max(...normalised.map((rect) => rect.y2)),
  };
}

/** QuadPoints in the order readers expect: upper-left, upper-right, lower-left, lower-right. */
export function quadPoints(rects: PageRect[]): number[] {
  return rects.map(normalisedRect).flatMap((rect) => [rect.x1, rect.y2, rect.x2, rect.y2, rect.x1, rect.y1, rect.x2, rect.y1]);
}

/** PDF date (D:YYYYMMDDHHmmSSZ) from our ISO timestamps, which are UTC. */
export function pdfDate(iso: string): string {
  return `D:${iso.replace(/\D/gu, '').slice(0, 14)}Z`;
}

/**
 * A PDF date (ISO 32000-1 §7.9.4: `D:YYYYMMDDHHmmSSOHH'mm`, every part after the year
 * optional, O one of + - Z) as ISO 8601 UTC; undefined when it is not one. XFDF writes its
 * dates this way too (ISO 19444-1).
 */
export function isoFromPdfDate(value: string): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$/u.exec(value.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 * (sign === '-' ? -1 : sign === '+' ? 1 : 0);
  const time = local - offset;
  if (!Number.isFinite(time) || Number(month) > 12 || Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return undefined;
  }
  return new Date(time).toISOString();
}

/** Where a reply's note icon goes (20 points square, as readers draw Text annotations): at the mark's top-left corner. */
export function noteIconRect(box: PageRect): PageRect {
  return { pageIndex: box.pageIndex, x1: box.x1, y1: box.y2 - 20, x2: box.x1 + 20, y2: box.y2 };
}

/** A mark's rectangles by page: a mark across a page break is written once per page. */
export function rectsByPage(rects: PageRect[]): Map<number, PageRect[]> {
  const byPage = new Map<number, PageRect[]>();
  for (const rect of rects) byPage.set(rect.pageIndex, [...(byPage.get(rect.pageIndex) ?? []), rect]);
  return byPage;
}

/** `briefing-<id>-<page>`: the pages of one mark share the id, so an import joins them again. */
export function briefingName(annotationId: number, pageIndex: number): string {
  return `briefing-${annotationId}-${pageIndex}`;
}

/** `briefing-<id>-reply-<n>`: never taken for a page of the mark (see briefingName). */
export function briefingReplyName(annotationId: number, index: number): string {
  return `briefing-${annotationId}-reply-${index + 1}`;
}

/** #RRGGBB (or #RGB) as its three channels, 0–255; null when it is not a colour. */
export function hexChannels(hex: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/iu.exec(hex.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  const value = Number.parseInt(digits, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
