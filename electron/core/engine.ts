import os from 'node:os';
import type { BriefingApi } from '../common/api';
import type { OpenDatabaseOptions } from './db/openDatabase';
import { ImportCoordinator } from './import/importCoordinator';
import { ExtractionPool } from './import/worker/extractionPool';
import type { WorkerLauncher } from './import/worker/protocol';
import { purgeDeletedAnnotations } from './db/repos/annotationsRepo';
import { openLibrary, type Library } from './library/library';
import { sweepOriginals } from './library/originalSweep';
import type { PackPrinter } from './packs/export/packPrinter';
import { SearchThread } from './search/searchThread';
import { createServices } from './services';

export interface EngineOptions extends OpenDatabaseOptions {
  dataDir: string;
  /** Starts one extraction worker process (child_process in Node, utilityProcess in Electron). */
  launchWorker: WorkerLauncher;
  /** Extraction workers; one per core by default. */
  workers?: number;
  /** Longest one file may take to read. */
  fileTimeoutMs?: number;
  /** The built search worker script (searchWorker.js), run as a worker thread. */
  searchWorkerScript: string;
  /** Prints packs to PDF: the system's Chromium (host, CLI) or Electron's own. Without one, PDF export says to install Chromium. */
  packPrinter?: PackPrinter;
}

/** The whole library engine behind one object: what the app, the host and the CLI start. */
export interface Engine {
  library: Library;
  api: BriefingApi;
  close(): Promise<void>;
}

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const library = openLibrary(options.dataDir, options);
  purgeDeletedAnnotations(library.db);
  const pool = new ExtractionPool(options.launchWorker, {
    databasePath: library.databasePath,
    nativeBinding: options.nativeBinding,
    size: options.workers ?? Math.max(1, os.availableParallelism()),
    timeoutMs: options.fileTimeoutMs ?? 120_000,
  });
  const imports = new ImportCoordinator(library, pool);
  await imports.removeLeftovers();
  const swept = await sweepOriginals(library);
  if (swept.removed > 0) console.error(`Removed ${swept.removed} files left by interrupted imports (${Math.round(swept.bytes / 1024)} KB).`);
  const search = new SearchThread(options.searchWorkerScript, {
    databasePath: library.databasePath,
    nativeBinding: options.nativeBinding,
  });
  return {
    library,
    api: createServices(library, imports, search, options.packPrinter ?? null),
    async close() {
      await options.packPrinter?.close?.();
      pool.close();
      await search.close();
      library.close();
    },
  };
}
