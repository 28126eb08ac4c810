/**
 * How long the browser-mode host takes to start: from spawning `out/main/host.js` to its line
 * "Briefing is running at …", on an empty library and on one it has opened before. The crash
 * harness starts it 51 times a run, and a delegate waits for it at every `npm start`.
 *
 *   npm run bench:start [starts]   (default 9; builds first)
 *
 * Method: `starts` starts of each kind, one after another, each ended with SIGKILL once it
 * answers (no quit snapshot); the median and the range. Baseline, in the same run: Node itself
 * starting and exiting (`node -e ""`), so the ratio says what the host adds on this machine.
 * Last line: JSON.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './benchSupport';

const starts = Number(process.argv[2] ?? 9);
const host = path.resolve('out/main/host.js');

/** Milliseconds from spawning `args` until `ready` matches its output (or it exits, for the baseline). */
function timeStart(args: string[], ready?: RegExp): Promise<number> {
  const begun = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let took: number | undefined;
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (took === undefined && ready?.test(output)) {
        took = performance.now() - begun;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => {
      if (!ready) resolve(performance.now() - begun);
      else if (took !== undefined) resolve(took);
      else reject(new Error(`The host exited (${code}) before it was ready:\n${output}`));
    });
  });
}

async function series(make: () => string[], ready?: RegExp): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < starts; index += 1) times.push(await timeStart(make(), ready));
  return times;
}

const running = /Briefing is running at /u;
const hostArgs = (dataDir: string) => [host, '--data-dir', dataDir, '--port', '0', '--no-open'];
const node = await series(() => ['-e', '']);
const fresh = await series(() => hostArgs(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-start-bench-'))), running);
const known = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-start-bench-'));
await timeStart(hostArgs(known), running);
const again = await series(() => hostArgs(known), running);

const summary = (times: number[]) => ({ medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), maxMs: Math.round(Math.max(...times)) });
const result = { starts, node: summary(node), emptyLibrary: summary(fresh), openedBefore: summary(again), ratioToNode: Math.round((median(fresh) / median(node)) * 10) / 10 };
console.log(`Node alone ${result.node.medianMs} ms; host on an empty library ${result.emptyLibrary.medianMs} ms (${result.ratioToNode}× Node), on a library opened before ${result.openedBefore.medianMs} ms (medians of ${starts})`);
console.log(JSON.stringify(result));
