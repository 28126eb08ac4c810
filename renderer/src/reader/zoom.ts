/** How the pages are sized: to the view's width, to a whole page, or a fixed scale (1 = 100 %). */
export type ReaderZoom = 'fit-width' | 'fit-page' | number;

export const minimumScale = 0.25;
export const maximumScale = 4;
const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** The next zoom step up or down from the scale shown now (which may be a fit). */
export function nextZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return zoomSteps.find((step) => step > scale + 0.01) ?? maximumScale;
  return zoomSteps.findLast((step) => step < scale - 0.01) ?? minimumScale;
}

/** Ctrl+wheel: ten per cent a notch, within the limits. */
export function wheelZoom(scale: number, deltaY: number): number {
  return Math.min(maximumScale, Math.max(minimumScale, scale * (deltaY < 0 ? 1.1 : 1 / 1.1)));
}
