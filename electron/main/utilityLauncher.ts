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
    // kill() does nothing before the process has started (it has no pid yet): remember the
    // request and carry it out once it has, so a cancelled file can never be written later.
    let started = false;
    let killRequested = false;
    child.once('spawn', () => {
      started = true;
      if (killRequested) child.kill();
    });
    // A fatal V8 error in the worker: its exit event fails the file; without a listener the
    // error would be thrown in the main process.
    child.on('error', (type, location) => console.error('Document reader failed:', type, location));
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: ExtractionReply) => listener(message)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => {
        killRequested = true;
        if (started) child.kill();
      },
    };
  };
}
