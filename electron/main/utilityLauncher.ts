import { utilityProcess } from 'electron';
import type { ExtractionReply, WorkerLauncher } from '../core/import/worker/protocol';
import { workerExecArgv } from '../core/import/worker/forkLauncher';

/** Extraction workers as Electron utility processes: sandboxed from the window, killable. */
export function utilityLauncher(workerScript: string): WorkerLauncher {
  return () => {
    const child = utilityProcess.fork(workerScript, [], {
      serviceName: 'Briefing document reader',
      execArgv: workerExecArgv,
      stdio: 'ignore',
    });
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: ExtractionReply) => listener(message)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
  };
}
