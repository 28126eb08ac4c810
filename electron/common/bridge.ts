import type { Result } from './errors';

/** What the preload puts on window.briefing: one door, envelopes out. */
export interface BriefingBridge {
  transport: 'ipc';
  invoke(operationName: string, args: unknown): Promise<Result<unknown>>;
  /** The path on disk of a file the user dropped or picked, so it is read in place. */
  pathForFile(file: File): string;
}

/** The IPC channel of an operation; main registers and the preload invokes the same names. */
export function ipcChannelFor(operationName: string): string {
  return `briefing:${operationName}`;
}
