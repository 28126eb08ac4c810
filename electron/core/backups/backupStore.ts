import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupOverview, BackupReason, BackupSummary, RecoveryOffer, RestoreOutcome } from '../../common/backups';
import { AppError } from '../../common/errors';
import { fileProblem } from '../fileProblems';
import { migrate } from '../db/migrations';
import { referencedOriginalDigests } from '../db/repos/documentsRepo';
import type { Library } from '../library/library';
import { defaultRotation, snapshotsToDelete, type RotationPolicy } from './rotation';
import { checkSnapshot } from './snapshotCheck';
import { listSnapshots, removeStalePartials, SnapshotCheckError, snapshotPath, takeSnapshot, type SnapshotContents } from './snapshots';
import { damagedLibraries } from './damagedDatabase';

export const backupsFolderName = 'backups';
const recoveryFileName = 'recovery.json';
const dayMs = 24 * 3600_000;

/** What the engine lends the store: whether an import is writing, and what to do once the library was replaced. */
export interface BackupHooks {
  importsRunning(): boolean;
  /** After a restore: the search index is rebuilt from the restored library. */
  afterRestore(): Promise<void>;
}

export interface BackupStoreOptions {
  nativeBinding?: string;
  /** The built backupCheckWorker.js: integrity checks then run off the serving thread. */
  checkWorkerScript?: string;
  rotation?: RotationPolicy;
  log?: (message: string) => void;
}

/** The marker a damaged start-up leaves until the user restores or starts afresh. */
interface RecoveryMarker {
  movedTo: string;
  detectedAt: string;
}

/**
 * The library's snapshots in <dataDir>/backups/: taken (verified, rotated), listed and
 * restored, one operation at a time. Automatic snapshots never throw (a failure is logged and
 * kept for Settings); a restore replaces the library in place.
 */
export class BackupStore {
  readonly folder: string;
  private queue: Promise<unknown> = Promise.resolve();
  private lastFailure: BackupOverview['lastFailure'] = null;
  private dailyTimer: NodeJS.Timeout | undefined;
  private newestGood: { offer: BackupSummary | null } | undefined;

  constructor(
    private readonly library: Library,
    private readonly hooks: BackupHooks,
    private readonly options: BackupStoreOptions = {},
  ) {
    this.folder = path.join(library.dataDir, backupsFolderName);
  }

  /** Records that the database was found damaged and moved to `movedTo`: the offer stands until restore or dismissRecovery. */
  static markRecovery(dataDir: string, movedTo: string, detectedAt = new Date()): void {
    const folder = path.join(dataDir, backupsFolderName);
    fs.mkdirSync(folder, { recursive: true });
    const marker: RecoveryMarker = { movedTo, detectedAt: detectedAt.toISOString() };
    fs.writeFileSync(path.join(folder, recoveryFileName), `${JSON.stringify(marker, null, 2)}\n`);
  }

