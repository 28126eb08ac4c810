import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { builtWorker, temporaryLibrary } from './helpers/temporaryLibrary';

// Issue 14, fault 5: after 35 kills of the host during imports, a worker went on, committed a
// document no one was told of, then crashed on EPIPE. Here a stand-in host forks the real
// (built) worker, hands it a file, and is killed with SIGKILL at once.
let library: ReturnType<typeof temporaryLibrary>;
let file: string;

beforeEach(async () => {
  library = temporaryLibrary();
  // Long enough that the worker is still reading when its host dies after page 1.
  const pages = Array.from({ length: 400 }, (_, page) => [`Statement by Mexico, page ${page + 1}`, 'Mexico supports draft article 6 as it stands, and asks that paragraph 2 be kept.']);
  fs.writeFileSync(path.join(library.dataDir, 'statement.pdf'), await makeTextPdf(pages));
  file = path.join(library.dataDir, 'statement.pdf');
});
afterEach(() => library.remove());

/** Starts a stand-in host that forks the worker, sends it `request` (if any), prints the worker's pid, and kills itself. */
function hostThatDies(request: unknown): Promise<number> {
  const script = `
    const { fork } = require('node:child_process');
    const worker = fork(${JSON.stringify(builtWorker)}, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const request = ${JSON.stringify(request)};
    const die = () => process.stdout.write(String(worker.pid) + '\\n', () => process.kill(process.pid, 'SIGKILL'));
    // Dies when the worker reports its first page read: mid-file, with the rest still to read.
    worker.on('message', (message) => { if (message.type === 'progress') die(); });
    if (request) worker.send(request);
    else die();
  `;
  const host = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    host.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    host.on('exit', () => (output.trim() ? resolve(Number(output.trim())) : reject(new Error('the stand-in host printed no worker'))));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('an extraction worker whose host is killed', () => {
  it('exits when idle', { timeout: 30_000 }, async () => {
    const worker = await hostThatDies(null);
    await expect.poll(() => alive(worker), { timeout: 20_000 }).toBe(false);
  });

  it('exits mid-file without writing the document', { timeout: 30_000 }, async () => {
    const worker = await hostThatDies({
      type: 'extract',
      jobId: 1,
      filePath: file,
      fileName: 'statement.pdf',
      fileType: 'pdf',
      databasePath: library.databasePath,
      store: { sha256: 'a'.repeat(64), fileName: 'statement.pdf' },
    });
    await expect.poll(() => alive(worker), { timeout: 20_000 }).toBe(false);
    expect(library.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });
});
