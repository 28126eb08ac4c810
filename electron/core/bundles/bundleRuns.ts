/**
 * Bundle exports and imports in the background, like pack exports (packExportRuns.ts): start
 * answers at once with the run, get reports bytes copied, cancel stops it (an import cancelled
 * before its merge changes nothing; the merge itself is one short transaction), takeExport hands
 * over a finished export's file once. The files being made or received wait in this process's
 * folder under the library's bundle-work folder; those of processes gone are removed at start.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/errors';
import { fileProblem } from '../fileProblems';
import type { BundleRun, ExportedFile } from '../../common/model';
import type { Library } from '../library/library';
import { KeptRuns } from '../runs/keptRuns';
import { bundleWorkDir, exportBundle, importBundle } from './bundleTransfer';

export const bundleMediaType = 'application/zip';

interface Run extends BundleRun {
  controller: AbortController;
  /** A finished export's file in the work folder, and the name it is saved under. */
  file: string | null;
  fileName: string;
}

/** Removes the work folders (`<pid>-<id>`) of processes no longer running; another's it leaves. */
function removeLeftWorkFolders(shared: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(shared);
  } catch {
    return; // no folder yet
  }
  for (const entry of entries) {
    const pid = Number(/^(\d+)-/u.exec(entry)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    fs.rmSync(path.join(shared, entry), { recursive: true, force: true });
  }
}

/** Whether a process of this id runs (signal 0 tests without sending: Node's process.kill docs); EPERM means it does, another user's. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A name for an export: briefing-library-2026-12-01.briefing, or briefing-3-documents-… for a choice. */
export function bundleFileName(documentCount: number | null, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return documentCount === null ? `briefing-library-${day}.briefing` : `briefing-${documentCount}-documents-${day}.briefing`;
}

export class BundleRuns {
  private readonly runs = new KeptRuns<Run>(10, 'That bundle run has ended and was forgotten: start it again.');
  private readonly workDir: string;
  /** Run id → the file its export writes, until taken or forgotten. */
  private readonly exportFiles = new Map<string, string>();

  constructor(private readonly library: Library) {
    // One folder per process: the CLI opens the same library beside the app (a search while the
    // app imports a bundle), and must not remove what the app is writing. What a crashed or
    // ended process left (half-made exports, staged imports) goes once its process is gone.
    const shared = bundleWorkDir(library);
    removeLeftWorkFolders(shared);
    this.workDir = path.join(shared, `${process.pid}-${randomUUID().slice(0, 8)}`);
    fs.mkdirSync(this.workDir, { recursive: true });
  }

  /** Whether a bundle import is running: a restore waits for it (backups/backupStore.ts). */
  importing(): boolean {
    return this.runs.someRunning((run) => run.direction === 'import');
  }

  /** Starts an export of the library or of `documentIds`. */
  startExport(documentIds?: number[]): BundleRun {
    const run = this.newRun('export');
    run.fileName = bundleFileName(documentIds ? documentIds.length : null);
    const target = path.join(this.workDir, `export-${run.id}.briefing`);
    this.exportFiles.set(run.id, target);
    this.follow(run, async (signal) => {
      const written = await exportBundle(this.library, target, { documentIds }, signal, (progress) => Object.assign(run, progress));
      run.file = target;
      run.counts = written.manifest.counts;
    }, 'Exporting the bundle failed');
    return this.view(run);
  }

  /** Starts importing the bundle at `file`; `owned` files (an upload written to the work folder) are removed when it ends. */
  startImport(file: string, owned = false): BundleRun {
    const run = this.newRun('import');
    this.follow(run, async (signal) => {
      try {
        run.report = await importBundle(this.library, file, signal, (progress) => Object.assign(run, progress));
      } finally {
        if (owned) fs.rmSync(file, { force: true });
      }
    }, 'Importing the bundle failed');
    return this.view(run);
  }

  /** Keeps an uploaded bundle in the work folder until its import ends; its path. */
  stageUpload(bytes: Uint8Array): string {
    fs.mkdirSync(this.workDir, { recursive: true });
    const file = path.join(this.workDir, `upload-${randomUUID()}.briefing`);
    fs.writeFileSync(file, bytes);
    return file;
  }

  /** The run's progress. Errors: not-found for a run forgotten or never started. */
  get(runId: string): BundleRun {
    return this.view(this.runs.get(runId));
  }

  /** Stops a running export or import; one that has ended is left as it is. Errors as get. */
  cancel(runId: string): BundleRun {
    const run = this.runs.get(runId);
    if (run.state === 'running') {
      run.state = 'cancelled';
      run.controller.abort();
    }
    return this.view(run);
  }

  /** A finished export's file, once; the run is then forgotten. Errors: not-found, unsupported while it runs. */
  takeExport(runId: string): ExportedFile {
    const run = this.runs.get(runId);
    if (run.direction !== 'export') throw new AppError('invalid-argument', 'That run is an import, not an export: it has no file to save.');
    if (run.state === 'running') throw new AppError('unsupported', 'The export is still running: wait until it has finished.');
    if (!run.file) throw new AppError('not-found', run.message ?? 'This export was cancelled; no file was made. Start it again.');
    const data = new Uint8Array(fs.readFileSync(run.file));
    fs.rmSync(run.file, { force: true });
    this.exportFiles.delete(runId);
    this.runs.delete(runId);
    return { fileName: run.fileName, mediaType: bundleMediaType, data };
  }

  private newRun(direction: BundleRun['direction']): Run {
    const run: Run = { id: randomUUID(), direction, state: 'running', done: 0, total: 0, message: null, counts: null, report: null, controller: new AbortController(), file: null, fileName: '' };
    this.runs.add(run);
    this.dropForgottenFiles();
    return run;
  }

  /** Exports finished but never taken, whose runs the kept runs have since forgotten: their files go too. */
  private dropForgottenFiles(): void {
    for (const [id, file] of this.exportFiles) {
      try {
        this.runs.get(id);
      } catch {
        fs.rmSync(file, { force: true });
        this.exportFiles.delete(id);
      }
    }
  }

  private follow(run: Run, work: (signal: AbortSignal) => Promise<void>, failed: string): void {
    const { signal } = run.controller;
    // Not in this turn: start answers first, and the screen shows the run at once.
    void new Promise((resolve) => setImmediate(resolve))
      .then(() => work(signal))
      .then(
        () => {
          if (run.state === 'running') run.state = 'finished';
          else if (run.file) fs.rmSync(run.file, { force: true });
        },
        (error: unknown) => {
          if (run.state !== 'running') return;
          run.state = 'failed';
          if (error instanceof AppError) run.message = error.message;
          else {
            // The system's words go to the log; the user reads ours (fileProblems.ts).
            console.error(error);
            run.message = `${failed}. ${fileProblem(error) ?? 'Try again; if it fails again, restart Briefing.'}`;
          }
        },
      );
  }

  private view(run: Run): BundleRun {
    const { controller: _controller, file: _file, fileName: _fileName, ...rest } = run;
    return rest;
  }
}
