import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import { defaultBundleBounds, type BundleManifest } from '../../electron/core/bundles/bundleFormat';
import { BundleRuns } from '../../electron/core/bundles/bundleRuns';
import { bundleWorkDir, exportBundle, importBundle } from '../../electron/core/bundles/bundleTransfer';
import type { Library } from '../../electron/core/library/library';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { temporaryLibrary } from './helpers/temporaryLibrary';

const opened: (Library & { remove(): void })[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const library of opened.splice(0)) library.remove();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function newLibrary() {
  const library = temporaryLibrary();
  opened.push(library);
  return library;
}

function scratch(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bundle-'));
  folders.push(folder);
  return folder;
}

const never = new AbortController().signal;

/** A document as import leaves it: its original stored, a page, an article with a paragraph. */
function addDocument(library: Library, kind: string, title: string, symbol: string | null, bytes: Uint8Array): { id: number; article: number; paragraph: number } {
  const sha256 = library.originals.put(bytes);
  const id = Number(
    library.db
      .prepare(`INSERT INTO documents (kind, title, symbol, sha256, file_size, media_type, page_count, original_file_name) VALUES (?, ?, ?, ?, ?, 'application/pdf', 1, ?)`)
      .run(kind, title, symbol, sha256, bytes.length, `${title}.pdf`).lastInsertRowid,
  );
  library.db.prepare(`INSERT INTO pages (document_id, page_index, text, width, height) VALUES (?, 0, ?, 595, 842)`).run(id, `Article 1 ${title}. 1. States shall cooperate.`);
  const passage = library.db.prepare(
    `INSERT INTO passages (document_id, parent_id, ordinal, level, label, heading, text, start_page, start_offset, end_page, end_offset) VALUES (?, ?, ?, ?, ?, NULL, ?, 0, 0, 0, 10)`,
  );
  const article = Number(passage.run(id, null, 0, 'article', 'Art. 1', `Article 1 ${title}`).lastInsertRowid);
  const paragraph = Number(passage.run(id, article, 1, 'paragraph', 'Art. 1(1)', 'States shall cooperate.').lastInsertRowid);
  return { id, article, paragraph };
}

function addMark(library: Library, documentId: number, note: string, x = 10): number {
  const anchor = JSON.stringify({ rects: [{ pageIndex: 0, x1: x, y1: 700, x2: x + 100, y2: 712 }], quote: { exact: 'States shall', prefix: '', suffix: '' } });
  return Number(library.db.prepare(`INSERT INTO annotations (document_id, page_index, kind, colour, note, anchor) VALUES (?, 0, 'highlight', 'key', ?, ?)`).run(documentId, note, anchor).lastInsertRowid);
}

/**
 * A small library with one of everything a bundle carries: a family of two revisions, a
 * statement, marks (one carried from the earlier revision), a group, positions by a State and by
 * the group, a card and a pack whose items point at a passage, a mark and a position.
 */
