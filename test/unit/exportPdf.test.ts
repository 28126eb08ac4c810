import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationKind } from '../../electron/common/model';
import { loadPdfjs } from '../../electron/core/pdf/loadPdfjs';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { importAndWait, importingTestTimeout, temporaryEngine } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let folder: string;

beforeEach(async () => {
  engine = await temporaryEngine();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-export-'));
});
afterEach(async () => {
  await engine.remove();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function importFile(file: string, kind?: 'draft'): Promise<number> {
  return (await importAndWait(engine.api, { paths: [file], kind })).items[0].documentId!;
}

async function importPdf(): Promise<number> {
  const file = path.join(folder, 'draft.pdf');
  fs.writeFileSync(file, await makeTextPdf([['Article 1', 'Scope of the draft articles'], ['Article 2', 'Definitions']]));
  return importFile(file, 'draft');
}

describe('exporting the annotated PDF', { timeout: importingTestTimeout }, () => {
  it('writes every kind of mark as a real PDF annotation that pdf.js reads back', async () => {
    const documentId = await importPdf();
    const kinds: AnnotationKind[] = ['highlight', 'underline', 'strikeout', 'note', 'comment', 'area'];
    for (const [index, kind] of kinds.entries()) {
      await engine.api.annotations.create({
        documentId, kind, colour: index % 2 ? 'oppose' : 'key', note: `${kind} note`, tags: ['art. 1'],
        anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700 - index * 20, x2: 300, y2: 712 - index * 20 }], quote: { exact: 'Scope', prefix: '', suffix: '' } },
      });
    }
    // One mark across the page break.
    await engine.api.annotations.create({
      documentId, kind: 'highlight', colour: 'support', note: 'spans pages',
      anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 100, x2: 300, y2: 112 }, { pageIndex: 1, x1: 72, y1: 780, x2: 200, y2: 792 }] },
    });

    const exported = await engine.api.annotations.export({ documentId, format: 'pdf' });
    expect(exported.fileName).toBe('draft (annotated).pdf');
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument({ data: exported.data, verbosity: 0 });
    const pdf = await task.promise;
    const first = await (await pdf.getPage(1)).getAnnotations();
    const second = await (await pdf.getPage(2)).getAnnotations();
    const byNote = Object.fromEntries(first.map((annotation) => [annotation.contentsObj?.str, annotation]));
    expect(byNote['highlight note']).toMatchObject({ subtype: 'Highlight' });
    expect(byNote['underline note']).toMatchObject({ subtype: 'Underline' });
    expect(byNote['strikeout note']).toMatchObject({ subtype: 'StrikeOut' });
    expect(byNote['note note']).toMatchObject({ subtype: 'Text' });
    expect(byNote['comment note']).toMatchObject({ subtype: 'FreeText' });
    expect(byNote['area note']).toMatchObject({ subtype: 'Square' });
    expect(Array.from(byNote['highlight note'].color as Uint8ClampedArray)).toEqual([255, 212, 0]);
    expect(byNote['highlight note'].quadPoints).toBeDefined();
    expect(first.filter((annotation) => annotation.contentsObj?.str === 'spans pages')).toHaveLength(1);
    expect(second.map((annotation) => annotation.contentsObj?.str)).toEqual(['spans pages']);
    // The document itself is untouched: same text.
    const text = await (await pdf.getPage(1)).getTextContent();
    expect(text.items.map((item) => ('str' in item ? item.str : '')).join(' ')).toContain('Scope of the draft articles');
    await task.destroy();
  });

  it('says clearly when a document is not a PDF', async () => {
    const file = path.join(folder, 'notes.txt');
    fs.writeFileSync(file, 'Article 1\nText');
    await expect(engine.api.annotations.export({ documentId: await importFile(file), format: 'pdf' })).rejects.toThrow(/Only PDF documents/);
  });

  it('round-trips every kind of annotation through XFDF into another copy of the document', async () => {
    const source = await importPdf();
    const copyFile = path.join(folder, 'copy.pdf');
    fs.writeFileSync(copyFile, await makeTextPdf([['Article 1', 'Scope of the draft articles (copy)'], ['Article 2', 'Definitions']]));
    const target = await importFile(copyFile);
    const kinds: AnnotationKind[] = ['highlight', 'underline', 'strikeout', 'note', 'comment', 'area'];
    for (const [index, kind] of kinds.entries()) {
      await engine.api.annotations.create({
        documentId: source, kind, colour: ['key', 'support', 'oppose', 'question'][index % 4], note: `${kind}: <“été” & آراء & 意见>\nsecond line`,
        tags: [`t${index}`, 'art. 1'],
        anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700 - index * 20, x2: 300.5, y2: 712 - index * 20 }], quote: kind === 'note' ? undefined : { exact: `quote ${index}`, prefix: 'before ', suffix: ' after' } },
      });
    }
    await engine.api.annotations.create({
      documentId: source, kind: 'highlight', colour: 'key', note: 'across the break',
      anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 100, x2: 300, y2: 112 }, { pageIndex: 1, x1: 72, y1: 780, x2: 200, y2: 792 }] },
    });
    const exported = await engine.api.annotations.export({ documentId: source, format: 'xfdf' });
    expect(exported).toMatchObject({ fileName: 'draft.xfdf', mediaType: 'application/vnd.adobe.xfdf' });
    const xml = Buffer.from(exported.data).toString('utf8');
    expect(await engine.api.annotations.importXfdf({ documentId: target, xml })).toEqual({ imported: 7, skipped: 0 });

    const comparable = (list: Awaited<ReturnType<typeof engine.api.annotations.list>>) =>
      list.map(({ kind, colour, note, tags, anchor, pageIndex }) => ({ kind, colour, note, tags, anchor, pageIndex }));
    expect(comparable(await engine.api.annotations.list({ documentId: target }))).toEqual(
      comparable(await engine.api.annotations.list({ documentId: source })),
    );
    // The same file again adds nothing; a mark that breaks the reader's limits is skipped, not stored.
    expect(await engine.api.annotations.importXfdf({ documentId: target, xml })).toEqual({ imported: 0, skipped: 7 });
    const oversized = xml.replace('<contents>highlight:', `<contents>${'x'.repeat(60_000)}`);
    expect(oversized).not.toBe(xml);
    expect(await engine.api.annotations.importXfdf({ documentId: target, xml: oversized })).toEqual({ imported: 0, skipped: 7 });
    expect(await engine.api.annotations.list({ documentId: target })).toHaveLength(7);
  });

  it('refuses a file that is not XFDF and adds nothing', async () => {
    const documentId = await importPdf();
    await expect(engine.api.annotations.importXfdf({ documentId, xml: '<html><body>not xfdf</body></html>' })).rejects.toThrow(/not XFDF/);
    await expect(engine.api.annotations.importXfdf({ documentId, xml: '<xfdf><annots><highlight' })).rejects.toThrow(/not XFDF/);
    expect(await engine.api.annotations.list({ documentId })).toEqual([]);
  });

  it('writes the summary as Markdown and as a Word document', async () => {
    const documentId = await importPdf();
    await engine.api.annotations.create({
      documentId, kind: 'strikeout', colour: 'oppose', note: 'Delete: too broad', tags: ['art. 1'],
      anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700, x2: 300, y2: 712 }], quote: { exact: 'Scope of the draft articles', prefix: '', suffix: '' } },
    });
    const markdown = await engine.api.annotations.export({ documentId, format: 'markdown' });
    expect(markdown.fileName).toBe('draft (annotations).md');
    const text = Buffer.from(markdown.data).toString('utf8');
    expect(text).toContain('Scope of the draft articles');
    expect(text).toContain('Delete: too broad');
    expect(text).toContain('Oppose');
    const word = await engine.api.annotations.export({ documentId, format: 'docx' });
    expect(word.fileName).toBe('draft (annotations).docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(word.data) });
    expect(value).toContain('Scope of the draft articles');
    expect(value).toContain('Delete: too broad');
  });
});
