/**
 * A worker thread that checks one snapshot and exits: `PRAGMA integrity_check` reads the whole
 * file (about 2 s for 150 MB, measured), which must not hold up the thread that answers the user.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SnapshotCheckError, verifySnapshot } from './snapshots';
import type { SnapshotCheckReply, SnapshotCheckRequest } from './snapshotCheck';

const { file, expectedVersion, nativeBinding } = workerData as SnapshotCheckRequest;
let reply: SnapshotCheckReply;
try {
  reply = { ok: true, contents: verifySnapshot(file, { expectedVersion, nativeBinding }) };
} catch (error) {
  reply = { ok: false, message: (error as Error).message, damaged: error instanceof SnapshotCheckError };
}
parentPort!.postMessage(reply);
