import { fork } from 'node:child_process';
import type { ExtractionReply, WorkerLauncher } from './protocol';

/** Memory ceiling of one extraction worker's JavaScript heap. */
export const workerHeapMegabytes = 2048;

/**
 * V8 flags for extraction workers: the heap ceiling, and a larger young generation, since
 * pdf.js allocates many short-lived objects (about 4% faster over the corpus).
 */
export const workerExecArgv = [`--max-old-space-size=${workerHeapMegabytes}`, '--max-semi-space-size=32'];

/** Starts extraction workers as Node child processes (the loopback host and the CLI). */
export function forkLauncher(workerScript: string): WorkerLauncher {
  return () => {
    const child = fork(workerScript, [], {
      execArgv: workerExecArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // A failed fork or a send on a closed channel is reported here; the exit that follows
    // (or the timeout) fails the file. Without a listener it would end the whole process.
    child.on('error', (error) => console.error('Extraction worker error:', error.message));
    return {
      postMessage: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as ExtractionReply)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
