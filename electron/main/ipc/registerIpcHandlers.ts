import type { IpcMain } from 'electron';
import type { BriefingApi } from '../../common/api';
import { grantPathChannel, ipcChannelFor } from '../../common/bridge';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/errors';
import { localPathsOf, operations } from '../../common/schemas';
import type { PathGrants } from '../security/pathGrants';
import { isRendererUrl } from '../security/rendererOrigin';

/**
 * One handler per operation of the contract, derived from the schema table, registered on
 * `ipc` (Electron's ipcMain; a fake in test/unit/electronHardening.test.ts). Each checks the
 * sender (our renderer's top frame only), then the arguments, then calls the service.
 */
export function registerIpcHandlers(
  api: BriefingApi,
  entryUrl: string,
  ipc: Pick<IpcMain, 'handle' | 'on'>,
  grants: PathGrants,
): void {
  for (const operation of operations) {
    ipc.handle(ipcChannelFor(operation.name), async (event, args) => {
      if (!isTrustedSender(event, entryUrl)) return refused();
      // Files on this machine only as the user chose them (security/pathGrants.ts).
      if (grants.refused(localPathsOf(operation.name, args)).length > 0) return notChosen();
      return dispatch(api, operation.name, args);
    });
  }
  ipc.on(grantPathChannel, (event, chosen: unknown) => {
    if (isTrustedSender(event, entryUrl)) grants.grant(chosen);
    event.returnValue = null;
  });
}

function notChosen(): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-argument', message: 'Briefing reads only the files and folders you choose or drop on its window; choose them again (Import files… or Import bundle…).' },
  };
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
