import { ExtractionFailure } from '../extractors/extractedDocument';
import type { StoreOutcome, StoreRequest } from '../storeAnalysedDocument';
import type { AnnotationColour, CarryResult } from '../../../common/model';
import type { XfdfImport } from '../../export/xfdf';
import type { CarryRequest, ExtractionReply, ExtractionRequest, WorkerChannel, WorkerLauncher, WorkerRequest } from './protocol';

export interface ExtractionJob {
  filePath: string;
  fileName: string;
  fileType: ExtractionRequest['fileType'];
  password?: string;
  store: StoreRequest;
  onProgress?: (pagesDone: number, pageCount: number) => void;
}

export interface ExtractionPoolOptions {
  size: number;
  /** The library the workers write imported documents into. */
  databasePath: string;
  nativeBinding?: string;
  /** Longest one file may take before its worker is killed. */
  timeoutMs: number;
  /** Workers are replaced after this many files, so a slow leak in pdf.js cannot build up. */
  jobsPerWorker?: number;
}

/** Bringing the previous revision's marks to a stored document (see CarryRequest). */
export interface CarryJob {
  documentId: number;
  filePath: string;
  fileType: CarryRequest['fileType'];
  password?: string;
}

/** The library's connection details, which every request carries. */
type Connection = Pick<ExtractionRequest, 'databasePath' | 'nativeBinding'>;

interface PendingJob {
  jobId: number;
  request(connection: Connection): WorkerRequest;
  onProgress?: (pagesDone: number, pageCount: number) => void;
  resolve(value: unknown): void;
  reject(failure: ExtractionFailure): void;
}

interface Worker {
  channel: WorkerChannel;
  job?: PendingJob;
  timer?: NodeJS.Timeout;
  jobsDone: number;
  exited: boolean;
}

/**
 * A fixed number of worker processes, one file each at a time. A worker that crashes, runs
 * out of memory or overruns its time fails only its own file and is replaced.
 */
export class ExtractionPool {
  private readonly queue: PendingJob[] = [];
  private readonly workers = new Set<Worker>();
  private nextJobId = 1;
  private closed = false;

  constructor(
    private readonly launch: WorkerLauncher,
    private readonly options: ExtractionPoolOptions,
  ) {}

  /** Resolves once the document is stored (or found a duplicate); rejects with an ExtractionFailure. */
  run(job: ExtractionJob): { jobId: number; result: Promise<StoreOutcome> } {
    const { onProgress, ...fields } = job;
    return this.enqueue<StoreOutcome>((jobId, connection) => ({ type: 'extract', jobId, ...fields, ...connection }), onProgress);
  }

  /** Resolves with what was carried, or null when no earlier revision has marks; rejects with an ExtractionFailure. */
  carry(job: CarryJob): { jobId: number; result: Promise<CarryResult | null> } {
    return this.enqueue<CarryResult | null>((jobId, connection) => ({ type: 'carry', jobId, ...job, ...connection }));
  }

  /** Resolves with the XFDF file's annotations; rejects with an ExtractionFailure ('unsupported' with the refusal's message for a file refused for what it holds). */
  readXfdf(xml: string, colours: AnnotationColour[]): { jobId: number; result: Promise<XfdfImport> } {
    return this.enqueue<XfdfImport>((jobId, connection) => ({ type: 'xfdf', jobId, xml, colours, ...connection }));
  }

  private enqueue<T>(
    request: (jobId: number, connection: Connection) => WorkerRequest,
    onProgress?: (pagesDone: number, pageCount: number) => void,
  ): { jobId: number; result: Promise<T> } {
    if (this.closed) throw new Error('The extraction pool is closed.');
    const jobId = this.nextJobId++;
    const result = new Promise<T>((resolve, reject) => {
      this.queue.push({ jobId, request: (connection) => request(jobId, connection), onProgress, resolve: resolve as (value: unknown) => void, reject });
    });
    this.dispatch();
    return { jobId, result };
  }

