import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import { BackupStore, type BackupHooks } from '../../electron/core/backups/backupStore';
import { findDatabaseDamage, moveDamagedDatabaseAside } from '../../electron/core/backups/damagedDatabase';
import { snapshotsToDelete } from '../../electron/core/backups/rotation';
import { checkSnapshot } from '../../electron/core/backups/snapshotCheck';
import { parseSnapshotId, SnapshotCheckError, snapshotId, snapshotPath, verifySnapshot } from '../../electron/core/backups/snapshots';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { startEngine, type Engine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import type { Library } from '../../electron/core/library/library';
import { sweepOriginals } from '../../electron/core/library/originalSweep';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { builtSearchWorker, builtWorker, importingTestTimeout, temporaryEngine, temporaryLibrary } from './helpers/temporaryLibrary';

/** The built worker thread that checks backups (the app's way; the other tests check on this thread). */
const builtCheckWorker = path.join(path.dirname(builtWorker), 'backupCheckWorker.js');

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup();
});

function library(): Library {
  const made = temporaryLibrary();
  cleanups.push(() => made.remove());
  return made;
}

/** A document row with a stored original, as an import leaves it. */
function addDocument(target: Library, title: string): { id: number; sha256: string } {
  const sha256 = target.originals.put(new TextEncoder().encode(`%PDF-1.7 ${title}`));
  const id = Number(
    target.db
      .prepare("INSERT INTO documents (kind, title, media_type, page_count, sha256) VALUES ('draft', ?, 'application/pdf', 1, ?)")
      .run(title, sha256).lastInsertRowid,
  );
  return { id, sha256 };
}

/** Enough rows (in one transaction) that the file spans many pages to damage. */
function addManyDocuments(target: Library): void {
  const insert = target.db.prepare("INSERT INTO documents (kind, title, media_type, page_count) VALUES ('statement', ?, 'text/plain', 1)");
  target.db.transaction(() => {
    for (let index = 0; index < 200; index += 1) insert.run(`Statement ${index} ${'of the delegation '.repeat(20)}`);
  })();
}

const titles = (target: Library) => target.db.prepare<[], { title: string }>('SELECT title FROM documents ORDER BY title').all().map((row) => row.title);

function store(target: Library, hooks: Partial<BackupHooks> = {}, rotation = { recent: 10, days: 7 }) {
  const log: string[] = [];
  const backups = new BackupStore(
    target,
    { importsRunning: () => false, afterRestore: async () => undefined, ...hooks },
    { rotation, log: (message) => log.push(message) },
  );
  return { backups, log };
}

/** Damages a database file the three ways a disk or a crash does. */
function damage(file: string, how: 'truncate' | 'header' | 'pages'): void {
  const size = fs.statSync(file).size;
  if (how === 'truncate') fs.truncateSync(file, Math.floor(size / 3));
  else {
    const handle = fs.openSync(file, 'r+');
    try {
      // The header's first 100 bytes, or every page after the first two with noise.
      if (how === 'header') fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 0);
      else for (let offset = 2 * 4096; offset < size; offset += 4096) fs.writeSync(handle, Buffer.alloc(512, 0xa7), 0, 512, offset + 8);
    } finally {
      fs.closeSync(handle);
    }
  }
}

describe('snapshot names and rotation', () => {
  it('names a snapshot by its UTC time and reason, so names sort by time, and reads the name back', () => {
    const id = snapshotId(new Date('2026-12-01T08:30:00.123Z'), 'before-restore');
    expect(id).toBe('2026-12-01T08-30-00-123Z-before-restore');
    expect(parseSnapshotId(id)).toEqual({ takenAt: '2026-12-01T08:30:00.123Z', reason: 'before-restore' });
    expect(parseSnapshotId('library.sqlite')).toBeUndefined();
    expect(parseSnapshotId('2026-12-01T08-30-00-123Z-startup.sqlite')).toBeUndefined();
  });

  it('keeps the newest 10 and the newest of each of the last 7 days that have snapshots', () => {
    // Four snapshots a day for 12 days (every 6 hours), with a gap of 20 days in the middle.
    const snapshots = Array.from({ length: 48 }, (_, index) => {
      const day = Math.floor(index / 4) + (index >= 24 ? 20 : 0);
      const takenAt = new Date(Date.UTC(2026, 9, 1 + day, (index % 4) * 6)).toISOString();
      return { id: String(index), takenAt };
    });
    const kept = new Set(snapshots.map((snapshot) => snapshot.id));
    for (const doomed of snapshotsToDelete(snapshots)) kept.delete(doomed.id);
    // The 10 newest (38–47), and the last of days 9, 8, 7, 6 (ids 35, 31, 27, 23 of the days
    // before the gap), besides the three days the 10 newest cover.
    expect([...kept].map(Number).toSorted((a, b) => a - b)).toEqual([23, 27, 31, 35, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47]);
    expect(snapshotsToDelete(snapshots, { recent: 1, days: 0 }, new Set(['0'])).map((snapshot) => snapshot.id)).not.toContain('0');
  });
});

