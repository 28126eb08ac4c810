import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  corruptPdf,
  emptyFile,
  makeDocx,
  makeEncryptedPdf,
  makeScannedPdf,
  makeTextPdf,
  notAPdf,
  rc4,
} from '../fixtures/pdfFixtures';

// pdfjs-dist 6.5 declares engines node >= 22.13. Its legacy build bundles core-js for most
// newer built-ins (Iterator helpers, Set methods, Promise.try, Math.sumPrecise,
// Uint8Array base64/hex, Map#getOrInsert, URL.parse), but not:
// - Promise.withResolvers (Node 22): getDocument() throws without it;
// - ArrayBuffer#transferToFixedLength (Node 21): used when the worker sends a loaded font
//   to the main thread (getOperatorList / rendering); without it the page's operator list
//   silently loses its text. getTextContent does not need it.
function withResolvers<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

function transferToFixedLength(this: ArrayBuffer, newLength?: number): ArrayBuffer {
  const length = newLength ?? this.byteLength;
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
}

if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, configurable: true, writable: true });
}
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  // oxlint-disable-next-line no-extend-native -- a standard ES2024 method missing from Node 20, added only if absent
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value: transferToFixedLength,
    configurable: true,
    writable: true,
  });
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type LoadingTask = ReturnType<PdfJs['getDocument']>;
type PdfDocument = Awaited<LoadingTask['promise']>;
interface OpenError {
  name: string;
  code?: number;
  message: string;
}

let pdfjs: PdfJs;
const tasks: LoadingTask[] = [];

beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

// In pdf.js 6 the loading task, not the document proxy, has destroy().
afterEach(async () => {
  await Promise.all(tasks.splice(0).map((task) => task.destroy()));
});

/** Opens with pdf.js. It may detach the buffer it is given, so pass a copy. */
async function open(data: Uint8Array, password?: string): Promise<PdfDocument> {
  // (pdf.js 6 no longer has an isEvalSupported option: it never evaluates code from the PDF.)
  const task = pdfjs.getDocument({ data: data.slice(), verbosity: 0, password });
  tasks.push(task);
  return task.promise;
}

/** How pdf.js rejects `data`; fails the test if it opens. */
async function openError(data: Uint8Array, password?: string): Promise<OpenError> {
  try {
    await open(data, password);
  } catch (error) {
    const e = error as OpenError;
    return { name: e.name, code: e.code, message: e.message };
  }
  throw new Error('expected pdf.js to reject the document, but it opened');
}

/** Each page's lines: text items joined, split wherever pdf.js reports hasEOL. */
async function pageLines(doc: PdfDocument): Promise<string[][]> {
  const out: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    out.push(text.split('\n'));
  }
  return out;
}

async function info(doc: PdfDocument): Promise<Record<string, unknown>> {
  return (await doc.getMetadata()).info as Record<string, unknown>;
}

describe('makeTextPdf', () => {
  const pages = [
    ['Article 1 — Definitions', 'Les États parties conviennent « en principe »', 'Año, región, acción, sesión'],
    ['Article 2', 'Señor Presidente, è à ç ü ß € – ‘quoted’ “double”', 'Last line.'],
  ];

  it('gives the lines back in order, separated by hasEOL, with Info Title and Author', async () => {
    const doc = await open(await makeTextPdf(pages, { title: 'Draft — Articles «A»', author: 'Secretariat' }));
    expect(doc.numPages).toBe(2);
    expect(await pageLines(doc)).toEqual(pages);
    expect((await info(doc)).Title).toBe('Draft — Articles «A»');
    expect((await info(doc)).Author).toBe('Secretariat');
  });

  it('uses one text item per line, with hasEOL on all but the last', async () => {
    const doc = await open(await makeTextPdf([['one', 'two', 'three']], { fontSize: 10, font: 'TimesRoman' }));
    const content = await (await doc.getPage(1)).getTextContent();
    const items = content.items.flatMap((i) => ('str' in i && i.str !== '' ? [i] : []));
    expect(items.map((i) => i.str)).toEqual(['one', 'two', 'three']);
    expect(items.map((i) => i.hasEOL)).toEqual([true, true, false]);
    expect((await info(doc)).Title).toBeUndefined();
  });

  it('draws text that pdf.js also puts in the operator list (needs the transferToFixedLength polyfill)', async () => {
    const doc = await open(await makeTextPdf([['Shown']]));
    const ops = await (await doc.getPage(1)).getOperatorList();
    expect(ops.fnArray).toContain(pdfjs.OPS.showText);
  });

  it('throws a clear error for characters outside WinAnsi', async () => {
    await expect(makeTextPdf([['ok', 'Ελληνικά']])).rejects.toThrow(/"Ε" \(U\+0395\).*not in WinAnsi/);
    await expect(makeTextPdf([['two\nlines']])).rejects.toThrow(/U\+000A.*not in WinAnsi/);
  });
});

