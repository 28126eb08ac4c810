import { PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames, StandardFonts, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { glyphOps, placeGlyphs } from '../../electron/common/pdfGlyphs';
import { textOnGlyphs, type TextItemLike } from '../../electron/common/textOnGlyphs';
import { readTextGeometry, rectsForRange } from '../../electron/core/annotations/pdfTextGeometry';
import { loadPdfjs, openPdfForText } from '../../electron/core/pdf/loadPdfjs';

/** A line as a justifying typesetter writes it: Tw (word spacing) widens every space, TJ moves words apart. */
interface Line {
  words: string[];
  x: number;
  y: number;
  size: number;
  /** Extra points for each space (Tw), or for each gap written as a TJ adjustment. */
  wordSpacing?: number;
  gap?: number;
}

function op(name: PDFOperatorNames, ...args: NonNullable<Parameters<typeof PDFOperator.of>[1]>) {
  return PDFOperator.of(name, args);
}

/** One page with the lines written with raw text operators, and where each word's glyphs truly start and end. */
async function justifiedPdf(lines: Line[]): Promise<{ bytes: Uint8Array; words: { text: string; x0: number; x1: number; y: number }[] }> {
  const document = await PDFDocument.create();
  const font: PDFFont = await document.embedFont(StandardFonts.TimesRoman);
  const page = document.addPage([595, 842]);
  const key = page.node.newFontDictionary(font.name, font.ref);
  const words: { text: string; x0: number; x1: number; y: number }[] = [];
  // Advances as the page draws them: glyph by glyph, no kerning (pdf-lib's width of a string kerns).
  const advance = (text: string, size: number) => [...text].reduce((sum, character) => sum + font.widthOfTextAtSize(character, size), 0);
  for (const line of lines) {
    const operators = [op(PDFOperatorNames.BeginText), op(PDFOperatorNames.SetFontAndSize, key, PDFNumber.of(line.size))];
    operators.push(op(PDFOperatorNames.SetTextMatrix, ...[1, 0, 0, 1, line.x, line.y].map((n) => PDFNumber.of(n))));
    let x = line.x;
    const space = advance(' ', line.size);
    const { gap } = line;
    if (gap !== undefined) {
      // [(word) -gap (word) …] TJ: no space characters, the gap alone separates the words.
      const parts = line.words.flatMap((word, index) => (index === 0 ? [font.encodeText(word)] : [PDFNumber.of((-gap * 1000) / line.size), font.encodeText(word)]));
      operators.push(op(PDFOperatorNames.ShowTextAdjusted, document.context.obj(parts)));
      for (const word of line.words) {
        const width = advance(word, line.size);
        words.push({ text: word, x0: x, x1: x + width, y: line.y });
        x += width + gap;
      }
    } else {
      operators.push(op(PDFOperatorNames.SetWordSpacing, PDFNumber.of(line.wordSpacing ?? 0)));
      operators.push(op(PDFOperatorNames.ShowText, font.encodeText(line.words.join(' '))));
      for (const word of line.words) {
        const width = advance(word, line.size);
        words.push({ text: word, x0: x, x1: x + width, y: line.y });
        x += width + space + (line.wordSpacing ?? 0);
      }
    }
    operators.push(op(PDFOperatorNames.EndText));
    page.pushOperators(...operators);
  }
  return { bytes: await document.save(), words };
}

/** The page's text items as pdf.js gives them, and its glyphs placed from its operator list. */
async function readPage(bytes: Uint8Array) {
  const task = await openPdfForText(bytes, undefined);
  const pdf = await task.promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const operators = await page.getOperatorList();
  const glyphs = placeGlyphs(operators, (name) => (page.commonObjs.has(name) ? page.commonObjs.get(name) : undefined));
  const items = content.items.filter((item): item is TextItemLike & typeof item => 'str' in item);
  await task.destroy();
  return { items, glyphs };
}

/** Where each word's piece starts and ends on the page, by its text. */
function pieceBoxes(items: TextItemLike[]): { text: string; x0: number; x1: number }[] {
  return items.filter((item) => item.str.trim() !== '').map((item) => ({ text: item.str.trim(), x0: item.transform[4], x1: item.transform[4] + item.width }));
}

describe('placeGlyphs', () => {
  it('uses the operator codes pdf.js has today', async () => {
    const { OPS } = await loadPdfjs();
    for (const [name, code] of Object.entries(glyphOps)) expect([name, OPS[name as keyof typeof OPS]]).toEqual([name, code]);
  });

  it('places each glyph where the page draws it, with word spacing on every space', async () => {
    const line = { words: ['widespread', 'or', 'systematic', 'attack'], x: 72, y: 700, size: 12, wordSpacing: 9 };
    const { bytes, words } = await justifiedPdf([line]);
    const { glyphs } = await readPage(bytes);
    expect(glyphs.map((glyph) => glyph.text).join('')).toBe('widespread or systematic attack');
    const firstOfEach = words.map((word) => glyphs.findIndex((glyph, index) => glyphs.slice(index, index + word.text.length).map((g) => g.text).join('') === word.text));
    firstOfEach.forEach((at, index) => {
      expect(glyphs[at].x0).toBeCloseTo(words[index].x0, 1);
      expect(glyphs[at + words[index].text.length - 1].x1).toBeCloseTo(words[index].x1, 1);
      expect(glyphs[at].y0).toBeCloseTo(700, 1);
    });
  });
});

describe('textOnGlyphs', () => {
  it.each([1.5, 4, 14])('cuts a justified line (Tw %s pt) at its words and puts each on its glyphs; the text is unchanged', async (wordSpacing) => {
    const line = { words: ['persecution', 'against', 'any', 'identifiable', 'group', 'or', 'collectivity'], x: 60, y: 600, size: 11, wordSpacing };
    const { bytes, words } = await justifiedPdf([line]);
    const { items, glyphs } = await readPage(bytes);
    const placed = textOnGlyphs(items, glyphs) as TextItemLike[];
    expect(placed.map((item) => item.str).join('')).toBe(items.map((item) => item.str).join(''));
    const boxes = pieceBoxes(placed);
    expect(boxes.map((box) => box.text)).toEqual(line.words);
    boxes.forEach((box, index) => {
      // Each word's piece covers its own glyphs, not the widened space after it.
      expect(Math.abs(box.x0 - words[index].x0)).toBeLessThan(0.1);
      expect(Math.abs(box.x1 - words[index].x1)).toBeLessThan(0.1);
    });
  });

  it('places words separated only by TJ gaps, where pdf.js puts spaces of its own', async () => {
    const line = { words: ['Rome', 'Statute', 'of', 'the', 'International', 'Criminal', 'Court'], x: 90, y: 500, size: 10, gap: 7 };
    const { bytes, words } = await justifiedPdf([line]);
    const { items, glyphs } = await readPage(bytes);
    const placed = textOnGlyphs(items, glyphs) as TextItemLike[];
    expect(placed.map((item) => item.str).join('')).toBe(items.map((item) => item.str).join(''));
    const boxes = pieceBoxes(placed);
    for (const word of words) {
      const box = boxes.find((candidate) => candidate.text === word.text)!;
      expect(Math.abs(box.x0 - word.x0)).toBeLessThan(0.1);
      expect(Math.abs(box.x1 - word.x1)).toBeLessThan(0.1);
    }
  });

  it('keeps an item whose characters do not match the glyphs (then pdf.js placing stands)', () => {
    const item = { str: 'alpha beta', dir: 'ltr', transform: [10, 0, 0, 10, 50, 100], width: 60, height: 10, hasEOL: true };
    const glyphs = [...'zzzzzzzz'].map((text, index) => ({ text, x0: 50 + index * 6, y0: 100, x1: 56 + index * 6, y1: 100 }));
    expect(textOnGlyphs([item], glyphs)).toEqual([item]);
  });

  it('keeps right-to-left items and marked-content entries as they are, and the end of line on the last piece', () => {
    const rtl = { str: 'للمادة 7', dir: 'rtl', transform: [10, 0, 0, 10, 50, 100], width: 60, height: 10, hasEOL: false };
    const marker = { type: 'beginMarkedContent' };
    const ltr = { str: 'ab cd', dir: 'ltr', transform: [10, 0, 0, 10, 50, 80], width: 50, height: 10, hasEOL: true };
    const glyphs = [...'abcd'].map((text, index) => ({ text, x0: 50 + index * 12 + (index > 1 ? 6 : 0), y0: 80, x1: 60 + index * 12 + (index > 1 ? 6 : 0), y1: 80 }));
    const result = textOnGlyphs<TextItemLike, typeof marker>([rtl, marker, ltr], glyphs);
    expect(result.slice(0, 2)).toEqual([rtl, marker]);
    const pieces = result.slice(2) as TextItemLike[];
    expect(pieces.map((piece) => [piece.str, piece.hasEOL])).toEqual([
      ['ab', false],
      [' ', false],
      ['cd', true],
    ]);
    // The space runs from the end of "b" to the start of "c".
    expect(pieces[1].transform[4]).toBeCloseTo(50 + 12 + 10);
    expect(pieces[1].width).toBeCloseTo(50 + 24 + 6 - 72);
    expect(pieces[2].transform[4]).toBeCloseTo(50 + 24 + 6);
  });
});

describe('carried marks on a justified revision', () => {
  it('get rectangles on the glyphs of their words, not a share of the whole line', async () => {
    const line = { words: ['persecution', 'against', 'any', 'identifiable', 'group', 'or', 'collectivity'], x: 60, y: 600, size: 11, wordSpacing: 1.5 };
    const { bytes, words } = await justifiedPdf([line]);
    const geometry = await readTextGeometry(bytes);
    for (const word of words) {
      const start = geometry.text.indexOf(word.text);
      const [rect] = rectsForRange(geometry, start, start + word.text.length);
      expect([word.text, Math.abs(rect.x1 - word.x0) < 0.1, Math.abs(rect.x2 - word.x1) < 0.1]).toEqual([word.text, true, true]);
    }
  });
});
