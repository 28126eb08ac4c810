import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { UploadedFile } from '../../common/api';
import { AppError } from '../../common/errors';
import type { AnnotationColour, CarryResult, DocumentKind, ImportBatch, ImportItem } from '../../common/model';
import type { XfdfImport } from '../export/xfdf';
import type { CarrySummary } from '../annotations/carryOver';
import { findDocumentBySha256 } from '../db/repos/importedDocumentsRepo';
import type { Library } from '../library/library';
import { collectFiles } from './collectFiles';
import { detectFileType, type SupportedFileType } from './extractors/detectFileType';
import { carryJobFor, laterRevisionsInOrder } from './revisionCarry';
import { ExtractionFailure } from './extractors/extractedDocument';
import type { StoreOutcome } from './storeAnalysedDocument';
import type { ExtractionPool } from './worker/extractionPool';
import { nameText } from '../../common/visibleText';

interface BatchItem extends ImportItem {
  filePath: string;
  password?: string;
  jobId?: number;
}

interface Batch {
  id: string;
  kind?: DocumentKind;
  items: BatchItem[];
  skippedFiles: number;
  cancelled: boolean;
  stagingDir: string;
  running: number;
  /** Later revisions stored by this batch, waiting to take their marks in revision order, with the remarks so far. */
  deferred: { item: BatchItem; remarks: string[] }[];
}

const finalStatuses = new Set(['imported', 'duplicate', 'needs-password', 'error', 'cancelled']);
const keptBatches = 20;

/**
 * Runs import batches: expands folders, spots duplicates by sha256 before reading, sends each
 * file to the extraction pool, and writes each document in one transaction. Progress is read
 * with get(); nothing here blocks the serving thread for long (hashing and copying stream,
 * parsing happens in the workers).
 */
/**
 * The name an uploaded file is staged under: its index, then its name reduced to safe
 * characters and cut so the whole stays far below the 255 bytes a file name may have on every
 * file system (a 250-character upload name used to fail the whole batch), its extension kept
 * for the extractor.
 */
export function stagedName(index: number, name: string): string {
  const safe = path.basename(name).replace(/[^\w.-]+/gu, '_');
  const extension = path.extname(safe).slice(0, 16);
  return `${index}-${safe.slice(0, safe.length - path.extname(safe).length).slice(0, 80)}${extension}`;
}