describe('makeScannedPdf', () => {
  it('has pages with an image and no text items', async () => {
    const doc = await open(await makeScannedPdf(3));
    expect(doc.numPages).toBe(3);
    for (let n = 1; n <= 3; n++) {
      const page = await doc.getPage(n);
      expect((await page.getTextContent()).items).toHaveLength(0);
      const ops = await page.getOperatorList();
      expect(ops.fnArray).toContain(pdfjs.OPS.paintImageXObject);
      expect(ops.fnArray).not.toContain(pdfjs.OPS.showText);
    }
  });
});

describe('makeEncryptedPdf', () => {
  const lines = ['Confidential — délégation', 'Second line «draft»', 'Third: niño, acción'];

  it('has a correct RC4 (classic "Key"/"Plaintext" vector)', () => {
    const out = rc4(Buffer.from('Key', 'latin1'), Buffer.from('Plaintext', 'latin1'));
    expect(Buffer.from(out).toString('hex')).toBe('bbf316e8d940af0ad3');
  });

  for (const revision of [3, 2] as const) {
    it(`R${revision}: needs a password (code 1), rejects a wrong one (code 2), opens with the right one`, async () => {
      const bytes = makeEncryptedPdf(lines, 'secret', 'owner-pw', { revision, title: 'Sealed — «title»' });
      expect(await openError(bytes)).toMatchObject({ name: 'PasswordException', code: pdfjs.PasswordResponses.NEED_PASSWORD });
      expect(pdfjs.PasswordResponses.NEED_PASSWORD).toBe(1);
      expect(await openError(bytes, 'wrong')).toMatchObject({
        name: 'PasswordException',
        code: pdfjs.PasswordResponses.INCORRECT_PASSWORD,
      });
      expect(pdfjs.PasswordResponses.INCORRECT_PASSWORD).toBe(2);
      for (const password of ['secret', 'owner-pw']) {
        const doc = await open(bytes, password);
        expect(await pageLines(doc)).toEqual([lines]);
        expect((await info(doc)).Title).toBe('Sealed — «title»');
        expect((await info(doc)).EncryptFilterName).toBe('Standard');
      }
    });
  }

  it('with an empty user password and an owner password, opens without asking', async () => {
    const doc = await open(makeEncryptedPdf(lines, '', 'owner-only'));
    expect(await pageLines(doc)).toEqual([lines]);
    expect((await info(doc)).Title).toBe('Encrypted fixture');
    expect((await info(doc)).EncryptFilterName).toBe('Standard');
  });
});

describe('bad inputs', () => {
  it('a truncated PDF keeps its %PDF- header but is rejected as InvalidPDFException', async () => {
    const longPages = Array.from({ length: 20 }, (_page, p) =>
      Array.from({ length: 30 }, (_line, l) => `Page ${p} line ${l}`),
    );
    const inputs = [
      await makeTextPdf([['Some text', 'More text']], { title: 'Good' }),
      await makeTextPdf(longPages),
      await makeScannedPdf(2),
      makeEncryptedPdf(['x'], ''),
    ];
    for (const good of inputs) {
      await expect(open(good)).resolves.toBeDefined();
      const bad = corruptPdf(good);
      expect(Buffer.from(bad.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(bad.length).toBeLessThan(good.length);
      expect(await openError(bad)).toEqual({ name: 'InvalidPDFException', code: undefined, message: 'Invalid PDF structure.' });
    }
  });

  it('a file that is not a PDF is rejected as InvalidPDFException', async () => {
    expect(await openError(notAPdf())).toEqual({
      name: 'InvalidPDFException',
      code: undefined,
      message: 'Invalid PDF structure.',
    });
  });

  it('an empty file is rejected as InvalidPDFException', async () => {
    expect(emptyFile()).toHaveLength(0);
    expect(await openError(emptyFile())).toEqual({
      name: 'InvalidPDFException',
      code: undefined,
      message: 'The PDF file is empty, i.e. its size is zero bytes.',
    });
  });
});

describe('makeDocx', () => {
  it('is a zip (PK header) with the document and core-properties parts and the title', async () => {
    const bytes = await makeDocx(['First paragraph', 'Deuxième paragraphe'], { title: 'A title' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\x03\x04');
    const raw = Buffer.from(bytes).toString('latin1'); // zip local headers carry the part names in clear
    expect(raw).toContain('word/document.xml');
    expect(raw).toContain('docProps/core.xml');
  });
});
