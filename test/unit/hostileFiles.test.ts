// Issue 14, item 15 (engine side): hostile PDFs, XFDF and Word files go through the real import
// path (the extraction worker), XFDF import and export; none executes, fetches or stalls anything.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ImportItem } from '../../electron/common/model';
import { strToU8, zipSync } from 'fflate';
import { unzipWithin, ZipBombRefusal } from '../../electron/core/import/extractors/docx/boundedUnzip';
import { extractPdf } from '../../electron/core/import/extractors/extractPdf';
import {
  docxBombs,
  expansionTraces,
  hostileDocxLine,
  hostileDocxLinks,
  hostilePdfLine,
  hostilePdfs,
  hostileXfdfs,
  payloadScript,
  watchSentinel,
  type HostileFile,
  type WatchedSentinel,
} from '../fixtures/hostileFiles';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

/** The worker's own bound per file for these tests: far above what any of them takes (under 2 s each). */
const fileTimeoutMs = 30_000;
const session = useTemporaryEngine('briefing-hostile-', { workers: 2, fileTimeoutMs });

const counts = { pdf: 0, xfdf: 0, docx: 0, executed: 0, fetched: 0, stalled: 0 };
let sentinel: WatchedSentinel;

beforeEach(async () => {
  sentinel = await watchSentinel();
});
afterEach(async () => {
  // Whatever a test left undone (an action followed late), the listener hears it until here.
  const traces = sentinel.traces();
  counts.fetched += traces.filter((trace) => trace === 'connection').length;
  counts.executed += traces.filter((trace) => trace.startsWith('file written') || trace.startsWith('global set')).length;
  await sentinel.close();
  expect(traces, 'what the hostile files reached').toEqual([]);
});
afterAll(() => {
  console.log(
    `hostile files (engine): ${counts.pdf} PDFs, ${counts.xfdf} XFDF, ${counts.docx} DOCX; ${counts.executed} executed, ${counts.fetched} fetched, ${counts.stalled} stalled`,
  );
  expect([counts.executed, counts.fetched, counts.stalled]).toEqual([0, 0, 0]);
});