  /** The pending recovery, or undefined. */
  private recoveryMarker(): RecoveryMarker | undefined {
    try {
      const marker = JSON.parse(fs.readFileSync(path.join(this.folder, recoveryFileName), 'utf8')) as RecoveryMarker;
      return typeof marker.movedTo === 'string' && typeof marker.detectedAt === 'string' ? marker : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether a damaged library waits for the user's choice: automatic snapshots of the empty stand-in would push out the good ones. */
  get recovering(): boolean {
    return this.recoveryMarker() !== undefined;
  }

  /** The snapshots, newest first, the last failure and a pending recovery offer. */
  async overview(): Promise<BackupOverview> {
    const snapshots = listSnapshots(this.folder, { nativeBinding: this.options.nativeBinding });
    return { folder: this.folder, snapshots, lastFailure: this.lastFailure, recovery: await this.recoveryOffer() };
  }

  /**
   * The recovery offer: the newest snapshot taken before the damage was found that passes its
   * integrity check (checked newest first, once, then remembered).
   */
  private async recoveryOffer(): Promise<RecoveryOffer | null> {
    const marker = this.recoveryMarker();
    if (!marker) return null;
    if (!this.newestGood) {
      let offer: BackupSummary | null = null;
      for (const snapshot of listSnapshots(this.folder, { nativeBinding: this.options.nativeBinding })) {
        if (snapshot.takenAt > marker.detectedAt) continue;
        try {
          await this.check(snapshotPath(this.folder, snapshot.id));
          offer = snapshot;
          break;
        } catch (error) {
          this.log(`Backup ${snapshot.id} cannot be offered: ${(error as Error).message}.`);
        }
      }
      this.newestGood = { offer };
    }
    return { movedTo: marker.movedTo, detectedAt: marker.detectedAt, newestGood: this.newestGood.offer };
  }

  /** "Start an empty library": the damaged file stays where it was moved; automatic snapshots resume. */
  dismissRecovery(): Promise<{ dismissed: boolean }> {
    return this.serially(async () => {
      const pending = this.recovering;
      fs.rmSync(path.join(this.folder, recoveryFileName), { force: true });
      this.newestGood = undefined;
      return { dismissed: pending };
    });
  }

  /**
   * Takes a verified snapshot now and rotates the folder. Errors: 'storage' saying what failed
   * and what to do (the failure is also kept for Settings).
   */
  create(reason: BackupReason): Promise<BackupSummary> {
    return this.serially(() => this.snapshot(reason));
  }

  /** An automatic snapshot: skipped while a recovery is pending; a failure is logged and kept, never thrown. */
  async createQuietly(reason: BackupReason): Promise<void> {
    if (this.recovering) return;
    await this.create(reason).catch(() => undefined);
  }

  /** Takes a 'daily' snapshot every `intervalMs` while the process runs; the timer never keeps it alive. */
  startDaily(intervalMs = dayMs): void {
    this.stopDaily();
    this.dailyTimer = setInterval(() => void this.createQuietly('daily'), intervalMs);
    this.dailyTimer.unref();
  }

  stopDaily(): void {
    if (this.dailyTimer) clearInterval(this.dailyTimer);
    this.dailyTimer = undefined;
  }

  /** Waits for the snapshot or restore under way, so the database is not closed under it. */
  async settle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /**
   * Replaces the library's database with snapshot `id`: checks it (integrity, a version this
   * Briefing opens), keeps the library as it is now as a 'before-restore' snapshot, then copies
   * the snapshot in with the backup API in the other direction (as sqlite3's `.restore` does),
   * so every connection (this one, the search thread's, the import workers') sees the restored
   * library at once and no file is swapped under them; migrates it if it is older; rebuilds the
   * search index. Errors: 'not-found' for an unknown id, 'conflict' while an import runs,
   * 'storage' for a damaged snapshot or a failed copy (the library is then unchanged).
   */
  restore(id: string): Promise<RestoreOutcome> {
    return this.serially(async () => {
      const restored = listSnapshots(this.folder, { nativeBinding: this.options.nativeBinding }).find((snapshot) => snapshot.id === id);
      if (!restored) throw new AppError('not-found', 'This backup is no longer in the backups folder; refresh the list and choose another.');
      if (this.hooks.importsRunning()) throw new AppError('conflict', 'An import is running: wait for it to finish (or cancel it), then restore.');
      const file = snapshotPath(this.folder, id);
      try {
        await this.check(file);
      } catch (error) {
        this.log(`Backup ${id} failed its check before a restore: ${(error as Error).message}`);
        throw new AppError('storage', 'This backup cannot be restored: it failed its check (the copy is damaged). Choose an older one.');
      }
      let keptAs: BackupSummary | null = null;
      try {
        keptAs = await this.snapshot('before-restore', new Set([id]));
      } catch (error) {
        // A library too damaged to copy is what the user is replacing: the restore goes on.
        if (!this.recovering) throw error;
      }
      // Again, with no wait between this and the copy: an import started during the check or the
      // snapshot above would commit rows the copy then wipes, after the user saw it finish.
      if (this.hooks.importsRunning()) throw new AppError('conflict', 'An import started while the backup was being checked: wait for it to finish (or cancel it), then restore.');
      const source = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: this.options.nativeBinding });
      try {
        // All pages in one step: the destination stays locked for the whole copy, and readers
        // see the old library or the new one, never a mixture.
        await source.backup(this.library.databasePath, { progress: () => 0x7fffffff });
      } catch (error) {
        this.log(`Restore of ${id} failed: ${(error as Error).message}`);
        throw new AppError('storage', 'The backup could not be copied into the library, which is unchanged. Free some disk space and try again.');
      } finally {
        source.close();
      }
      migrate(this.library.db);
      fs.rmSync(path.join(this.folder, recoveryFileName), { force: true });
      this.newestGood = undefined;
      await this.hooks.afterRestore();
      return { restored, keptAs, missingOriginals: this.countMissingOriginals() };
    });
  }

