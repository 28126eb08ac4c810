/**
 * The search worker thread: owns the index and its own read connection to the library, so a
 * query, an index update or a rebuild never holds up the thread that answers the user.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type Result } from '../../common/errors';
import { openDatabase } from '../db/openDatabase';
import { SearchEngine } from './searchEngine';
import type { SearchRequest, SearchWorkerData } from './searchProtocol';

const { databasePath, nativeBinding } = workerData as SearchWorkerData;
const db = openDatabase(databasePath, { nativeBinding });
const engine = new SearchEngine(db, path.join(path.dirname(databasePath), 'search', 'index.bin'), (message) =>
  console.error(`[search] ${message}`),
);
const started = engine.start().catch((error: unknown) => console.error('[search] start failed', error));

function answer(request: SearchRequest): unknown {
  switch (request.type) {
    case 'query':
      return engine.query(request.query, request.options);
    case 'status':
      return engine.status();
    case 'rebuild':
      void engine.rebuild();
      return engine.status();
    case 'page':
      return engine.page(request.documentId, request.pageIndex, request.terms);
    case 'precedents':
      return engine.precedents(request.text, request.limit);
    case 'close':
      return null;
  }
}

parentPort!.on('message', async (request: SearchRequest) => {
  // Status answers at once, even during the first build; everything else waits for start.
  if (request.type !== 'status' && request.type !== 'rebuild') await started;
  if (request.type === 'close') {
    // A build in progress finishes (or fails) before the database closes under it.
    await engine.settle();
    engine.close();
    db.close();
  }
  let reply: Result<unknown>;
  try {
    reply = { ok: true, value: answer(request) };
  } catch (error) {
    reply = error instanceof AppError
      ? { ok: false, error: error.toJSON() }
      : { ok: false, error: { code: 'internal', message: `Search failed: ${(error as Error).message}` } };
  }
  parentPort!.postMessage({ id: request.id, reply });
});