describe('taking and verifying snapshots', () => {
  it('writes a verified snapshot under its name, with no partial file and no -wal beside it', async () => {
    const target = library();
    addDocument(target, 'Draft treaty');
    const { backups } = store(target);
    const snapshot = await backups.create('manual');
    expect(snapshot.reason).toBe('manual');
    expect(snapshot.documentCount).toBe(1);
    expect(fs.readdirSync(backups.folder)).toEqual([`${snapshot.id}.sqlite`]);
    const file = snapshotPath(backups.folder, snapshot.id);
    expect(snapshot.sizeBytes).toBe(fs.statSync(file).size);
    expect(verifySnapshot(file, { expectedVersion: latestSchemaVersion })).toEqual({ schemaVersion: latestSchemaVersion, documentCount: 1 });
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect((await backups.overview()).snapshots).toEqual([snapshot]);
  });

  it('keeps only what the rotation keeps', async () => {
    const target = library();
    const { backups } = store(target, {}, { recent: 3, days: 0 });
    const taken = [];
    for (let index = 0; index < 5; index += 1) taken.push(await backups.create('manual'));
    const left = (await backups.overview()).snapshots.map((snapshot) => snapshot.id);
    expect(left).toEqual(taken.slice(2).map((snapshot) => snapshot.id).toReversed());
  });

  it.each(['truncate', 'header', 'pages'] as const)('finds a snapshot damaged by %s', async (how) => {
    const target = library();
    addManyDocuments(target);
    const { backups } = store(target);
    const snapshot = await backups.create('manual');
    const file = snapshotPath(backups.folder, snapshot.id);
    damage(file, how);
    expect(() => verifySnapshot(file)).toThrow(SnapshotCheckError);
    // The same verdict from the worker thread the app checks in.
    await expect(checkSnapshot({ file }, builtCheckWorker)).rejects.toBeInstanceOf(SnapshotCheckError);
    const refusal = await backups.restore(snapshot.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('storage');
    expect((refusal as AppError).message).toMatch(/^This backup cannot be restored: it failed its check \(the copy is damaged\)\. Choose an older one\.$/);
    expect(titles(target)).toHaveLength(200);
  });

  it('never throws from an automatic snapshot: the failure is logged and shown', async () => {
    const target = library();
    const { backups, log } = store(target);
    // The folder cannot be made: a file holds its name.
    fs.writeFileSync(backups.folder, 'not a folder');
    await expect(backups.createQuietly('daily')).resolves.toBeUndefined();
    const failure = (await backups.create('manual').catch((error: unknown) => error)) as AppError;
    expect(failure.code).toBe('storage');
    expect(failure.message).toMatch(/^The backup could not be made; Briefing goes on working\. Free some disk space/);
    expect(log.join('\n')).toMatch(/Backup \(daily\) failed/);
    fs.rmSync(backups.folder);
    expect((await backups.overview()).lastFailure?.message).toBe(failure.message);
  });
});

describe('restoring a snapshot', () => {
  it('puts the library back as it was, keeps the current one first, and counts originals deleted since', async () => {
    const target = library();
    const kept = addDocument(target, 'Kept draft');
    const deleted = addDocument(target, 'Deleted later');
    let restoredCalls = 0;
    const { backups } = store(target, { afterRestore: async () => void (restoredCalls += 1) });
    const snapshot = await backups.create('manual');
    // Another connection, as the search thread holds: it must see the restored library too.
    const reader = new Database(target.databasePath, { readonly: true });
    cleanups.push(() => reader.close());

    addDocument(target, 'Added after');
    target.db.prepare('DELETE FROM documents WHERE id = ?').run(deleted.id);
    target.originals.remove(deleted.sha256);
    expect(titles(target)).toEqual(['Added after', 'Kept draft']);

    const outcome = await backups.restore(snapshot.id);
    expect(titles(target)).toEqual(['Deleted later', 'Kept draft']);
    expect(reader.prepare('SELECT count(*) AS count FROM documents').get()).toEqual({ count: 2 });
    expect(target.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(target.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(outcome.restored.id).toBe(snapshot.id);
    expect(outcome.keptAs?.reason).toBe('before-restore');
    expect(outcome.keptAs?.documentCount).toBe(2);
    expect(outcome.missingOriginals).toBe(1);
    expect(target.originals.has(kept.sha256)).toBe(true);
    expect(restoredCalls).toBe(1);

    // The library as it was before the restore can itself be restored.
    await backups.restore(outcome.keptAs!.id);
    expect(titles(target)).toEqual(['Added after', 'Kept draft']);
  });

  it('names the originals its snapshots need, so a sweep of unreferenced originals can keep them', async () => {
    const target = library();
    const first = addDocument(target, 'In the backup');
    const { backups } = store(target);
    await backups.create('manual');
    target.db.prepare('DELETE FROM documents WHERE id = ?').run(first.id);
    const later = addDocument(target, 'Only in the library');
    expect(backups.referencedOriginals()).toEqual(new Set([first.sha256]));
    await backups.create('manual');
    expect(backups.referencedOriginals()).toEqual(new Set([first.sha256, later.sha256]));
  });

  it('keeps out of the sweep of unreferenced originals those a kept snapshot names', async () => {
    const target = library();
    const named = addDocument(target, 'In the backup');
    const { backups } = store(target);
    await backups.create('manual');
    target.db.prepare('DELETE FROM documents WHERE id = ?').run(named.id);
    const anHourAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(target.originals.pathFor(named.sha256), anHourAgo, anHourAgo);
    expect(await sweepOriginals(target, undefined, undefined, backups.referencedOriginals()!)).toEqual({ removed: 0, bytes: 0 });
    expect(target.originals.has(named.sha256)).toBe(true);
    expect((await sweepOriginals(target)).removed).toBe(1);
  });

  it('keeps the originals a damaged library moved aside names, and every original while one cannot be read', async () => {
    // Found in review: after "Start an empty library", the next start swept the originals only
    // the damaged file named, which the recovery screen says stays for a specialist to rescue.
    const target = library();
    const named = addDocument(target, 'Only in the damaged library');
    await target.db.backup(`${target.databasePath}.corrupt-2026-12-01T08-30-00-000Z`);
    target.db.prepare('DELETE FROM documents WHERE id = ?').run(named.id);
    const anHourAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(target.originals.pathFor(named.sha256), anHourAgo, anHourAgo);
    const { backups } = store(target);
    expect(backups.referencedOriginals()).toEqual(new Set([named.sha256]));
    expect(await sweepOriginals(target, undefined, undefined, backups.referencedOriginals()!)).toEqual({ removed: 0, bytes: 0 });
    fs.writeFileSync(`${target.databasePath}.corrupt-2026-12-02T08-30-00-000Z`, 'not a database any more');
    expect(backups.referencedOriginals()).toBeNull();
  });

  it('refuses while an import runs, and an id that is not there', async () => {
    const target = library();
    let importing = true;
    const { backups } = store(target, { importsRunning: () => importing });
    const snapshot = await backups.create('manual');
    await expect(backups.restore(snapshot.id)).rejects.toMatchObject({ code: 'conflict' });
    importing = false;
    await expect(backups.restore('2020-01-01T00-00-00-000Z-manual')).rejects.toMatchObject({ code: 'not-found' });
    await expect(backups.restore(snapshot.id)).resolves.toMatchObject({ restored: { id: snapshot.id } });
  });

  it('never lets a restore push out the snapshot it restores', async () => {
    const target = library();
    const { backups } = store(target, {}, { recent: 1, days: 0 });
    const snapshot = await backups.create('manual');
    const outcome = await backups.restore(snapshot.id);
    expect(outcome.keptAs).not.toBeNull();
    expect(fs.existsSync(snapshotPath(backups.folder, snapshot.id))).toBe(true);
  });
});

describe('a damaged library at start-up', () => {
  it.each(['truncate', 'header', 'pages'] as const)('is found when damaged by %s, and moved aside with its -wal, never deleted', (how) => {
    const target = library();
    addManyDocuments(target);
    target.close();
    expect(findDatabaseDamage(target.databasePath)).toBeUndefined();
    damage(target.databasePath, how);
    expect(findDatabaseDamage(target.databasePath)).toMatch(/SQLITE_(CORRUPT|NOTADB)|quick check/);
    fs.writeFileSync(`${target.databasePath}-wal`, 'left by a crash');
    const movedTo = moveDamagedDatabaseAside(target.databasePath, new Date('2026-12-01T08:30:00.000Z'));
    expect(movedTo).toBe(`${target.databasePath}.corrupt-2026-12-01T08-30-00-000Z`);
    expect(fs.readFileSync(`${movedTo}-wal`, 'utf8')).toBe('left by a crash');
    expect(fs.existsSync(target.databasePath)).toBe(false);
  });

  it('opens an empty library, offers the newest good snapshot, and restores it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-recovery-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const logged: string[] = [];
    const start = () =>
      startEngine({ dataDir, launchWorker: forkLauncher(builtWorker), searchWorkerScript: builtSearchWorker, backupCheckWorkerScript: builtCheckWorker, automaticBackups: true, log: (message) => logged.push(message) });
    let engine: Engine = await start();
    const draft = addDocument(engine.library, 'Draft convention');
    await engine.close(); // a quit snapshot, holding the draft
    const databasePath = engine.library.databasePath;
    damage(databasePath, 'header');
    // Old enough for the sweep of unreferenced originals, which the empty stand-in names none
    // of: the draft's (in the snapshot), and one only the damaged library may name.
    const original = engine.library.originals.pathFor(draft.sha256);
    const unsaved = engine.library.originals.pathFor(engine.library.originals.put(new TextEncoder().encode('%PDF-1.7 imported after the last backup')));
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    for (const file of [original, unsaved]) fs.utimesSync(file, twoHoursAgo, twoHoursAgo);

    engine = await start();
    cleanups.push(() => engine.library.db.open && engine.close());
    expect(titles(engine.library)).toEqual([]);
    expect(logged.join('\n')).toMatch(/The library database was damaged \(SQLITE_NOTADB\); it was moved to .*library\.sqlite\.corrupt-/);
    const overview = await engine.api.backups.list({});
    expect(overview.recovery?.movedTo).toMatch(/library\.sqlite\.corrupt-/);
    expect(fs.existsSync(overview.recovery!.movedTo)).toBe(true);
    expect(overview.recovery?.newestGood).toMatchObject({ reason: 'quit', documentCount: 1 });
    // No start-up snapshot of the empty stand-in: it would count among the kept ones.
    expect(overview.snapshots.map((snapshot) => snapshot.reason)).toEqual(['quit', 'startup']);

    expect(fs.existsSync(original)).toBe(true);
    expect(fs.existsSync(unsaved)).toBe(true);
    await engine.api.backups.restore({ id: overview.recovery!.newestGood!.id });
    expect(titles(engine.library)).toEqual(['Draft convention']);
    expect(fs.existsSync(original)).toBe(true);
    expect((await engine.api.backups.list({})).recovery).toBeNull();
    // Two engines, each with its search thread and the backup checks' worker threads: the
    // helper's bound for tests that start processes, not a speed check.
  }, importingTestTimeout);

  it('rebuilds the search index after a restore, so a restored document is found again', async () => {
    const engine = await temporaryEngine();
    cleanups.push(() => engine.remove());
    const text = 'Article 1\nEach State shall prevent crimes against humanity.';
    const id = saveImportedDocument(engine.library.db, {
      document: { kind: 'draft', title: 'Draft articles', language: 'en', documentDate: null, symbol: 'A/CN.4/L.935' },
      pages: [{ text, hasTextLayer: true, width: null, height: null }],
      passages: [{ level: 'article', label: 'Art. 1', heading: null, text, start: { page: 0, offset: 0 }, end: { page: 0, offset: text.length }, parentIndex: null }],
    });
    const found = async () => {
      const status = await engine.api.search.status({});
      return status.state === 'ready' ? (await engine.api.search.query({ query: 'humanity' })).totalDocuments : -1;
    };
    await expect.poll(found).toBe(1);
    const snapshot = await engine.api.backups.create({});
    await engine.api.library.deleteDocument({ id });
    await expect.poll(found).toBe(0);
    await engine.api.backups.restore({ id: snapshot.id });
    await expect.poll(found).toBe(1);
  }, importingTestTimeout);
});
