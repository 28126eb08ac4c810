import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefingApi } from '../../../electron/common/api';
import type { ImportBatch } from '../../../electron/common/model';
import { startEngine, type Engine } from '../../../electron/core/engine';
import { forkLauncher } from '../../../electron/core/import/worker/forkLauncher';
import { openLibrary, type Library } from '../../../electron/core/library/library';

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
  options: { workers?: number; fileTimeoutMs?: number } = {},
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

/** Imports as the UI does: starts a batch and polls it until it is over; the finished batch. */
export async function importAndWait(api: BriefingApi, args: Parameters<BriefingApi['imports']['start']>[0]): Promise<ImportBatch> {
  let batch = await api.imports.start(args);
  while (batch.state === 'running') {
    // A real pause: the workers' replies arrive as I/O events, which a tight loop would starve.
    await new Promise((resolve) => setTimeout(resolve, 25));
    batch = await api.imports.getBatch({ batchId: batch.id });
  }
  return batch;
}
