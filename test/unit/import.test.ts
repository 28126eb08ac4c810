import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import type { ImportBatch } from '../../electron/common/model';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import {
  corruptPdf,
  emptyFile,
  makeDocx,
  makeEncryptedPdf,
  makeScannedPdf,
  makeTextPdf,
  notAPdf,
} from '../fixtures/pdfFixtures';
import { importingTestTimeout, temporaryEngine, waitForBatch } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let api: BriefingApi;
let inbox: string;

beforeEach(async () => {
  engine = await temporaryEngine({ workers: 2 });
  api = engine.api;
  inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-inbox-'));
});
afterEach(async () => {
  await engine.remove();
  fs.rmSync(inbox, { recursive: true, force: true });
});

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(inbox, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

// The test's own budget bounds the wait (importingTestTimeout), not a clock of its own.
const finished = (batch: ImportBatch): Promise<ImportBatch> => waitForBatch(api, batch);

const draftPages = [
  [
    'A/CN.4/L.935',
    'Draft articles on prevention and punishment of crimes against humanity',
    'Article 1',
    'Scope',
    'The present draft articles apply to the prevention and punishment of crimes against humanity.',
    'Article 2',
    'Crimes against humanity',
    '1. For the purpose of the present draft articles, "crime against humanity" means any of the',
    'following acts when committed as part of a widespread or systematic attack:',
    '(a) murder;',
    '(b) extermination;',
  ],
  [
    '(c) enslavement;',
    '2. For the purpose of paragraph 1:',
    '(a) "attack directed against any civilian population" means a course of conduct.',
    'Article 3',
    'General obligations',
    'Each State undertakes to prevent and to punish crimes against humanity.',
  ],
];

function documentRows() {
  return engine.library.db
    .prepare('SELECT id, title, kind, symbol, page_count, pages_without_text, sha256 FROM documents ORDER BY id')
    .all() as { id: number; title: string; kind: string; symbol: string | null; page_count: number; pages_without_text: number; sha256: string }[];
}

describe('importing files', { timeout: importingTestTimeout }, () => {
  it('turns a PDF into a document with pages, citable passages and its original kept', async () => {
    const file = write('draft.pdf', await makeTextPdf(draftPages, { title: 'Draft articles on crimes against humanity' }));
    const batch = await finished(await api.imports.start({ paths: [file], kind: 'draft' }));

    expect(batch.state).toBe('finished');
    expect(batch.items[0]).toMatchObject({ status: 'imported', pageCount: 2, pagesDone: 2, pagesWithoutText: 0 });
    const [document] = documentRows();
    expect(document).toMatchObject({ title: 'Draft articles on crimes against humanity', kind: 'draft', symbol: 'A/CN.4/L.935', page_count: 2 });
    expect(engine.library.originals.read(document.sha256).equals(fs.readFileSync(file))).toBe(true);

    const pages = engine.library.db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY page_index').pluck().all(document.id) as string[];
    expect(pages[0]).toContain('Crimes against humanity');
    const labels = engine.library.db.prepare('SELECT label FROM passages WHERE document_id = ? ORDER BY ordinal').pluck().all(document.id);
    expect(labels).toEqual(expect.arrayContaining(['Art. 1', 'Art. 2', 'Art. 2(1)', 'Art. 2(1)(a)', 'Art. 2(1)(c)', 'Art. 2(2)', 'Art. 3']));
    // A passage's offsets point at its own text in the stored pages.
    const article3 = engine.library.db.prepare(`SELECT * FROM passages WHERE label = 'Art. 3'`).get() as { start_page: number; start_offset: number; text: string };
    expect(pages[article3.start_page].slice(article3.start_offset)).toMatch(/^Article 3/);
    // The draft is filed as the original of its family.
    expect(engine.library.db.prepare('SELECT revision_label FROM draft_revisions').pluck().get()).toBe('Original');
  });

  it('recognises a file already in the library and does not import it twice', async () => {
    const bytes = await makeTextPdf([['Convention against Torture', 'Article 1', 'Definition.']]);
    const first = write('cat.pdf', bytes);
    const copy = write('copy of cat.pdf', bytes);
    const batch = await finished(await api.imports.start({ paths: [first, copy] }));
    const statuses = batch.items.map((item) => item.status).toSorted();
    expect(statuses).toEqual(['duplicate', 'imported']);
    expect(batch.items.find((item) => item.status === 'duplicate')?.message).toMatch(/^Already in the library as "/);

    const again = await finished(await api.imports.start({ paths: [first] }));
    expect(again.items[0].status).toBe('duplicate');
    expect(documentRows()).toHaveLength(1);
  });

  it('asks for the password of an encrypted PDF, says when it is wrong, and imports with the right one', async () => {
    const file = write('protected.pdf', makeEncryptedPdf(['Article 1', 'Confidential draft text.'], 'delegation'));
    let batch = await finished(await api.imports.start({ paths: [file] }));
    expect(batch.items[0]).toMatchObject({ status: 'needs-password', wrongPassword: false });
    expect(batch.items[0].message).toMatch(/password/i);

    batch = await finished(await api.imports.retryWithPassword({ batchId: batch.id, index: 0, password: 'guess' }));
    expect(batch.items[0]).toMatchObject({ status: 'needs-password', wrongPassword: true });
    expect(batch.items[0].message).toMatch(/password is wrong/);

    batch = await finished(await api.imports.retryWithPassword({ batchId: batch.id, index: 0, password: 'delegation' }));
    expect(batch.items[0].status).toBe('imported');
    const text = engine.library.db.prepare('SELECT text FROM pages').pluck().get();
    expect(text).toContain('Confidential draft text.');
  });

  it('gives each bad file its own clear error and still imports the good ones', async () => {
    const good = write('good.pdf', await makeTextPdf([['Genocide Convention', 'Article I', 'Genocide is a crime under international law.']]));
    const files = [
      write('empty.pdf', emptyFile()),
      write('truncated.pdf', corruptPdf(await makeTextPdf([['Some text'], ['More text']]))),
      write('picture.pdf', notAPdf()),
      write('notes.xlsx', 'PK not really'),
      path.join(inbox, 'missing.pdf'),
      good,
    ];
    const batch = await finished(await api.imports.start({ paths: files }));
    const byName = Object.fromEntries(batch.items.map((item) => [item.name, item]));
    expect(byName['empty.pdf']).toMatchObject({ status: 'error' });
    expect(byName['empty.pdf'].message).toMatch(/empty \(0 bytes\)/);
    expect(byName['truncated.pdf'].status).toBe('error');
    expect(byName['truncated.pdf'].message).toMatch(/damaged/);
    expect(byName['picture.pdf'].message).toMatch(/not a PDF/);
    expect(byName['notes.xlsx'].message).toMatch(/PDF, Word \(\.docx\), text \(\.txt\) and Markdown/);
    expect(byName['missing.pdf'].message).toMatch(/no file or folder/);
    expect(byName['good.pdf'].status).toBe('imported');
    expect(documentRows()).toHaveLength(1);
  });

  it('imports scanned pages flagged as not searchable', async () => {
    const file = write('scan.pdf', await makeScannedPdf(3));
    const batch = await finished(await api.imports.start({ paths: [file] }));
    expect(batch.items[0]).toMatchObject({ status: 'imported', pagesWithoutText: 3 });
    expect(batch.items[0].message).toMatch(/no text layer/);
    expect(documentRows()[0].pages_without_text).toBe(3);
    const summaries = await api.library.listDocuments({});
    expect(summaries[0].pagesWithoutText).toBe(3);
  });

  it('imports Word, text and Markdown files', async () => {
    const docx = write('draft.docx', await makeDocx(['Draft convention', 'Article 1', 'Scope', 'The present convention applies.']));
    const text = write('statement.txt', 'Statement by France\n\nMr. President,\n\nFrance supports draft article 2.\n');
    const markdown = write('treaty.md', '# Convention on the Rights of the Child\n\n## Article 1\n\nFor the purposes of the present Convention, a child means every human being below the age of eighteen years.\n');
    const batch = await finished(await api.imports.start({ paths: [docx, text, markdown] }));
    expect(batch.items.map((item) => item.status)).toEqual(['imported', 'imported', 'imported']);
    const rows = documentRows();
    const byTitle = Object.fromEntries(rows.map((row) => [row.title, row]));
    expect(byTitle['Convention on the Rights of the Child']).toBeDefined();
    expect(rows.find((row) => row.title.startsWith('Statement by France'))?.kind).toBe('statement');
    const markdownId = byTitle['Convention on the Rights of the Child'].id;
    expect(engine.library.db.prepare('SELECT label FROM passages WHERE document_id = ?').pluck().all(markdownId)).toContain('Art. 1');
  });

  it('guesses a statement and its State in Word and text files as in PDFs', async () => {
    const opening = ['Statement by the delegation of Mexico', 'Madam Chair,', 'My delegation welcomes the draft articles on crimes against humanity.'];
    const files = [
      write('mexico.docx', await makeDocx(opening)),
      write('mexico.txt', opening.join('\n\n')),
      write('mexico.pdf', await makeTextPdf([opening])),
    ];
    const batch = await finished(await api.imports.start({ paths: files }));
    expect(batch.items.map((item) => item.status)).toEqual(['imported', 'imported', 'imported']);
    const documents = await api.library.listDocuments({});
    expect(documents.map((document) => [document.title, document.kind, document.stateCode])).toEqual(
      Array.from({ length: 3 }, () => ['Statement by the delegation of Mexico', 'statement', 'MEX']),
    );
  });

  it('imports a folder, its subfolders included, and counts the files it skipped', async () => {
    write('session/drafts/rev1.pdf', await makeTextPdf([['Draft articles', 'Article 1', 'Scope.']]));
    write('session/precedents/rome.txt', 'Rome Statute\n\nArticle 7\nCrimes against humanity\n');
    write('session/photo.png', notAPdf());
    write('session/.hidden.pdf', await makeTextPdf([['hidden']]));
    const batch = await finished(await api.imports.start({ paths: [path.join(inbox, 'session')] }));
    expect(batch.items.map((item) => item.name).toSorted()).toEqual(['rev1.pdf', 'rome.txt']);
    expect(batch.skippedFiles).toBe(1);
  });

  it('accepts uploaded files (browser mode) and removes their staging copies when done', async () => {
    const bytes = await makeTextPdf([['Uploaded instrument', 'Article 1', 'Text.']]);
    const batch = await finished(
      await api.imports.start({ files: [{ name: 'upload.pdf', dataBase64: Buffer.from(bytes).toString('base64') }] }),
    );
    expect(batch.items[0]).toMatchObject({ name: 'upload.pdf', status: 'imported' });
    await expect.poll(() => fs.existsSync(path.join(engine.library.dataDir, 'staging', batch.id))).toBe(false);
  });

  it('cancels a batch: files not yet read are cancelled, documents already imported stay whole', async () => {
    const paths: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      const pages = Array.from({ length: 30 }, (_, page) => [`Document ${index} page ${page}`, 'Article 1', 'Some text on this page.']);
      paths.push(write(`file-${index}.pdf`, await makeTextPdf(pages)));
    }
    const started = await api.imports.start({ paths });
    await api.imports.cancel({ batchId: started.id });
    const batch = await finished(started);
    expect(batch.state).toBe('cancelled');
    expect(batch.items.filter((item) => item.status === 'cancelled').length).toBeGreaterThan(0);
    for (const row of documentRows()) {
      const pages = engine.library.db.prepare('SELECT count(*) FROM pages WHERE document_id = ?').pluck().get(row.id);
      expect(pages).toBe(row.page_count);
    }
  });

  it('imports the same file started twice at once only once, and keeps its original', async () => {
    const file = write('twice.pdf', await makeTextPdf(Array.from({ length: 20 }, (_, page) => [`Page ${page}`, 'Article 1', 'Text.'])));
    const [first, second] = await Promise.all([api.imports.start({ paths: [file] }), api.imports.start({ paths: [file] })]);
    const outcomes = [(await finished(first)).items[0].status, (await finished(second)).items[0].status].toSorted();
    expect(outcomes).toEqual(['duplicate', 'imported']);
    const [document] = documentRows();
    expect(engine.library.originals.has(document.sha256)).toBe(true);
  });

  it('refuses an empty request and an unknown batch with a clear message', async () => {
    await expect(api.imports.start({ paths: [inbox] })).rejects.toThrow(/nothing to import/);
    await expect(api.imports.getBatch({ batchId: 'no-such-batch' })).rejects.toThrow(/no longer known/);
  });
});

describe('a file that takes too long', { timeout: importingTestTimeout }, () => {
  it('is stopped and reported, and nothing of it is left behind', async () => {
    await engine.remove();
    engine = await temporaryEngine({ workers: 1, fileTimeoutMs: 1 });
    api = engine.api;
    const file = write('slow.pdf', await makeTextPdf(Array.from({ length: 50 }, (_, page) => [`Page ${page}`])));
    const batch = await finished(await api.imports.start({ paths: [file] }));
    expect(batch.items[0].status).toBe('error');
    expect(batch.items[0].message).toMatch(/took longer than/);
    expect(documentRows()).toHaveLength(0);
    const stored = fs.readdirSync(path.join(engine.library.dataDir, 'files'), { recursive: true });
    expect(stored.filter((entry) => String(entry).length === 64 + 3)).toEqual([]);
  });
});

describe('writing an imported document', () => {
  it('is all or nothing: a failure midway leaves no document, page or passage', () => {
    const db = engine.library.db;
    expect(() =>
      saveImportedDocument(db, {
        document: { kind: 'instrument', title: 'Half written' },
        pages: [{ text: 'Article 1', hasTextLayer: true, width: 595, height: 842 }],
        passages: [
          { level: 'article', label: 'Art. 1', heading: null, text: 'Article 1', start: { page: 0, offset: 0 }, end: { page: 0, offset: 9 }, parentIndex: null },
          // An impossible level: the CHECK constraint fails after the first rows are written.
          { level: 'verse' as 'article', label: 'x', heading: null, text: 'x', start: { page: 0, offset: 0 }, end: { page: 0, offset: 1 }, parentIndex: 0 },
        ],
      }),
    ).toThrow(/CHECK/);
    for (const table of ['documents', 'pages', 'passages']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});
