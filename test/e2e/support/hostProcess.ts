import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const builtHost = path.join(projectRoot, 'out/main/host.js');
const builtCli = path.join(projectRoot, 'out/main/cli.js');

export interface RunningHost {
  appUrl: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
  /** Ends the host as a crash or power cut would: SIGKILL, no chance to clean up. */
  kill(): Promise<void>;
  /** What the host printed so far (stdout and stderr), to explain a failure it answered. */
  output(): string;
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
}

/** Starts the built host (what `npm start` runs in browser mode) and waits for its address. */
export async function startBuiltHost(dataDir: string): Promise<RunningHost> {
  if (!fs.existsSync(builtHost)) {
    throw new Error(`${builtHost} is missing: run "npm run build" first (npm test does).`);
  }
  const child = spawn(process.execPath, [builtHost, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const appUrl = await new Promise<string>((resolve, reject) => {
    // Only a hang guard: the wait ends when the host says its address or exits. It starts in
    // about a second idle, but took over 20 s with a load average of 15 on two cores (a CI run
    // beside seven builds), which failed a test that had nothing wrong.
    const timer = setTimeout(() => reject(new Error(`The host did not start within 2 minutes:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Briefing is running at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(appUrl);
  return {
    appUrl,
    origin: url.origin,
    token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
    dataDir,
    stop: () => stopProcess(child),
    kill: () => stopProcess(child, 'SIGKILL'),
    output: () => output,
  };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export { builtCli };
