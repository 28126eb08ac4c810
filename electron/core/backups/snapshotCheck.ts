import { Worker } from 'node:worker_threads';
import { SnapshotCheckError, verifySnapshot, type SnapshotContents } from './snapshots';

export interface SnapshotCheckRequest {
  file: string;
  expectedVersion?: number;
  nativeBinding?: string;
}

export type SnapshotCheckReply = { ok: true; contents: SnapshotContents } | { ok: false; message: string; damaged: boolean };

/**
 * verifySnapshot, in a worker thread when `workerScript` (the built backupCheckWorker.js) is
 * given, else on this thread (tests, and tools with nothing else to serve). Same results and
 * errors: SnapshotCheckError for a damaged or foreign snapshot.
 */
export async function checkSnapshot(request: SnapshotCheckRequest, workerScript?: string): Promise<SnapshotContents> {
  if (!workerScript) return verifySnapshot(request.file, request);
  const reply = await new Promise<SnapshotCheckReply>((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: request });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the backup check stopped (exit code ${code})`)));
  });
  if (reply.ok) return reply.contents;
  throw reply.damaged ? new SnapshotCheckError(reply.message) : new Error(reply.message);
}