function seed(library: Library) {
  const original = addDocument(library, 'draft', 'Draft convention', 'A/AC.1/L.1', strToU8('%PDF-1.7 Article 1 Draft convention'));
  const revised = addDocument(library, 'draft', 'Draft convention Rev.1', 'A/AC.1/L.1/Rev.1', strToU8('%PDF-1.7 Article 1 Draft convention, revised'));
  const statement = addDocument(library, 'statement', 'Statement by Brazil', null, strToU8('%PDF-1.7 Statement by Brazil on article 1'));
  const family = Number(library.db.prepare(`INSERT INTO draft_families (title, base_symbol) VALUES ('Draft convention', 'A/AC.1/L.1')`).run().lastInsertRowid);
  library.db.prepare(`INSERT INTO draft_revisions (document_id, family_id, revision_number, revision_label, ordinal) VALUES (?, ?, 0, 'Original', 0), (?, ?, 1, 'Rev.1', 1)`).run(original.id, family, revised.id, family);
  const first = addMark(library, original.id, 'keep this');
  const carried = addMark(library, revised.id, 'keep this');
  library.db.prepare(`UPDATE annotations SET carried_from = ?, carry = ? WHERE id = ?`).run(first, JSON.stringify({ status: 'unchanged', fromAnnotationId: first, fromDocumentId: original.id, fromRevision: 'Original', fromSymbol: 'A/AC.1/L.1' }), carried);
  addMark(library, statement.id, 'Brazil on cooperation', 40);
  const group = Number(library.db.prepare(`INSERT INTO state_groups (name) VALUES ('Friends of the Convention')`).run().lastInsertRowid);
  library.db.prepare(`INSERT INTO state_group_members (group_id, state_code) VALUES (?, 'BRA'), (?, 'NOR')`).run(group, group);
  const position = library.db.prepare(
    `INSERT INTO positions (state_code, group_id, revision_document_id, passage_id, target_label, stance, summary, text, source_document_id, source_passage_id) VALUES (?, ?, ?, ?, 'Art. 1(1)', ?, ?, '', ?, ?)`,
  );
  const byState = Number(position.run('BRA', null, revised.id, revised.paragraph, 'supports', 'Supports cooperation', statement.id, statement.article).lastInsertRowid);
  position.run(null, group, revised.id, revised.paragraph, 'amends', 'Wants "may"', null, null);
  library.db.prepare(`INSERT INTO position_cards (revision_document_id, article_label, status, fields_json) VALUES (?, 'Art. 1', 'instructed', '{"line":"Support"}')`).run(revised.id);
  const pack = Number(library.db.prepare(`INSERT INTO packs (title, session_name, revision_document_id, created_at) VALUES ('Session 3 brief', 'Third session', ?, '2026-11-20 09:00:00')`).run(revised.id).lastInsertRowid);
  const section = Number(library.db.prepare(`INSERT INTO pack_sections (pack_id, ordinal, kind, title, article_label, revision_document_id) VALUES (?, 1, 'draft-text', 'Article 1', 'Art. 1', ?)`).run(pack, revised.id).lastInsertRowid);
  const item = library.db.prepare(`INSERT INTO pack_items (section_id, ordinal, kind, citation, quote, source_document_id, passage_id, annotation_id, position_id) VALUES (?, ?, ?, 'A/AC.1/L.1/Rev.1, art. 1(1)', 'States shall cooperate.', ?, ?, ?, ?)`);
  item.run(section, 1, 'passage', revised.id, revised.paragraph, null, null);
  item.run(section, 2, 'annotation', revised.id, null, carried, null);
  item.run(section, 3, 'position', statement.id, null, null, byState);
  return { original, revised, statement, group, pack };
}

const tables = ['documents', 'pages', 'passages', 'draft_families', 'draft_revisions', 'annotations', 'state_groups', 'positions', 'position_cards', 'packs', 'pack_sections', 'pack_items'];

/** Rows per table and the files of the store: what must not change when a bundle is refused. */
/** The files (not folders: each process has its own) left in the library's bundle work folder. */
function workFiles(library: Library): string[] {
  const dir = bundleWorkDir(library);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => fs.statSync(path.join(dir, name)).isFile());
}

function snapshot(library: Library): Record<string, unknown> {
  const counts = Object.fromEntries(tables.map((table) => [table, library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]));
  const files = fs.existsSync(library.originals.root) ? fs.readdirSync(library.originals.root, { recursive: true }).map(String).toSorted() : [];
  return { ...counts, files };
}

async function exported(library: Library, documentIds?: number[]): Promise<string> {
  const file = path.join(scratch(), 'library.briefing');
  await exportBundle(library, file, { documentIds }, never);
  return file;
}

