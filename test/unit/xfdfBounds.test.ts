import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { xfdfToAnnotations } from '../../electron/core/export/xfdf';
import { importingTestTimeout, temporaryEngine } from './helpers/temporaryLibrary';

// Issue 14, fault 8: a 19 MB attribute blocked the host for 7 s and left it at 1.5 GB.
let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let documentId: number;

beforeEach(async () => {
  engine = await temporaryEngine();
  documentId = insertDocument(engine.library.db, { kind: 'draft', title: 'Draft articles', pageCount: 2 });
});
afterEach(() => engine.remove());

const highlight = (index: number, attribute = '') =>
  `<highlight page="0" rect="72,700,520,712" coords="72,712,520,712,72,700,520,700" color="#FFFF00" name="mark-${index}"${attribute}><contents>Note ${index}</contents></highlight>`;
const xfdf = (annotations: string) => `<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>${annotations}</annots></xfdf>`;

describe('an XFDF file too large in its parts', () => {
  it('is refused before parsing, saying what to do: a 19 MB attribute, a 2 MB note', () => {
    expect(() => xfdfToAnnotations(xfdf(highlight(1, ` subject="${'x'.repeat(19 * 1024 * 1024)}"`)), [])).toThrow(/a value of 19456 KB in one attribute.*nothing was imported.*Export the annotations again/su);
    expect(() => xfdfToAnnotations(xfdf(`<text page="0" rect="1,1,2,2"><contents>${'y'.repeat(2 * 1024 * 1024)}</contents></text>`), [])).toThrow(/a note of over 1 MB/u);
    expect(xfdfToAnnotations(xfdf(highlight(1, ` subject="${'x'.repeat(60 * 1024)}"`)), []).annotations).toHaveLength(1);
  });

  it('is read in a worker: the host answers other calls while a large file is parsed, and the refusal reaches the caller', { timeout: importingTestTimeout }, async () => {
    const api = engine.api;
    await expect(api.annotations.importXfdf({ documentId, xml: xfdf(highlight(1, ` subject="${'x'.repeat(19 * 1024 * 1024)}"`)) })).rejects.toThrow(/19456 KB in one attribute/u);

    // About 15 MB of well-formed marks: seconds of parsing, none of it on this thread.
    const large = xfdf(Array.from({ length: 45_000 }, (_, index) => highlight(index, ` subject="${'Comment '.repeat(20)}"`)).join(''));
    const order: string[] = [];
    // A call that arrives while the file is being read (the next turn of the event loop): it is
    // answered first only if the reading happens elsewhere.
    const status = new Promise<void>((resolve) => {
      setTimeout(() => void api.library.getStatus({}).then(() => resolve(void order.push('status'))), 0);
    });
    const importing = api.annotations.importXfdf({ documentId, xml: large }).then(
      () => order.push('import'),
      () => order.push('import'),
    );
    await Promise.all([status, importing]);
    expect(order).toEqual(['status', 'import']);

    const small = await api.annotations.importXfdf({ documentId, xml: xfdf(highlight(1) + highlight(2)) });
    expect(small).toEqual({ imported: 2, skipped: 0 });
  });
});
