import { PDFDocument, StandardFonts, degrees, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { PageRect } from '../../electron/common/model';
import {
  pageOfOffset,
  readTextGeometry,
  rectsForRange,
  type TextGeometry,
  type TextSpan,
} from '../../electron/core/annotations/pdfTextGeometry';
import { makeEncryptedPdf } from '../fixtures/pdfFixtures';

const size = 12;
/** What is drawn, page by page: each line at (x, y) in points, Helvetica 12. */
const layout = [
  [
    { text: 'Article 1 Scope of application', x: 72, y: 700 },
    { text: 'The parties agree on the following terms.', x: 90, y: 680 },
  ],
  [
    { text: 'Article 2 Final provisions', x: 100, y: 650 },
    { text: 'Signed in Brussels.', x: 72, y: 630 },
  ],
];

let font: PDFFont;
let bytes: Uint8Array;
let geometry: TextGeometry;

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of layout) {
    const page = doc.addPage([612, 792]);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size, font });
  }
  return doc.save();
}

/** Where `needle` starts in the geometry's text; fails the test when it is missing. */
function at(needle: string, from = 0): number {
  const index = geometry.text.indexOf(needle, from);
  expect(index, `"${needle}" in the text`).toBeGreaterThanOrEqual(0);
  return index;
}

function rectsOf(needle: string): PageRect[] {
  const start = at(needle);
  return rectsForRange(geometry, start, start + needle.length);
}

/** The width of `text` as drawText shows it: glyph widths without kerning. */
function drawn(text: string): number {
  return [...text].reduce((sum, character) => sum + font.widthOfTextAtSize(character, size), 0);
}

beforeAll(async () => {
  bytes = await twoPagePdf();
  geometry = await readTextGeometry(bytes);
});