  /**
   * The sha256 of every original that some kept snapshot's documents name: for a sweep of
   * unreferenced originals (issue 14, fault 4), which keeps these so that a restore finds its
   * files; and every original a damaged library moved aside names (damagedDatabase.ts).
   * A snapshot that cannot be read names none; a damaged library that cannot be read makes
   * this null: then no original may be removed. Reads each documents table read-only
   * (milliseconds each).
   */
  referencedOriginals(): Set<string> | null {
    const digests = new Set<string>();
    const namedIn = (file: string) => {
      const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: this.options.nativeBinding });
      try {
        for (const sha256 of referencedOriginalDigests(db)) digests.add(sha256);
      } finally {
        db.close();
      }
    };
    for (const snapshot of listSnapshots(this.folder, { counts: false })) {
      try {
        namedIn(snapshotPath(this.folder, snapshot.id));
      } catch (error) {
        this.log(`Backup ${snapshot.id} could not be read for its originals: ${(error as Error).message}.`);
      }
    }
    // A damaged library moved aside keeps its originals too, for a specialist to rescue it with
    // them; one whose documents cannot be read at all keeps every original while it is there.
    for (const damaged of damagedLibraries(this.library.databasePath)) {
      try {
        namedIn(damaged);
      } catch {
        this.log(`No original is removed while ${damaged} is there: its documents could not be read. Remove it once it is no longer needed.`);
        return null;
      }
    }
    return digests;
  }

  /** Documents whose original file is not in files/ (deleted after the snapshot was taken). */
  private countMissingOriginals(): number {
    return referencedOriginalDigests(this.library.db).filter((sha256) => !this.library.originals.has(sha256)).length;
  }

  private async snapshot(reason: BackupReason, protect: ReadonlySet<string> = new Set()): Promise<BackupSummary> {
    try {
      const summary = await takeSnapshot(this.library.db, this.folder, reason, {
        nativeBinding: this.options.nativeBinding,
        check: (file, expectedVersion) => this.check(file, expectedVersion),
      });
      await this.rotate(new Set([...protect, summary.id]));
      return summary;
    } catch (error) {
      const problem =
        error instanceof SnapshotCheckError
          ? 'The copy failed its check and was not kept; choose "Back up now" to try again.'
          : (fileProblem(error) ?? 'Free some disk space, then choose "Back up now".');
      const message = `The backup could not be made; Briefing goes on working. ${problem}`;
      this.lastFailure = { at: new Date().toISOString(), message };
      this.log(`Backup (${reason}) failed: ${(error as Error).message}`);
      throw new AppError('storage', message);
    }
  }

  private async rotate(protect: ReadonlySet<string>): Promise<void> {
    const doomed = snapshotsToDelete(listSnapshots(this.folder, { counts: false }), this.options.rotation ?? defaultRotation, protect);
    for (const snapshot of doomed) {
      try {
        fs.rmSync(snapshotPath(this.folder, snapshot.id), { force: true });
      } catch (error) {
        // Held open elsewhere (Windows, a virus scanner): the snapshot just made stands; this one goes next time.
        this.log(`Old backup ${snapshot.id} could not be removed yet: ${(error as Error).message}.`);
      }
    }
    await removeStalePartials(this.folder);
  }

  private check(file: string, expectedVersion?: number): Promise<SnapshotContents> {
    return checkSnapshot({ file, expectedVersion, nativeBinding: this.options.nativeBinding }, this.options.checkWorkerScript);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(work);
    this.queue = next;
    return next;
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(`[backups] ${message}`);
  }
}