describe('library bundles', () => {
  it('round-trip a library into an empty one: documents, pages, passages, families, marks, positions, cards and packs', async () => {
    const source = newLibrary();
    seed(source);
    const file = await exported(source);
    const target = newLibrary();
    const report = await importBundle(target, file, never);

    expect(report).toEqual({
      documentsAdded: 3, documentsAlreadyPresent: 0, annotationsAdded: 3, annotationsSkipped: 0,
      positionsAdded: 2, positionsSkipped: 0, positionCardsAdded: 1, positionCardsSkipped: 0,
      packsAdded: 1, packsSkipped: 0, packsRenamed: 0,
    });
    const { files: sourceFiles, state_groups: _sourceGroups, ...sourceCounts } = snapshot(source);
    const { files: targetFiles, state_groups: _targetGroups, ...targetCounts } = snapshot(target);
    expect(targetCounts).toEqual(sourceCounts);
    expect(targetFiles).toEqual(sourceFiles);

    const family = target.db.prepare(`SELECT f.title, r.revision_label AS label, d.symbol FROM draft_revisions AS r JOIN draft_families AS f ON f.id = r.family_id JOIN documents AS d ON d.id = r.document_id ORDER BY r.ordinal`).all();
    expect(family).toEqual([
      { title: 'Draft convention', label: 'Original', symbol: 'A/AC.1/L.1' },
      { title: 'Draft convention', label: 'Rev.1', symbol: 'A/AC.1/L.1/Rev.1' },
    ]);
    const carried = target.db.prepare(`SELECT a.carried_from, json_extract(a.carry, '$.fromAnnotationId') AS fromId, d.symbol FROM annotations AS a JOIN documents AS d ON d.id = a.document_id WHERE a.carried_from IS NOT NULL`).get() as { carried_from: number; fromId: number; symbol: string };
    expect(carried.symbol).toBe('A/AC.1/L.1/Rev.1');
    expect(carried.fromId).toBe(carried.carried_from);
    expect(target.db.prepare('SELECT d.symbol FROM annotations AS a JOIN documents AS d ON d.id = a.document_id WHERE a.id = ?').pluck().get(carried.carried_from)).toBe('A/AC.1/L.1');

    const positions = target.db.prepare(
      `SELECT p.state_code, g.name AS groupName, d.symbol, pa.label, s.title AS source, sp.label AS sourceLabel FROM positions AS p
         LEFT JOIN state_groups AS g ON g.id = p.group_id LEFT JOIN documents AS d ON d.id = p.revision_document_id
         LEFT JOIN passages AS pa ON pa.id = p.passage_id LEFT JOIN documents AS s ON s.id = p.source_document_id
         LEFT JOIN passages AS sp ON sp.id = p.source_passage_id ORDER BY p.id`,
    ).all();
    expect(positions).toEqual([
      { state_code: 'BRA', groupName: null, symbol: 'A/AC.1/L.1/Rev.1', label: 'Art. 1(1)', source: 'Statement by Brazil', sourceLabel: 'Art. 1' },
      { state_code: null, groupName: 'Friends of the Convention', symbol: 'A/AC.1/L.1/Rev.1', label: 'Art. 1(1)', source: null, sourceLabel: null },
    ]);
    expect(target.db.prepare(`SELECT state_code FROM state_group_members AS m JOIN state_groups AS g ON g.id = m.group_id WHERE g.name = 'Friends of the Convention' ORDER BY 1`).pluck().all()).toEqual(['BRA', 'NOR']);

    const items = target.db.prepare(
      `SELECT i.kind, pa.label, a.note, po.summary FROM pack_items AS i LEFT JOIN passages AS pa ON pa.id = i.passage_id
         LEFT JOIN annotations AS a ON a.id = i.annotation_id LEFT JOIN positions AS po ON po.id = i.position_id ORDER BY i.ordinal`,
    ).all();
    expect(items).toEqual([
      { kind: 'passage', label: 'Art. 1(1)', note: null, summary: null },
      { kind: 'annotation', label: null, note: 'keep this', summary: null },
      { kind: 'position', label: null, note: null, summary: 'Supports cooperation' },
    ]);
    expect(target.db.pragma('foreign_key_check')).toEqual([]);
    expect(workFiles(target)).toEqual([]);
  });

  it('merge into a library that has some of it already, without duplicating documents, marks, positions or packs', async () => {
    const source = newLibrary();
    const seeded = seed(source);
    const file = await exported(source);

    const target = newLibrary();
    // The same statement file, one identical mark and one of the target's own; a pack of the same title.
    const statementBytes = source.originals.read(source.db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(seeded.statement.id) as string);
    const theirs = addDocument(target, 'statement', 'Brazil (as filed here)', null, statementBytes);
    addMark(target, theirs.id, 'Brazil on cooperation', 40);
    addMark(target, theirs.id, 'our own note', 200);
    target.db.prepare(`INSERT INTO packs (title) VALUES ('Session 3 brief')`).run();

    const report = await importBundle(target, file, never);
    expect(report).toMatchObject({ documentsAdded: 2, documentsAlreadyPresent: 1, annotationsAdded: 2, annotationsSkipped: 1, packsAdded: 1, packsRenamed: 1 });
    expect(target.db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(theirs.id)).toBe('Brazil (as filed here)');
    expect(target.db.prepare('SELECT count(*) FROM annotations WHERE document_id = ?').pluck().get(theirs.id)).toBe(2);
    expect(target.db.prepare('SELECT title FROM packs ORDER BY id').pluck().all()).toEqual(['Session 3 brief', 'Session 3 brief (from bundle)']);
    // The position's source is the statement already there, at its own passage.
    expect(target.db.prepare(`SELECT source_document_id, source_passage_id FROM positions WHERE state_code = 'BRA'`).get()).toEqual({ source_document_id: theirs.id, source_passage_id: theirs.article });

    // The same bundle again changes nothing.
    const before = snapshot(target);
    const again = await importBundle(target, file, never);
    expect(again).toEqual({
      documentsAdded: 0, documentsAlreadyPresent: 3, annotationsAdded: 0, annotationsSkipped: 3,
      positionsAdded: 0, positionsSkipped: 2, positionCardsAdded: 0, positionCardsSkipped: 1,
      packsAdded: 0, packsSkipped: 1, packsRenamed: 0,
    });
    expect(snapshot(target)).toEqual(before);
  });

  it('reach the search index of a library that was already indexed, through its change journal', async () => {
    const source = newLibrary();
    seed(source);
    const file = await exported(source);
    const target = newLibrary();
    const search = new SearchEngine(target.db, path.join(target.dataDir, 'index.bin'));
    await search.start();
    try {
      expect(search.query('cooperate').totalPassages).toBe(0);
      await importBundle(target, file, never);
      expect(search.query('cooperate').groups.map((group) => group.title).toSorted()).toEqual(['Draft convention', 'Draft convention Rev.1', 'Statement by Brazil']);
    } finally {
      search.close();
    }
  });

  it('export chosen documents with what belongs to them only', async () => {
    const source = newLibrary();
    const seeded = seed(source);
    const file = await exported(source, [seeded.statement.id]);
    const target = newLibrary();
    const report = await importBundle(target, file, never);
    // The statement, its mark, the position drawn from it (its revision left behind), the pack citing it.
    expect(report).toMatchObject({ documentsAdded: 1, annotationsAdded: 1, positionsAdded: 1, positionCardsAdded: 0, packsAdded: 1 });
    expect(target.db.prepare(`SELECT revision_document_id, passage_id, target_label FROM positions`).get()).toEqual({ revision_document_id: null, passage_id: null, target_label: 'Art. 1(1)' });
    expect(target.db.prepare(`SELECT count(*) FROM pack_items WHERE quote = 'States shall cooperate.'`).pluck().get()).toBe(3);
  });

  it('runs in the background with progress, and a cancelled import changes nothing', async () => {
    const source = newLibrary();
    seed(source);
    const runs = new BundleRuns(source);
    let run = runs.startExport();
    while (run.state === 'running') run = await new Promise((resolve) => setTimeout(() => resolve(runs.get(run.id)), 10));
    expect(run).toMatchObject({ state: 'finished', counts: { documents: 3, annotations: 3, positions: 2, positionCards: 1, packs: 1 } });
    expect(run.done).toBe(run.total);
    const taken = runs.takeExport(run.id);
    expect(workFiles(source)).toEqual([]);
    expect(taken.fileName).toMatch(/^briefing-library-\d{4}-\d{2}-\d{2}\.briefing$/u);

    const target = newLibrary();
    const before = snapshot(target);
    const file = path.join(scratch(), taken.fileName);
    fs.writeFileSync(file, taken.data);
    const importer = new BundleRuns(target);
    const started = importer.startImport(file);
    expect(importer.cancel(started.id).state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(importer.get(started.id)).toMatchObject({ state: 'cancelled', report: null });
    expect(snapshot(target)).toEqual(before);
  });

  it('leave alone what another running process (the app beside the CLI) has in the work folder, and clear what a gone one left', () => {
    const target = newLibrary();
    const shared = bundleWorkDir(target);
    // The parent (vitest) runs; no process has an id past Linux's pid_max (2^22).
    for (const owner of [`${process.ppid}-app`, '99999999-gone']) {
      fs.mkdirSync(path.join(shared, owner), { recursive: true });
      fs.writeFileSync(path.join(shared, owner, 'upload.briefing'), 'half written');
    }
    const runs = new BundleRuns(target);
    expect(runs.importing()).toBe(false);
    expect(workFiles(target)).toEqual([path.join(`${process.ppid}-app`, 'upload.briefing')]);
  });

  it('keep no file of an export never taken once its run is forgotten', async () => {
    const source = newLibrary();
    seed(source);
    const runs = new BundleRuns(source);
    const ended = async (id: string) => {
      while (runs.get(id).state === 'running') await new Promise((resolve) => setTimeout(resolve, 10));
    };
    for (let count = 0; count < 12; count += 1) await ended(runs.startExport().id);
    expect(workFiles(source).length).toBeLessThanOrEqual(10);
  });
});

/** A bundle written by hand: `entries` in order after the manifest, which lists them unless `manifest` is given. */
function handMade(entries: Record<string, Uint8Array>, manifest?: unknown, options: { level?: 0 | 9; manifestLast?: boolean } = {}): Uint8Array {
  const listed: BundleManifest = {
    format: 'briefing-bundle',
    formatVersion: 1,
    appVersion: 'test',
    createdAt: new Date().toISOString(),
    counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
    entries: Object.entries(entries).map(([name, bytes]) => ({ path: name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })),
  };
  const manifestBytes = typeof manifest === 'string' ? strToU8(manifest) : strToU8(JSON.stringify(manifest ?? listed));
  const files: Zippable = options.manifestLast ? { ...entries, 'manifest.json': manifestBytes } : { 'manifest.json': manifestBytes, ...entries };
  return zipSync(files, { level: options.level ?? 0 });
}

const emptyDatabase = strToU8(JSON.stringify({
  documents: [], pages: [], passages: [], draftFamilies: [], draftRevisions: [], annotationColours: [], annotations: [],
  stateGroups: [], positions: [], positionCards: [], packs: [], packSections: [], packItems: [],
}));
const someBytes = strToU8('%PDF-1.7 not really');
const someHash = createHash('sha256').update(someBytes).digest('hex');

async function refused(bytes: Uint8Array, bounds = defaultBundleBounds): Promise<AppError> {
  const target = newLibrary();
  seed(target);
  const before = snapshot(target);
  const file = path.join(scratch(), 'hostile.briefing');
  fs.writeFileSync(file, bytes);
  const error = await importBundle(target, file, never, undefined, bounds).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect(snapshot(target)).toEqual(before);
  expect(workFiles(target)).toEqual([]);
  return error as AppError;
}

describe('hostile bundles', () => {
  it.each([
    ['../outside.pdf', /"\.\.\/outside\.pdf", and it climbs out of the bundle/u],
    ['originals/../../etc/passwd', /climbs out of the bundle/u],
    ['/etc/passwd', /it is an absolute path/u],
    ['originals\\evil', /it contains a backslash/u],
    ['C:/Windows/evil.dll', /it names a drive/u],
  ])('refuse the path %s', async (name, message) => {
    const error = await refused(handMade({ 'database.json': emptyDatabase, [name]: someBytes }));
    expect(error.message).toMatch(/^This bundle is refused: /u);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was imported\. Ask the sender to export the bundle again/u);
  });

  it('refuse an entry the manifest does not list, and one it lists that is missing', async () => {
    const extra = handMade({ 'database.json': emptyDatabase, [`originals/${someHash}`]: someBytes }, {
      format: 'briefing-bundle', formatVersion: 1, appVersion: 't', createdAt: 'now', counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
      entries: [{ path: 'database.json', size: emptyDatabase.length, sha256: createHash('sha256').update(emptyDatabase).digest('hex') }],
    });
    expect((await refused(extra)).message).toMatch(/it holds "originals\/[0-9a-f]{64}", which its manifest does not list/u);
    const missing = handMade({ 'database.json': emptyDatabase }, {
      format: 'briefing-bundle', formatVersion: 1, appVersion: 't', createdAt: 'now', counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
      entries: [
        { path: 'database.json', size: emptyDatabase.length, sha256: createHash('sha256').update(emptyDatabase).digest('hex') },
        { path: `originals/${someHash}`, size: someBytes.length, sha256: someHash },
      ],
    });
    expect((await refused(missing)).message).toMatch(/its manifest lists "originals\/[0-9a-f]{64}", which the archive does not hold/u);
  });

  it('refuse a file whose fingerprint does not match the manifest', async () => {
    const bundle = handMade({ 'database.json': emptyDatabase, [`originals/${someHash}`]: someBytes });
    // Flip one byte of the stored original (level 0: its bytes sit as they are in the zip).
    const at = Buffer.from(bundle).indexOf('%PDF-1.7 not really');
    bundle[at + 2] ^= 0x20;
    const error = await refused(bundle);
    expect(error.message).toMatch(/fingerprint \(SHA-256\) of "originals\/[0-9a-f]{64}" does not match its manifest/u);
  });

  it('refuse a document whose original is not in the bundle', async () => {
    const database = strToU8(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(emptyDatabase)), documents: [{ id: 1, kind: 'draft', title: 'Lost', symbol: null, document_date: null, language: null, original_file_name: null, sha256: someHash, file_size: 1, media_type: null, page_count: 0, pages_without_text: 0, state_code: null, created_at: 'x', updated_at: 'x' }] }));
    expect((await refused(handMade({ 'database.json': database }))).message).toMatch(/original file of "Lost" is not in it/u);
  });

  it('refuse oversized entries, by their declared size and by what they unpack to', async () => {
    const big = new Uint8Array(300_000).map((_, index) => (index * 7919) % 251);
    const bigHash = createHash('sha256').update(big).digest('hex');
    const small = { ...defaultBundleBounds, maxOriginalBytes: 100_000 };
    expect((await refused(handMade({ 'database.json': emptyDatabase, [`originals/${bigHash}`]: big }), small)).message).toMatch(/manifest says "originals\/[0-9a-f]{64}" is 293 KB, more than the 98 KB a bundle may hold/u);
    // A manifest that understates the size: the archive's own record disagrees.
    const lying = handMade({ 'database.json': emptyDatabase, [`originals/${bigHash}`]: big }, {
      format: 'briefing-bundle', formatVersion: 1, appVersion: 't', createdAt: 'now', counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
      entries: [
        { path: 'database.json', size: emptyDatabase.length, sha256: createHash('sha256').update(emptyDatabase).digest('hex') },
        { path: `originals/${bigHash}`, size: 10, sha256: bigHash },
      ],
    });
    expect((await refused(lying, small)).message).toMatch(/is 300000 bytes in the archive but 10 in the manifest/u);
    expect((await refused(handMade({ 'database.json': emptyDatabase, [`originals/${bigHash}`]: big }), { ...defaultBundleBounds, maxTotalBytes: 200_000 })).message).toMatch(/it would unpack to 294 KB, more than the 196 KB/u);
  });

  it('refuse a zip bomb by its ratio', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zerosHash = createHash('sha256').update(zeros).digest('hex');
    const bomb = handMade({ 'database.json': emptyDatabase, [`originals/${zerosHash}`]: zeros }, undefined, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect((await refused(bomb)).message).toMatch(/would unpack to 8\.0 MB from \d+ KB, far more than any real file/u);
  });

  it('refuse an entry that unpacks to more than the archive and the manifest say', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const name = `originals/${createHash('sha256').update(zeros).digest('hex')}`;
    const bomb = handMade({ 'database.json': emptyDatabase, [name]: zeros }, {
      format: 'briefing-bundle', formatVersion: 1, appVersion: 't', createdAt: 'now', counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
      entries: [
        { path: 'database.json', size: emptyDatabase.length, sha256: createHash('sha256').update(emptyDatabase).digest('hex') },
        { path: name, size: 1_000, sha256: name.slice('originals/'.length) },
      ],
    }, { level: 9 });
    const view = new DataView(bomb.buffer);
    // Both records of its uncompressed size say 1,000 bytes (APPNOTE.TXT 4.3.7 and 4.3.12), and so does the manifest.
    for (let at = 0; at < bomb.length - 4; at += 1) {
      const signature = view.getUint32(at, true);
      const nameLength = (offset: number) => view.getUint16(at + offset, true);
      const named = (offset: number, length: number) => new TextDecoder().decode(bomb.subarray(at + offset, at + offset + length)) === name;
      if (signature === 0x04034b50 && named(30, nameLength(26))) view.setUint32(at + 22, 1_000, true);
      if (signature === 0x02014b50 && named(46, nameLength(28))) view.setUint32(at + 24, 1_000, true);
    }
    expect((await refused(bomb)).message).toMatch(/^This bundle is refused: (an original unpacks to more than 1 KB|its contents do not match what the zip archive records)/u);
  });

  it('refuse an unknown format version, saying to update Briefing', async () => {
    const error = await refused(handMade({ 'database.json': emptyDatabase }, { format: 'briefing-bundle', formatVersion: 2, entries: [] }));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/format version 2, and this Briefing reads version 1 only\. Nothing was imported\. Update Briefing/u);
  });

  it('refuse a bundle without a manifest, or with one that does not parse', async () => {
    expect((await refused(zipSync({ 'database.json': emptyDatabase }))).message).toMatch(/not a Briefing bundle: it has no manifest/u);
    expect((await refused(handMade({ 'database.json': emptyDatabase }, undefined, { manifestLast: true }))).message).toMatch(/has no manifest \(manifest\.json\) at its start/u);
    expect((await refused(handMade({ 'database.json': emptyDatabase }, '{"format": "briefing-bundle", '))).message).toMatch(/manifest \(manifest\.json\) is not readable JSON/u);
    expect((await refused(strToU8('%PDF-1.7 a PDF, not a bundle'))).message).toMatch(/not a Briefing bundle \(it is not a zip archive/u);
  });

  it('refuse rows that name a document the bundle does not hold (an altered bundle), in their own words, not in SQLite’s', async () => {
    const source = newLibrary();
    seed(source);
    const { 'manifest.json': _manifest, ...entries } = unzipSync(fs.readFileSync(await exported(source)));
    const database = JSON.parse(strFromU8(entries['database.json'])) as { documents: { id: number; sha256: string }[]; annotations: { document_id: number }[]; pages: { document_id: number }[]; passages: { document_id: number }[] };
    const marked = database.annotations[0].document_id;
    const gone = database.documents.find((document) => document.id === marked)!;
    database.documents = database.documents.filter((document) => document.id !== marked);
    database.pages = database.pages.filter((page) => page.document_id !== marked);
    database.passages = database.passages.filter((passage) => passage.document_id !== marked);
    entries['database.json'] = strToU8(JSON.stringify(database));
    delete entries[`originals/${gone.sha256}`];
    expect((await refused(handMade(entries))).message).toMatch(/^This bundle is refused: (a mark|a draft revision|a position card) in it belongs to a document it does not hold\. Nothing was imported/u);
  });
});
