import type { Result } from './errors';

/** What the preload puts on window.briefing: one door, envelopes out. */
export interface BriefingBridge {
  transport: 'ipc';
  invoke(operationName: string, args: unknown): Promise<Result<unknown>>;
}

/** The IPC channel of an operation; main registers and the preload invokes the same names. */
export function ipcChannelFor(operationName: string): string {
  return `briefing:${operationName}`;
}
