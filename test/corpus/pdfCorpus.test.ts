import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../electron/common/model';
import { importAndWait, temporaryEngine, waitForBatch } from '../unit/helpers/temporaryLibrary';
import { findCorpus } from './corpusLocation';

interface IndexEntry {
  file: string;
  password?: string | null;
  password_from_pdfjs_manifest?: string | null;
  password_from_pdfjs_tests?: string | null;
}

const corpus = findCorpus();
const pdfRoot = corpus && path.join(corpus, 'pdfs');

function knownPasswords(): Map<string, string> {
  const passwords = new Map<string, string>();
  for (const collection of fs.readdirSync(pdfRoot!)) {
    const indexFile = path.join(pdfRoot!, collection, 'INDEX.json');
    if (!fs.existsSync(indexFile)) continue;
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { files: IndexEntry[] };
    for (const entry of index.files) {
      const password = entry.password ?? entry.password_from_pdfjs_manifest ?? entry.password_from_pdfjs_tests;
      if (password) passwords.set(path.basename(entry.file), password);
    }
  }
  return passwords;
}

describe.skipIf(!corpus)('every PDF of the shared corpus', () => {
  let engine: Awaited<ReturnType<typeof temporaryEngine>>;
  let batch: ImportBatch;

  // Every PDF of the corpus (about 290) through two workers: under half a minute on an idle
  // 2-core machine, but each file may use its whole 60 s before it fails alone. The bound only
  // catches a batch that never ends.
  beforeAll(async () => {
    engine = await temporaryEngine({ workers: 2, fileTimeoutMs: 60_000 });
    batch = await importAndWait(engine.api, { paths: [pdfRoot!] });
  }, 20 * 60_000);
  afterAll(async () => engine?.remove());

  it('ends each file imported or with a clear error, never a crash or a hang', () => {
    const tally = new Map<string, number>();
    for (const item of batch.items) tally.set(item.status, (tally.get(item.status) ?? 0) + 1);
    console.log(`Corpus import of ${batch.items.length} PDFs:`, Object.fromEntries(tally));
    for (const item of batch.items.filter((candidate) => candidate.status === 'error')) {
      console.log(`  error  ${item.name}: ${item.message}`);
    }
    expect(batch.items.length).toBeGreaterThan(200);
    for (const item of batch.items) {
      expect(['imported', 'duplicate', 'needs-password', 'error'], item.name).toContain(item.status);
      if (item.status !== 'imported') expect(item.message?.length ?? 0, item.name).toBeGreaterThan(40);
    }
    expect(tally.get('imported') ?? 0).toBeGreaterThan(batch.items.length * 0.7);
    // The library is consistent: every document has all its pages.
    const broken = engine.library.db
      .prepare(
        `SELECT d.title FROM documents d
         WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.document_id = d.id)`,
      )
      .pluck()
      .all();
    expect(broken).toEqual([]);
  });

  // A dozen files read again, each allowed its 60 s by the worker: its own, wider bound.
  it('opens the encrypted ones with their known passwords', async () => {
    const passwords = knownPasswords();
    const waiting = batch.items.filter((item) => item.status === 'needs-password' && passwords.has(item.name));
    expect(waiting.length).toBeGreaterThan(3);
    for (const item of waiting) {
      batch = await engine.api.imports.retryWithPassword({ batchId: batch.id, index: item.index, password: passwords.get(item.name)! });
    }
    batch = await waitForBatch(engine.api, batch);
    const outcomes = waiting.map((item) => `${item.name}: ${batch.items[item.index].status}`);
    console.log('Encrypted PDFs with a known password:', outcomes);
    const opened = waiting.filter((item) => batch.items[item.index].status === 'imported');
    expect(opened.length, outcomes.join('\n')).toBeGreaterThanOrEqual(waiting.length - 1);
  }, 5 * 60_000);
});
