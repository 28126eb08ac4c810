import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, expect, it } from 'vitest';
import { richTextOf } from '../../electron/common/richText';
import { insertPack, insertSection, sectionById, updatePack, updateSection } from '../../electron/core/db/repos/packsRepo';
import { openLibrary, type Library } from '../../electron/core/library/library';

let library: Library | undefined;
afterEach(() => {
  library?.close();
  if (library) fs.rmSync(library.dataDir, { recursive: true, force: true });
  library = undefined;
});

/**
 * Another connection (an import worker storing a document) takes the write lock and keeps it
 * until `signal` is raised, then 200 ms more. Resolves once it has the lock, with a promise of
 * its commit (in an object: an async function would wait for a promise it returns).
 */
async function holdWriteLock(databasePath: string, signal: Int32Array): Promise<{ committed: Promise<void> }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.driver);
     const db = new Database(workerData.databasePath);
     db.pragma('busy_timeout = 5000');
     db.exec('BEGIN IMMEDIATE');
     db.prepare("INSERT INTO settings (key, value) VALUES ('held', '1') ON CONFLICT (key) DO UPDATE SET value = '1'").run();
     parentPort.postMessage('locked');
     Atomics.wait(workerData.signal, 0, 0, 10000);
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { databasePath, signal, driver: createRequire(import.meta.url).resolve('better-sqlite3') } },
  );
  const exited = new Promise<void>((resolve, reject) => {
    worker.once('exit', () => resolve());
    worker.once('error', reject);
  });
  await new Promise((resolve) => worker.once('message', resolve));
  return { committed: exited };
}

it('an edit waits for an import storing a document instead of failing with SQLITE_BUSY (issue 14, crash harness)', async () => {
  library = openLibrary(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-lock-')));
  const { db } = library;
  const session = { name: 'Crash session', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: null };
  const packId = insertPack(db, { title: 'Pack', session, classification: 'UNCLASSIFIED', templateId: null, duplicatedFromId: null });
  const sectionId = insertSection(db, packId, { kind: 'notes', title: 'Notes', articleLabel: null, revisionDocumentId: null, body: null });

  // Both edits read before they write: a deferred transaction could not wait for the lock then.
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { committed } = await holdWriteLock(library.databasePath, signal);
  // The worker commits 200 ms after this: the edits below come while it holds the lock.
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  updateSection(db, sectionId, { body: richTextOf('saved while a document was stored') });
  updatePack(db, packId, { title: 'Pack renamed meanwhile' });
  await committed;

  expect(sectionById(db, sectionId).body).toEqual(richTextOf('saved while a document was stored'));
});
