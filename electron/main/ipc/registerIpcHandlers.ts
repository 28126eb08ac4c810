import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { BriefingApi } from '../../common/api';
import { ipcChannelFor } from '../../common/bridge';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/errors';
import { operations } from '../../common/schemas';
import { isRendererUrl } from '../security/rendererOrigin';

/**
 * One handler per operation of the contract, derived from the schema table. Each checks the
 * sender (our renderer's top frame only), then the arguments, then calls the service.
 */
export function registerIpcHandlers(api: BriefingApi, entryUrl: string): void {
  for (const operation of operations) {
    ipcMain.handle(ipcChannelFor(operation.name), async (event, args) =>
      isTrustedSender(event, entryUrl)
        ? dispatch(api, operation.name, args)
        : refused(),
    );
  }
}

/** Our renderer's top frame, and nothing else (no subframe, no other page). */
export function isTrustedSender(event: IpcMainInvokeEvent, entryUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isRendererUrl(frame.url, entryUrl);
}

function refused(): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-argument', message: 'Refused: the request came from an untrusted page.' },
  };
}