describe('readTextGeometry', () => {
  it('joins each page\'s lines and separates pages with a blank line', () => {
    expect(geometry.text).toBe(
      'Article 1 Scope of application\nThe parties agree on the following terms.\n\n' +
        'Article 2 Final provisions\nSigned in Brussels.',
    );
  });

  it('records where each page starts', () => {
    expect(geometry.pageStarts).toHaveLength(2);
    expect(geometry.pageStarts[0]).toBe(0);
    expect(geometry.pageStarts[1]).toBe(at('Article 2'));
    expect(geometry.text.slice(geometry.pageStarts[1] - 2, geometry.pageStarts[1])).toBe('\n\n');
  });

  it('leaves the caller\'s buffer usable (pdf.js detaches what it is given)', async () => {
    expect(bytes.byteLength).toBeGreaterThan(0);
    const again = await readTextGeometry(bytes);
    expect(again.text).toBe(geometry.text);
  });

  it('joins items split by a change of font without a space, and keeps the space pdf.js reports for a gap', async () => {
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const page = doc.addPage([612, 792]);
    page.drawText('Hel', { x: 72, y: 700, size, font: regular });
    page.drawText('lo', { x: 72 + regular.widthOfTextAtSize('Hel', size), y: 700, size, font: bold });
    page.drawText('Far', { x: 72, y: 680, size, font: regular });
    page.drawText('away', { x: 300, y: 680, size, font: regular });
    const split = await readTextGeometry(await doc.save());
    expect(split.text).toBe('Hello\nFar away');
    // "Hello" is one rectangle although it is two items.
    const rects = rectsForRange(split, 0, 5);
    expect(rects).toHaveLength(1);
    expect(rects[0].x1).toBeCloseTo(72, 0);
    expect(rects[0].x2).toBeCloseTo(72 + regular.widthOfTextAtSize('Hel', size) + bold.widthOfTextAtSize('lo', size), 0);
  });

  it('asks for the password of an encrypted file, rejects a wrong one, and reads with the right one', async () => {
    const locked = makeEncryptedPdf(['Confidential draft text.'], 'delegation');
    const noPassword = await readTextGeometry(locked).catch((error: unknown) => error);
    expect(noPassword).toBeInstanceOf(AppError);
    expect((noPassword as AppError).message).toMatch(/protected by a password/u);
    const wrong = await readTextGeometry(locked, { password: 'guess' }).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).message).toMatch(/password .*is wrong/u);
    const opened = await readTextGeometry(locked, { password: 'delegation' });
    expect(opened.text).toContain('Confidential draft text.');
  });

  it('rejects bytes that are not a PDF, and empty bytes, with an AppError', async () => {
    await expect(readTextGeometry(new TextEncoder().encode('hello, not a pdf'))).rejects.toBeInstanceOf(AppError);
    await expect(readTextGeometry(new Uint8Array(0))).rejects.toBeInstanceOf(AppError);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readTextGeometry(bytes, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('rectsForRange', () => {
  it('covers a whole word where pdf-lib drew it, around its baseline', () => {
    const line = layout[0][1];
    const word = 'parties';
    const rects = rectsOf(word);
    expect(rects).toHaveLength(1);
    const [rect] = rects;
    const x1 = line.x + font.widthOfTextAtSize('The ', size);
    expect(rect.pageIndex).toBe(0);
    expect(Math.abs(rect.x1 - x1)).toBeLessThanOrEqual(1);
    expect(Math.abs(rect.x2 - (x1 + font.widthOfTextAtSize(word, size)))).toBeLessThanOrEqual(1);
    expect(rect.y1).toBeLessThan(line.y);
    expect(rect.y2).toBeGreaterThan(line.y);
    expect(rect.y2 - rect.y1).toBeCloseTo(size * 1.2, 0);
    expect(line.y - rect.y1).toBeGreaterThan(size * 0.15);
    expect(line.y - rect.y1).toBeLessThan(size * 0.3);
  });

  it('covers a whole line with one rectangle matching its drawn width', () => {
    const line = layout[1][0];
    const [rect, ...rest] = rectsOf(line.text);
    expect(rest).toHaveLength(0);
    expect(rect.pageIndex).toBe(1);
    expect(Math.abs(rect.x1 - line.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(rect.x2 - (line.x + font.widthOfTextAtSize(line.text, size)))).toBeLessThanOrEqual(1);
  });

  it('cuts an item in proportion to the estimated widths of the characters covered', () => {
    const line = layout[0][0];
    const item = rectsOf(line.text)[0];
    const start = at('Scope');
    const [rect] = rectsForRange(geometry, start, start + 'Scope'.length);
    // Helvetica's widths are the estimate, so here the cut falls where the glyphs are drawn
    // (pdf-lib's widthOfTextAtSize adds kerning that its drawText does not apply).
    expect(item.x2 - item.x1).toBeCloseTo(drawn(line.text), 1);
    const before = drawn('Article 1 ');
    expect(rect.x1).toBeCloseTo(item.x1 + before, 1);
    expect(rect.x2).toBeCloseTo(item.x1 + before + drawn('Scope'), 1);
    expect(rect.y1).toBe(item.y1);
    expect(rect.y2).toBe(item.y2);
  });

  it('cuts an item of a monospaced font by character count', async () => {
    const doc = await PDFDocument.create();
    const courier = await doc.embedFont(StandardFonts.Courier);
    const page = doc.addPage([612, 792]);
    const line = 'illimitable WWW';
    page.drawText(line, { x: 72, y: 700, size, font: courier });
    const mono = await readTextGeometry(await doc.save());
    const start = mono.text.indexOf(line);
    const [item] = rectsForRange(mono, start, start + line.length);
    const [rect] = rectsForRange(mono, start + 3, start + 7);
    const perCharacter = (item.x2 - item.x1) / line.length;
    expect(perCharacter).toBeCloseTo(size * 0.6, 1);
    expect(rect.x1).toBeCloseTo(item.x1 + perCharacter * 3, 1);
    expect(rect.x2).toBeCloseTo(item.x1 + perCharacter * 7, 1);
  });

  it('gives one rectangle per line for a range over two lines', () => {
    const start = at('application');
    const end = at('parties') + 'parties'.length;
    const rects = rectsForRange(geometry, start, end);
    expect(rects).toHaveLength(2);
    expect(rects.map((rect) => rect.pageIndex)).toEqual([0, 0]);
    expect(rects[0].y1).toBeGreaterThan(rects[1].y2 - 1);
    expect(Math.abs(rects[1].x1 - layout[0][1].x)).toBeLessThanOrEqual(1);
  });

  it('gives rectangles on both pages for a range across the page break', () => {
    const start = at('terms.');
    const end = at('Article 2') + 'Article 2'.length;
    const rects = rectsForRange(geometry, start, end);
    expect(rects.map((rect) => rect.pageIndex)).toEqual([0, 1]);
    expect(rects[0].y1).toBeLessThan(layout[0][1].y);
    expect(Math.abs(rects[1].x1 - layout[1][0].x)).toBeLessThanOrEqual(1);
    expect(rects[1].y2).toBeGreaterThan(layout[1][0].y);
  });

  it('gives nothing for an empty range or one holding only separators', () => {
    expect(rectsForRange(geometry, 5, 5)).toEqual([]);
    const pageBreak = geometry.pageStarts[1] - 2;
    expect(rectsForRange(geometry, pageBreak, pageBreak + 2)).toEqual([]);
    expect(rectsForRange(geometry, geometry.text.length, geometry.text.length + 10)).toEqual([]);
  });

  it('covers rotated text with its bounding box', async () => {
    const doc = await PDFDocument.create();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.drawText('Sideways', { x: 500, y: 300, size, font: helvetica, rotate: degrees(90) });
    const turned = await readTextGeometry(await doc.save());
    const start = turned.text.indexOf('Sideways');
    const [rect, ...rest] = rectsForRange(turned, start, start + 'Sideways'.length);
    expect(rest).toHaveLength(0);
    // Turned a quarter left: the baseline runs up from (500, 300), the glyphs stand to its left.
    expect(rect.x1).toBeCloseTo(500 - size, 0);
    expect(rect.x2).toBeGreaterThan(500);
    expect(rect.x2).toBeLessThan(500 + size * 0.3);
    expect(rect.y1).toBeCloseTo(300, 0);
    expect(Math.abs(rect.y2 - (300 + helvetica.widthOfTextAtSize('Sideways', size)))).toBeLessThanOrEqual(1);
  });

  it('cuts a right-to-left item from its right end', () => {
    const span: TextSpan = {
      start: 0,
      end: 10,
      pageIndex: 0,
      originX: 100,
      originY: 500,
      alongX: 1,
      alongY: 0,
      upX: 0,
      upY: 1,
      length: 50,
      descent: -2,
      ascent: 10,
      dir: 'rtl',
      monospace: true,
    };
    const rtl: TextGeometry = { text: 'abcdefghij', pageStarts: [0], spans: [span] };
    // The first two characters sit at the right end of the run.
    expect(rectsForRange(rtl, 0, 2)).toEqual([{ pageIndex: 0, x1: 140, y1: 498, x2: 150, y2: 510 }]);
    const ltr: TextGeometry = { ...rtl, spans: [{ ...span, dir: 'ltr' }] };
    expect(rectsForRange(ltr, 0, 2)).toEqual([{ pageIndex: 0, x1: 100, y1: 498, x2: 110, y2: 510 }]);
  });
});

describe('pageOfOffset', () => {
  it('finds the page of an offset', () => {
    expect(pageOfOffset(geometry, 0)).toBe(0);
    expect(pageOfOffset(geometry, at('terms.'))).toBe(0);
    expect(pageOfOffset(geometry, geometry.pageStarts[1] - 1)).toBe(0);
    expect(pageOfOffset(geometry, geometry.pageStarts[1])).toBe(1);
    expect(pageOfOffset(geometry, at('Brussels'))).toBe(1);
    expect(pageOfOffset(geometry, geometry.text.length + 5)).toBe(1);
    expect(pageOfOffset(geometry, -3)).toBe(0);
    expect(pageOfOffset({ text: '', pageStarts: [], spans: [] }, 4)).toBe(0);
  });
});
