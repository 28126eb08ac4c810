import os from 'node:os';
import type { BriefingApi } from '../common/api';
import type { OpenDatabaseOptions } from './db/openDatabase';
import { ImportCoordinator } from './import/importCoordinator';
import { ExtractionPool } from './import/worker/extractionPool';
import type { WorkerLauncher } from './import/worker/protocol';
import { findDocumentBySha256 } from './db/repos/importedDocumentsRepo';
import { purgeDeletedAnnotations } from './db/repos/annotationsRepo';
import { openLibrary, type Library } from './library/library';
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

/**
 * Removes originals no document holds and stale partial copies, before this process imports
 * anything (OriginalFileStore.sweep); says so when it did, since the bytes were the user's disk.
 */
async function sweepOriginals(library: Library): Promise<void> {
  const swept = await library.originals.sweep((sha256) => findDocumentBySha256(library.db, sha256) !== undefined);
  if (swept.originals + swept.partials > 0) {
    console.log(`Removed ${swept.originals} original files of imports that did not finish and ${swept.partials} partial copies (${Math.round(swept.bytes / 1024)} KB).`);
  }
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
  await sweepOriginals(library);
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
