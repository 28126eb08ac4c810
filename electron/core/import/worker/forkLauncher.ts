import { fork } from 'node:child_process';
import type { ExtractionReply, WorkerLauncher } from './protocol';

/** Memory ceiling of one extraction worker's JavaScript heap. */
export const workerHeapMegabytes = 2048;

/** Starts extraction workers as Node child processes (the loopback host and the CLI). */
export function forkLauncher(workerScript: string): WorkerLauncher {
  return () => {
    const child = fork(workerScript, [], {
      execArgv: [`--max-old-space-size=${workerHeapMegabytes}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return {
      postMessage: (message) => child.send(message),
      onMessage: (listener) => child.on('message', (message) => listener(message as ExtractionReply)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