  /** Stops a job: dropped from the queue, or its worker killed mid-file. */
  cancel(jobId: number): void {
    const queued = this.queue.findIndex((job) => job.jobId === jobId);
    if (queued >= 0) {
      const [job] = this.queue.splice(queued, 1);
      job.reject(new ExtractionFailure('cancelled', 'Cancelled.'));
      return;
    }
    for (const worker of this.workers) {
      if (worker.job?.jobId === jobId) this.fail(worker, new ExtractionFailure('cancelled', 'Cancelled.'));
    }
  }

  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ExtractionFailure('cancelled', 'Cancelled.'));
    for (const worker of this.workers) {
      if (worker.job) this.fail(worker, new ExtractionFailure('cancelled', 'Cancelled.'));
      else this.retire(worker);
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker: Worker | undefined;
      try {
        worker = this.idleWorker();
      } catch (error) {
        this.queue.shift()!.reject(
          new ExtractionFailure(
            'crashed',
            `The document reader could not be started (${(error as Error).message}). Close other programs and try again.`,
          ),
        );
        continue;
      }
      if (!worker) return;
      const job = this.queue.shift()!;
      worker.job = job;
      worker.timer = setTimeout(() => {
        const seconds = Math.round(this.options.timeoutMs / 1000);
        this.fail(
          worker,
          new ExtractionFailure(
            'timeout',
            `Reading this file took longer than ${seconds} seconds and was stopped. The file may ` +
              'be damaged or built in an unusual way; try saving it again as PDF.',
          ),
        );
      }, this.options.timeoutMs);
      worker.channel.postMessage(job.request({ databasePath: this.options.databasePath, nativeBinding: this.options.nativeBinding }));
    }
  }

  private idleWorker(): Worker | undefined {
    for (const worker of this.workers) if (!worker.job && !worker.exited) return worker;
    if (this.workers.size >= this.options.size) return undefined;
    const worker: Worker = { channel: this.launch(), jobsDone: 0, exited: false };
    worker.channel.onMessage((message) => this.receive(worker, message));
    worker.channel.onExit((code) => {
      worker.exited = true;
      this.workers.delete(worker);
      if (worker.job) {
        this.fail(
          worker,
          new ExtractionFailure(
            'crashed',
            `The reader stopped while reading this file (exit ${code ?? 'signal'}), most likely ` +
              'because the file needs more memory than allowed or is damaged. Other files are not affected.',
          ),
        );
      }
      this.dispatch();
    });
    this.workers.add(worker);
    return worker;
  }

  private receive(worker: Worker, message: ExtractionReply): void {
    const job = worker.job;
    if (!job || message.jobId !== job.jobId) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.pagesDone, message.pageCount);
      return;
    }
    this.finish(worker);
    if (message.type === 'done') job.resolve(message.outcome);
    else if (message.type === 'carried') job.resolve(message.summary);
    else if (message.type === 'xfdfRead') job.resolve(message.read);
    else if (message.type === 'xfdfRefused') job.reject(new ExtractionFailure('unsupported', message.message));
    else job.reject(new ExtractionFailure(message.kind, message.message));
    worker.jobsDone += 1;
    if (worker.jobsDone >= (this.options.jobsPerWorker ?? 200)) this.retire(worker);
    this.dispatch();
  }

  /** Fails the worker's current job and kills the worker; a fresh one takes its place. */
  private fail(worker: Worker, failure: ExtractionFailure): void {
    const job = worker.job;
    this.finish(worker);
    this.retire(worker);
    job?.reject(failure);
    this.dispatch();
  }

  private finish(worker: Worker): void {
    clearTimeout(worker.timer);
    worker.job = undefined;
  }

  private retire(worker: Worker): void {
    this.workers.delete(worker);
    if (!worker.exited) {
      worker.exited = true;
      worker.channel.kill();
    }
  }
}
