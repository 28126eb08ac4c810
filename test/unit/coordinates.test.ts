import { describe, expect, it } from 'vitest';
import { pdfRectToViewport, viewportRectToPdf } from '../../renderer/src/reader/coordinates';

const a4 = { width: 595, height: 842, originX: 0, originY: 0 };

describe('PDF space and viewport space', () => {
  it('turns a rectangle in PDF points (origin bottom-left) into CSS pixels (origin top-left)', () => {
    expect(pdfRectToViewport({ pageIndex: 0, x1: 72, y1: 700, x2: 272, y2: 712 }, { ...a4, scale: 2 })).toEqual({
      left: 144,
      top: 260,
      width: 400,
      height: 24,
    });
  });

  it('round-trips at any zoom, and with a page whose view box does not start at zero', () => {
    const rect = { pageIndex: 3, x1: 100.5, y1: 200.25, x2: 300, y2: 215 };
    for (const scale of [0.5, 1, 1.37, 3]) {
      for (const page of [a4, { width: 612, height: 792, originX: 10, originY: -20 }]) {
        const box = pdfRectToViewport(rect, { ...page, scale });
        expect(viewportRectToPdf(box, 3, { ...page, scale })).toEqual(rect);
      }
    }
  });

  it('orders the corners whatever way the rectangle was drawn', () => {
    const box = pdfRectToViewport({ pageIndex: 0, x1: 300, y1: 215, x2: 100, y2: 200 }, { ...a4, scale: 1 });
    expect(box.width).toBe(200);
    expect(box.height).toBe(15);
  });
});
