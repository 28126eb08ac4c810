import type { IpcMain } from 'electron';
import type { BriefingApi } from '../../common/api';
import { ipcChannelFor } from '../../common/bridge';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/errors';
import { operations } from '../../common/schemas';
import { isRendererUrl } from '../security/rendererOrigin';

/**
 * One handler per operation of the contract, derived from the schema table, registered on
 * `ipc` (Electron's ipcMain; a fake in test/unit/electronHardening.test.ts). Each checks the
 * sender (our renderer's top frame only), then the arguments, then calls the service.
 */
export function registerIpcHandlers(api: BriefingApi, entryUrl: string, ipc: Pick<IpcMain, 'handle'>): void {
  for (const operation of operations) {
    ipc.handle(ipcChannelFor(operation.name), async (event, args) =>
      isTrustedSender(event, entryUrl)
        ? dispatch(api, operation.name, args)
        : refused(),
    );
  }
}

/** What isTrustedSender reads of an IPC event: the sending frame, null once it is gone. */
export type SenderEvent = { senderFrame: { url: string; parent: unknown } | null };

/**
 * Our renderer's top frame, and nothing else: no subframe (of any origin), no frame already
 * gone, no other page (an exact origin match, rendererOrigin.ts).
 */
export function isTrustedSender(event: SenderEvent, entryUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isRendererUrl(frame.url, entryUrl);
}

function refused(): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-argument', message: 'Refused: the request came from an untrusted page.' },
  };
}