function writeAll(files: HostileFile[]): string[] {
  return files.map(({ name, bytes }) => {
    const file = path.join(session.inbox, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
}

/** Imports as the UI does; an item cut by the worker's time bound counts as stalled. */
async function importAll(files: HostileFile[]): Promise<ImportBatch> {
  const batch = await importAndWait(session.engine.api, { paths: writeAll(files) });
  expect(batch.state).toBe('finished');
  counts.stalled += batch.items.filter((item) => /took longer than/u.test(item.message ?? '')).length;
  return batch;
}

function pageText(documentId: number): string {
  return (session.engine.library.db.prepare('SELECT group_concat(text, char(10)) AS text FROM pages WHERE document_id = ?').get(documentId) as { text: string }).text;
}

const itemOf = (batch: ImportBatch, name: string): ImportItem => batch.items.find((item) => item.name === name)!;

describe('the sentinel', () => {
  it('hears a payload that does run: a connection, the file and the global', async () => {
    const control = await watchSentinel();
    try {
      // The control the zeros below are measured against: the same payload, run on purpose.
      // oxlint-disable-next-line no-new-func -- running the hostile payload deliberately, once, to prove it would be seen
      new Function(payloadScript(control, 'control'))();
      await expect.poll(() => control.traces()).toEqual(['connection', 'request GET /control/fetch', 'file written: control', 'global set: control']);
    } finally {
      delete (globalThis as { hostilePayloadRan?: unknown }).hostilePayloadRan;
      await control.close();
    }
  });
});

/** A zip of `count` small XML entries, stored. */
const entries = (count: number) => zipSync(Object.fromEntries(Array.from({ length: count }, (_, index) => [`word/part${index}.xml`, strToU8('<a/>')])), { level: 0 });

describe('a zip of many entries', () => {
  it('is refused beyond the bound, whether its entries are wanted or not, before the stack overflows', () => {
    // 10,000 entries pushed at once overflowed fflate's stack (a RangeError, reported as a damaged file).
    const many = entries(10_001);
    expect(() => unzipWithin(many, () => true)).toThrow(ZipBombRefusal);
    expect(() => unzipWithin(many, () => false)).toThrow(/^It holds more than 10000 parts, far more than any real document/u);
    expect(() => unzipWithin(entries(11), () => true, { maxEntryBytes: 1024, maxTotalBytes: 1024, maxRatio: 10, ratioFloorBytes: 1024, maxEntries: 10 })).toThrow(/more than 10 parts/u);
  });

  it('is read whole up to the bound', () => {
    expect(Object.keys(unzipWithin(entries(10_000), (name) => name.endsWith('9.xml')))).toHaveLength(1000);
  });
});

describe('hostile files', { timeout: importingTestTimeout }, () => {
  it('PDFs with JavaScript, Launch, URI, SubmitForm, XFA, an embedded file and a CVE-2024-4367 font import as text, inert', async () => {
    const pdfs = await hostilePdfs(sentinel);
    counts.pdf += pdfs.length;
    const batch = await importAll(pdfs);
    for (const { name } of pdfs) {
      const item = itemOf(batch, name);
      expect(item, name).toMatchObject({ status: 'imported', pageCount: 1 });
      expect(pageText(item.documentId!), name).toContain(hostilePdfLine(name));
    }
    // The same extraction in this process too, where a payload that ran would also set the global
    // (the last file holds every attack of the others).
    const allAtOnce = pdfs.at(-1)!;
    expect((await extractPdf(allAtOnce.bytes.slice(), {})).pages[0].lines).toContain(hostilePdfLine(allAtOnce.name));

    // Reading a hostile original again in the engine's own process: an XFDF highlight without a
    // quote takes the text under it (pdf.js), and the annotated PDF is written over it (pdf-lib).
    const { documentId } = itemOf(batch, 'all-at-once.pdf');
    const highlight = '<highlight page="0" rect="60,700,560,760" coords="60,760,560,760,60,700,560,700" color="#FFD400" name="h1"><contents>Check</contents></highlight>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>${highlight}</annots></xfdf>`;
    expect(await session.engine.api.annotations.importXfdf({ documentId: documentId!, xml })).toEqual({ imported: 1, skipped: 0 });
    const exported = await session.engine.api.annotations.export({ documentId: documentId!, format: 'pdf' });
    expect(exported.fileName).toBe('all-at-once (annotated).pdf');
  });

  it('XFDF with nested and external entities imports no expansion', async () => {
    const [pdf] = await hostilePdfs(sentinel);
    const batch = await importAll([pdf]);
    const documentId = batch.items[0].documentId!;
    for (const { name, xml } of hostileXfdfs(sentinel)) {
      counts.xfdf += 1;
      const heapBefore = process.memoryUsage().heapUsed;
      const outcome = await session.engine.api.annotations.importXfdf({ documentId, xml }).then(
        (result) => JSON.stringify(result),
        (error: Error) => error.message,
      );
      // Bounded: the expansion of "billion laughs" alone would take gigabytes (and minutes, which
      // the test's own budget catches: a stall fails it rather than being timed here).
      expect(process.memoryUsage().heapUsed - heapBefore, `${name}: heap growth in bytes`).toBeLessThan(64 * 1024 * 1024);
      for (const trace of expansionTraces) expect(outcome, name).not.toMatch(trace);
      if (name !== 'billion-laughs.xfdf') expect(outcome, name).toMatch(/^This file is not XFDF: it declares entities in a DOCTYPE that point outside the file.*Export the comments/u);
    }
    const notes = await session.engine.api.annotations.list({ documentId });
    for (const annotation of notes) {
      for (const text of [annotation.note, annotation.author ?? '']) {
        expect(text.length).toBeLessThan(100);
        for (const trace of expansionTraces) expect(text).not.toMatch(trace);
      }
    }
  });

  it('Word files with external links, templates, altChunks, remote fonts and entities import their text, following nothing', async () => {
    const files = hostileDocxLinks(sentinel);
    counts.docx += files.length;
    const batch = await importAll(files);
    for (const { name } of files) {
      const item = itemOf(batch, name);
      if (name === 'external-entities.docx') {
        // fast-xml-parser refuses external entities outright: the file is reported unreadable.
        expect(item, name).toMatchObject({ status: 'error', message: expect.stringMatching(/^This Word file could not be read/u) });
        continue;
      }
      expect(item, `${name}: ${item.message ?? ''}`).toMatchObject({ status: 'imported' });
      const text = pageText(item.documentId!);
      expect(text, name).toContain(hostileDocxLine(name));
      for (const trace of expansionTraces) expect(text, name).not.toMatch(trace);
    }
  });

  it('Word zip bombs are refused with the clear message, or read within bounds', async () => {
    const bombs = docxBombs();
    counts.docx += bombs.length;
    const batch = await importAll(bombs);
    const refusal = /^This Word file was refused\. .*far more than any real document.*ask the sender for a PDF/su;
    for (const name of ['inflates-by-ratio.docx', 'declares-too-much.docx', 'lies-about-size.docx', 'many-entries.docx']) {
      expect(itemOf(batch, name), name).toMatchObject({ status: 'error', message: expect.stringMatching(refusal) });
    }
    for (const name of ['nested-zip.docx', 'overlapping-entries.docx']) {
      const item = itemOf(batch, name);
      if (item.status === 'imported') expect(pageText(item.documentId!), name).toContain(hostileDocxLine(name));
      else expect(item, name).toMatchObject({ status: 'error', message: expect.stringMatching(refusal) });
    }
  });
});
