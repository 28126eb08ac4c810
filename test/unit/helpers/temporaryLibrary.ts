import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefingApi } from '../../../electron/common/api';
import type { ImportBatch } from '../../../electron/common/model';
import { startEngine, type Engine } from '../../../electron/core/engine';
import { forkLauncher } from '../../../electron/core/import/worker/forkLauncher';
import { openLibrary, type Library } from '../../../electron/core/library/library';
import type { PackPrinter } from '../../../electron/core/packs/export/packPrinter';
import { afterEach, beforeEach } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built extraction worker: workers start only when a file is imported. */
export const builtWorker = path.join(projectRoot, 'out/main/extractionWorker.js');
export const builtSearchWorker = path.join(projectRoot, 'out/main/searchWorker.js');

/** A real library on disk in a fresh temporary folder; remove() closes and deletes it. */
export function temporaryLibrary(): Library & { remove(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-test-'));
  const library = openLibrary(dataDir);
  return {
    ...library,
    remove() {
      if (library.db.open) library.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The whole engine over a fresh temporary library; remove() stops it and deletes the folder. */
export async function temporaryEngine(
  options: { workers?: number; fileTimeoutMs?: number; packPrinter?: PackPrinter } = {},
): Promise<Engine & { remove(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-test-'));
  const engine = await startEngine({
    dataDir,
    launchWorker: forkLauncher(builtWorker),
    searchWorkerScript: builtSearchWorker,
    ...options,
  });
  return {
    ...engine,
    async remove() {
      if (engine.library.db.open) await engine.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For each test of the enclosing file or describe block (vitest hooks): a fresh engine and an
 * empty inbox folder named after `prefix`, both removed afterwards. Read the fields inside
 * tests: they are new for each one.
 */
export function useTemporaryEngine(prefix: string, options: Parameters<typeof temporaryEngine>[0] = {}): { engine: Engine & { remove(): Promise<void> }; inbox: string } {
  const session = {} as { engine: Engine & { remove(): Promise<void> }; inbox: string };
  beforeEach(async () => {
    session.engine = await temporaryEngine(options);
    session.inbox = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await session.engine.remove();
    fs.rmSync(session.inbox, { recursive: true, force: true });
  });
  return session;
}

/**
 * Time allowed to a test that imports through the real extraction worker. Each fresh engine
 * forks a worker process that loads its bundle, SQLite and, for a PDF, pdf.js before it reads
 * the file: about 1–2 s alone on an idle 2-core machine, 4–6 s when other work holds the cores
 * and up to 12 s in a whole run under stress-ng --cpu 2 (measured), where vitest's 5 s default
 * failed them. The fixtures are already a page or two; the cost is the process, and going
 * through it is the point of these tests. A generous bound, not a speed check: a hung import
 * still fails.
 */
export const importingTestTimeout = 60_000;

/** Follows a batch as the UI does, polling until it is over; the finished batch. */
export async function waitForBatch(api: BriefingApi, started: ImportBatch): Promise<ImportBatch> {
  let batch = started;
  while (batch.state === 'running') {
    // A real pause: the workers' replies arrive as I/O events, which a tight loop would starve.
    await new Promise((resolve) => setTimeout(resolve, 25));
    batch = await api.imports.getBatch({ batchId: batch.id });
  }
  return batch;
}

/** Imports as the UI does: starts a batch and follows it until it is over; the finished batch. */
export async function importAndWait(api: BriefingApi, args: Parameters<BriefingApi['imports']['start']>[0]): Promise<ImportBatch> {
  return waitForBatch(api, await api.imports.start(args));
}