export class ImportCoordinator {
  private readonly batches = new Map<string, Batch>();
  /** Digests being imported now, so two imports of the same bytes never race. */
  private readonly digestsInFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly library: Library,
    private readonly pool: ExtractionPool,
    private readonly parallelFiles = 4,
  ) {
    this.stagingRoot = path.join(library.dataDir, 'staging', `${process.pid}-${randomUUID().slice(0, 8)}`);
  }

  /** This process's own staging folder: another Briefing on the same library has its own. */
  readonly stagingRoot: string;

  /**
   * Clears uploads that earlier runs left in staging (a day old: no live import still needs
   * them). Best effort: a file held by another program is tried again next time.
   */
  async removeLeftovers(): Promise<void> {
    const parent = path.dirname(this.stagingRoot);
    const entries = await fs.readdir(parent).catch(() => [] as string[]);
    for (const entry of entries) {
      const folder = path.join(parent, entry);
      const stat = await fs.stat(folder).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > 24 * 3600_000) {
        await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
      }
    }
  }

  async start(args: {
    paths?: string[];
    files?: UploadedFile[];
    kind?: DocumentKind;
    password?: string;
  }): Promise<ImportBatch> {
    const id = randomUUID();
    const stagingDir = path.join(this.stagingRoot, id);
    const batch: Batch = { id, kind: args.kind, items: [], skippedFiles: 0, cancelled: false, stagingDir, running: 0, deferred: [] };
    const addItem = (name: string, filePath: string, status: ImportItem['status'] = 'queued', message: string | null = null) =>
      batch.items.push({
        index: batch.items.length, name: nameText(name), filePath, status, message, documentId: null, title: null,
        pagesDone: 0, pageCount: null, pagesWithoutText: 0, passageCount: 0, wrongPassword: false,
        password: args.password,
      });

    const collected = await collectFiles(args.paths ?? []);
    batch.skippedFiles = collected.skipped;
    for (const file of collected.files) addItem(path.basename(file), file);
    for (const missing of collected.missing) addItem(path.basename(missing.path), missing.path, 'error', missing.message);
    if (args.files?.length) {
      await fs.mkdir(stagingDir, { recursive: true });
      for (const [index, file] of args.files.entries()) {
        const staged = path.join(stagingDir, stagedName(index, file.name));
        try {
          await fs.writeFile(staged, Buffer.from(file.dataBase64, 'base64'));
          addItem(path.basename(file.name), staged);
        } catch (error) {
          // One file that cannot be staged fails alone, never the batch.
          addItem(path.basename(file.name), staged, 'error', `This file could not be received (${(error as NodeJS.ErrnoException).code ?? 'write failed'}); free some disk space, or import it from its folder.`);
        }
      }
    }
    if (batch.items.length === 0) {
      throw new AppError(
        'invalid-argument',
        collected.skipped > 0
          ? `None of the ${collected.skipped} files found is a PDF, Word (.docx), text or Markdown file.`
          : 'There was nothing to import: the folders given are empty.',
      );
    }
    this.remember(batch);
    this.run(batch, batch.items.filter((item) => item.status === 'queued'));
    return this.view(batch);
  }

  /** Whether any batch still has files queued or being read (a restore waits for none). */
  running(): boolean {
    return [...this.batches.values()].some((batch) => this.view(batch).state === 'running');
  }

  get(batchId: string): ImportBatch {
    return this.view(this.find(batchId));
  }

  cancel(batchId: string): ImportBatch {
    const batch = this.find(batchId);
    batch.cancelled = true;
    for (const item of batch.items) {
      if (item.status === 'queued') this.settle(item, 'cancelled', 'Cancelled before it was read.');
      if (item.status === 'reading' && item.jobId !== undefined) this.pool.cancel(item.jobId);
    }
    return this.view(batch);
  }

  retryWithPassword(batchId: string, index: number, password: string): ImportBatch {
    const batch = this.find(batchId);
    const item = batch.items[index];
    if (!item || item.status !== 'needs-password') {
      throw new AppError('invalid-argument', 'That file is not waiting for a password.');
    }
    item.password = password;
    item.status = 'queued';
    item.message = null;
    batch.cancelled = false;
    this.run(batch, [item]);
    return this.view(batch);
  }

  private run(batch: Batch, items: BatchItem[]): void {
    const queue = [...items];
    const next = async (): Promise<void> => {
      const item = queue.shift();
      if (!item) return;
      await this.importOne(batch, item).catch((error: unknown) => this.fail(item, error));
      return next();
    };
    for (let lane = 0; lane < Math.min(this.parallelFiles, queue.length); lane += 1) {
      batch.running += 1;
      void next().finally(() => {
        batch.running -= 1;
        if (batch.running === 0) void this.carryDeferred(batch).finally(() => this.tidy(batch));
      });
    }
  }

  private async importOne(batch: Batch, item: BatchItem): Promise<void> {
    if (batch.cancelled || item.status !== 'queued') return;
    item.status = 'reading';
    let sha256: string | undefined;
    let releaseDigest: (() => void) | undefined;
    try {
      const fileType = await this.checkFile(item);
      sha256 = await this.library.originals.importFile(item.filePath);
      // The same bytes already on their way in (another batch, or a copy in this one):
      // wait for that import to settle, then this one is a duplicate or goes ahead.
      for (let running = this.digestsInFlight.get(sha256); running; running = this.digestsInFlight.get(sha256)) {
        await running;
      }
      const existing = findDocumentBySha256(this.library.db, sha256);
      if (existing) return this.markDuplicate(item, existing);
      releaseDigest = this.holdDigest(sha256);
      // An import of the same bytes that failed while this one waited took the original away.
      if (!this.library.originals.has(sha256)) await this.library.originals.importFile(item.filePath);
      if (batch.cancelled) throw new ExtractionFailure('cancelled', 'Cancelled.');
      const job = this.pool.run({
        // The worker reads the stored original: the very bytes that were hashed.
        filePath: this.library.originals.pathFor(sha256),
        fileName: item.name,
        fileType,
        password: item.password,
        // With several files, Rev.3 may be stored before Rev.2: marks are carried once all are in.
        store: { sha256, fileName: item.name, kind: batch.kind, deferCarry: batch.items.length > 1 },
        onProgress: (pagesDone, pageCount) => {
          item.pagesDone = pagesDone;
          item.pageCount = pageCount;
        },
      });
      item.jobId = job.jobId;
      const outcome = await job.result;
      if (!outcome.stored) return this.markDuplicate(item, outcome.duplicateOf);
      this.markImported(batch, item, outcome, fileType);
    } catch (error) {
      // Only the import holding the digest may remove its original; others may still use it.
      await this.settleFailure(item, error, releaseDigest ? sha256 : undefined);
    } finally {
      releaseDigest?.();
    }
  }

  /** Marks a digest as being imported until the returned function is called. */
  private holdDigest(sha256: string): () => void {
    let release!: () => void;
    this.digestsInFlight.set(sha256, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.digestsInFlight.delete(sha256);
      release();
    };
  }

  /**
   * A failure may come after the worker committed (a timeout or a cancel racing the reply):
   * then the document is there and says so. Otherwise its stored original goes, unless a
   * document or another import now holds the same bytes.
   */
  private async settleFailure(item: BatchItem, error: unknown, heldSha256: string | undefined): Promise<void> {
    const stored = heldSha256 ? findDocumentBySha256(this.library.db, heldSha256) : undefined;
    if (stored) {
      item.documentId = stored.id;
      item.title = stored.title;
      return this.settle(item, 'imported', null);
    }
    if (heldSha256) {
      try {
        await this.library.originals.removeAsync(heldSha256);
      } catch (removal) {
        // A virus scanner may hold the file a moment; an unused original costs only space.
        console.error('Could not remove an unused original', removal);
      }
    }
    this.fail(item, error);
  }

  /** Refuses what cannot be a document before a worker is spent on it. */
  private async checkFile(item: BatchItem): Promise<SupportedFileType> {
    const handle = await fs.open(item.filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size === 0) {
        throw new ExtractionFailure('empty', 'This file is empty (0 bytes). Get the file again; it may not have finished downloading.');
      }
      const head = new Uint8Array(1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const type = detectFileType(item.name, head.subarray(0, bytesRead));
      if (!type) {
        throw new ExtractionFailure(
          'unsupported',
          item.name.toLowerCase().endsWith('.pdf')
            ? 'This file is named .pdf but is not a PDF (it does not start like one). Get the file again or save it again as PDF.'
            : 'Briefing imports PDF, Word (.docx), text (.txt) and Markdown (.md) files; this file is none of them.',
        );
      }
      return type;
    } finally {
      await handle.close();
    }
  }

  /**
   * Brings the previous revision's marks to a document of the library, through a worker (its
   * PDF is read again). Null when no earlier revision has marks.
   */
  async carryFromPrevious(documentId: number): Promise<CarryResult | null> {
    try {
      return await this.pool.carry(carryJobFor(this.library, documentId)).result;
    } catch (error) {
      throw error instanceof ExtractionFailure ? new AppError('internal', error.message) : error;
    }
  }

  /**
   * An XFDF file's marks, read in an extraction worker (its own process, memory cap and
   * timeout), so a hostile file cannot hold the thread that answers the user.
   * @throws AppError 'invalid-argument' for a file refused for what it holds, 'internal' when the worker failed.
   */
  async readXfdf(xml: string, colours: AnnotationColour[]): Promise<XfdfImport> {
    try {
      return await this.pool.readXfdf(xml, colours).result;
    } catch (error) {
      if (error instanceof ExtractionFailure) throw new AppError(error.kind === 'unsupported' ? 'invalid-argument' : 'internal', error.message);
      throw error;
    }
  }

  /** Carries marks to the batch's later revisions, earliest first, then settles them. */
  private async carryDeferred(batch: Batch): Promise<void> {
    const waiting = new Map(batch.deferred.map((entry) => [entry.item.documentId!, entry]));
    batch.deferred = [];
    for (const documentId of laterRevisionsInOrder(this.library.db, [...waiting.keys()])) {
      const { item, remarks } = waiting.get(documentId)!;
      try {
        const carried = await this.pool.carry(carryJobFor(this.library, documentId, item.password)).result;
        if (carried) remarks.push(describeCarry(carried));
      } catch (error) {
        remarks.push(
          `The annotations of the previous revision could not be carried over (${error instanceof ExtractionFailure || error instanceof AppError ? error.message : 'an unexpected error'}); ` +
            'open this revision and choose Reader → Bring marks from the previous revision.',
        );
      }
      this.settle(item, 'imported', remarks.length > 0 ? remarks.join(' ') : null);
    }
    // Anything not a later revision after all (the library changed meanwhile) is settled as it is.
    for (const { item, remarks } of waiting.values()) {
      if (item.status === 'reading') this.settle(item, 'imported', remarks.length > 0 ? remarks.join(' ') : null);
    }
  }

  private markImported(
    batch: Batch,
    item: BatchItem,
    stored: Extract<StoreOutcome, { stored: true }>,
    fileType: SupportedFileType,
  ): void {
    item.documentId = stored.documentId;
    item.title = stored.title;
    item.pageCount = stored.pageCount;
    item.pagesDone = stored.pageCount;
    item.pagesWithoutText = stored.pagesWithoutText;
    item.passageCount = stored.passageCount;
    if (stored.notices) item.notices = stored.notices;
    let message: string | null = null;
    if (fileType === 'pdf' && stored.pagesWithoutText === stored.pageCount) {
      message = 'This PDF has no text layer (a scan): it is kept but cannot be searched.';
    } else if (stored.pagesWithoutText > 0) {
      message = `${stored.pagesWithoutText} of ${stored.pageCount} pages have no text layer (scans): they are kept but not searchable.`;
    }
    const remarks = [message, stored.carried && describeCarry(stored.carried), stored.carryError].filter((remark) => typeof remark === 'string');
    if (batch.items.length > 1 && laterRevisionsInOrder(this.library.db, [stored.documentId]).length > 0) {
      // Stays "reading" until its marks are carried (carryDeferred), so the batch is not done before.
      batch.deferred.push({ item, remarks });
      return;
    }
    this.settle(item, 'imported', remarks.length > 0 ? remarks.join(' ') : null);
  }

  private markDuplicate(item: BatchItem, existing: { id: number; title: string }): void {
    item.documentId = existing.id;
    item.title = existing.title;
    this.settle(item, 'duplicate', `Already in the library as "${existing.title}"; not imported again.`);
  }

  private fail(item: BatchItem, error: unknown): void {
    if (error instanceof ExtractionFailure) {
      if (error.kind === 'cancelled') return this.settle(item, 'cancelled', 'Cancelled while it was being read.');
      if (error.kind === 'needs-password' || error.kind === 'wrong-password') {
        item.wrongPassword = error.kind === 'wrong-password';
        return this.settle(item, 'needs-password', error.message);
      }
      return this.settle(item, 'error', error.message);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return this.settle(item, 'error', `This file cannot be opened (${code}). Check that it still exists and that you may read it.`);
    }
    if (code === 'ENOSPC') {
      return this.settle(item, 'error', 'The disk is full. Free some space and import this file again.');
    }
    console.error(error);
    this.settle(item, 'error', `This file could not be imported: ${(error as Error).message}`);
  }

  private settle(item: BatchItem, status: ImportItem['status'], message: string | null): void {
    item.status = status;
    item.message = message;
    item.jobId = undefined;
  }

  /** Staged uploads go once nothing in the batch can still use them. */
  private async tidy(batch: Batch): Promise<void> {
    if (batch.items.some((item) => item.status === 'needs-password')) return;
    await fs.rm(batch.stagingDir, { recursive: true, force: true });
  }

  private find(batchId: string): Batch {
    const batch = this.batches.get(batchId);
    if (!batch) throw new AppError('not-found', 'This import is no longer known (Briefing may have restarted). Start it again.');
    return batch;
  }

  private remember(batch: Batch): void {
    this.batches.set(batch.id, batch);
    for (const old of this.batches.keys()) {
      if (this.batches.size <= keptBatches) break;
      if (this.batches.get(old)?.running === 0) this.batches.delete(old);
    }
  }

  private view(batch: Batch): ImportBatch {
    const items = batch.items.map(({ filePath: _path, password: _password, jobId: _job, ...item }) => item);
    const filesDone = items.filter((item) => finalStatuses.has(item.status)).length;
    const running = items.some((item) => item.status === 'queued' || item.status === 'reading');
    return {
      id: batch.id,
      state: running ? 'running' : batch.cancelled ? 'cancelled' : 'finished',
      filesTotal: items.length,
      filesDone,
      pagesDone: items.reduce((sum, item) => sum + item.pagesDone, 0),
      skippedFiles: batch.skippedFiles,
      items,
    };
  }
}

/** "12 annotations carried over from Rev.1: 9 unchanged, 2 on changed text, 1 not found (waiting in the review list)." */
export function describeCarry(carried: CarrySummary): string {
  const total = carried.unchanged + carried.changed + carried.moved + carried.notFound + carried.byPage;
  const parts = [
    carried.unchanged > 0 && `${carried.unchanged} unchanged`,
    carried.changed > 0 && `${carried.changed} on changed text`,
    carried.moved > 0 && `${carried.moved} found in another article (check them)`,
    carried.byPage > 0 && `${carried.byPage} placed by page`,
    carried.notFound > 0 && `${carried.notFound} not found (waiting in the review list)`,
  ].filter(Boolean);
  return `${total} annotation${total === 1 ? '' : 's'} carried over from ${carried.fromSymbol ?? carried.fromRevision}: ${parts.join(', ')}.`;
}
