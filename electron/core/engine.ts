import os from 'node:os';
import path from 'node:path';
import type { BriefingApi } from '../common/api';
import type { OpenDatabaseOptions } from './db/openDatabase';
import { ImportCoordinator } from './import/importCoordinator';
import { ExtractionPool } from './import/worker/extractionPool';
import type { WorkerLauncher } from './import/worker/protocol';
import { purgeDeletedAnnotations } from './db/repos/annotationsRepo';
import { BackupStore } from './backups/backupStore';
import { findDatabaseDamage, moveDamagedDatabaseAside } from './backups/damagedDatabase';
import { BundleRuns } from './bundles/bundleRuns';
import { databaseFileName, openLibrary, type Library } from './library/library';
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
  /** The built backup check script (backupCheckWorker.js): without it, backups are checked on the serving thread. */
  backupCheckWorkerScript?: string;
  /** Prints packs to PDF: the system's Chromium (host, CLI) or Electron's own. Without one, PDF export says to install Chromium. */
  packPrinter?: PackPrinter;
  /**
   * Snapshots at start-up, on close and daily (the app and the host). The CLI, which starts an
   * engine for each command, takes them only when asked (`briefing backups create`), or a day
   * of commands would push out last week's.
   */
  automaticBackups?: boolean;
  /** Where start-up problems (a damaged library moved aside) and backup failures are logged. */
  log?: (message: string) => void;
}

/** The whole library engine behind one object: what the app, the host and the CLI start. */
export interface Engine {
  library: Library;
  api: BriefingApi;
  backups: BackupStore;
  close(): Promise<void>;
}

/**
 * Opens the library and starts everything behind the contract. A database found damaged
 * (SQLITE_CORRUPT, SQLITE_NOTADB or a failed quick check) is moved aside, never deleted, an
 * empty library opens in its place, and the backups service offers the newest good snapshot
 * (BackupOverview.recovery) until the user restores it or starts afresh.
 */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  const log = options.log ?? ((message: string) => console.error(message));
  const databasePath = path.join(path.resolve(options.dataDir), databaseFileName);
  const damage = findDatabaseDamage(databasePath, options.nativeBinding);
  if (damage) {
    const movedTo = moveDamagedDatabaseAside(databasePath);
    BackupStore.markRecovery(options.dataDir, movedTo);
    log(`The library database was damaged (${damage}); it was moved to ${movedTo} and an empty library opened in its place.`);
  }
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
  const search = new SearchThread(options.searchWorkerScript, {
    databasePath: library.databasePath,
    nativeBinding: options.nativeBinding,
  });
  const bundleRuns = new BundleRuns(library);
  const backups = new BackupStore(
    library,
    {
      // A bundle merge writes like an import: a restore waits for both.
      importsRunning: () => imports.running() || bundleRuns.importing(),
      afterRestore: async () => {
        purgeDeletedAnnotations(library.db);
        await search.request({ type: 'rebuild' });
      },
    },
    { nativeBinding: options.nativeBinding, checkWorkerScript: options.backupCheckWorkerScript, log },
  );
  // Originals a kept snapshot names stay, so that restoring it finds them. While a damaged
  // library waits for the user's choice nothing is swept: the empty stand-in names no original,
  // and the damaged file may name some that no snapshot holds.
  // A damaged library moved aside keeps the originals it names (null: it cannot be read, so all stay).
  const keep = backups.recovering ? null : backups.referencedOriginals();
  if (keep) {
    const swept = await sweepOriginals(library, undefined, undefined, keep);
    if (swept.removed > 0) log(`Removed ${swept.removed} files left by interrupted imports (${Math.round(swept.bytes / 1024)} KB).`);
  }
  if (options.automaticBackups) {
    await backups.createQuietly('startup');
    backups.startDaily();
  }
  return {
    library,
    backups,
    api: createServices(library, imports, search, backups, bundleRuns, options.packPrinter ?? null),
    async close() {
      backups.stopDaily();
      await backups.settle();
      if (options.automaticBackups) await backups.createQuietly('quit');
      await options.packPrinter?.close?.();
      pool.close();
      await search.close();
      library.close();
    },
  };
}
