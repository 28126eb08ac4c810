import { Worker } from 'node:worker_threads';
import { AppError } from '../../common/errors';
import type { SearchReply, SearchRequest, SearchWorkerData } from './searchProtocol';

type Pending = { resolve(value: unknown): void; reject(error: unknown): void };
type RequestBody = SearchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The serving side of the search worker thread: requests out, replies in, by id. */
export class SearchThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: string | undefined;

  constructor(script: string, data: SearchWorkerData) {
    this.worker = new Worker(script, { workerData: data });
    this.worker.on('message', ({ id, reply }: SearchReply) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.error.code, reply.error.message));
    });
    const failAll = (message: string) => {
      this.stopped ??= message;
      for (const waiting of this.pending.values()) waiting.reject(new AppError('internal', message));
      this.pending.clear();
    };
    this.worker.on('error', (error) => failAll(`Search stopped working (${error.message}). Restart Briefing.`));
    this.worker.on('exit', () => failAll('Search is not running. Restart Briefing.'));
  }

  request<T>(body: RequestBody): Promise<T> {
    if (this.stopped) return Promise.reject(new AppError('internal', this.stopped));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...body, id });
    });
  }

  async close(): Promise<void> {
    if (!this.stopped) await this.request({ type: 'close' }).catch(() => undefined);
    await this.worker.terminate();
  }
}
