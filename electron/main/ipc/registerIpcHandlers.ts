import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { BriefingApi } from '../../common/api';
import { grantPathChannel, ipcChannelFor } from '../../common/bridge';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/errors';
import { operations } from '../../common/schemas';
import type { PathGrants } from '../security/pathGrants';
import { isRendererUrl } from '../security/rendererOrigin';

/**
 * One handler per operation of the contract, derived from the schema table. Each checks the
 * sender (our renderer's top frame only), then the arguments, then calls the service.
 */
export function registerIpcHandlers(api: BriefingApi, entryUrl: string, grants: PathGrants): void {
  for (const operation of operations) {
    ipcMain.handle(ipcChannelFor(operation.name), async (event, args) => {
      if (!isTrustedSender(event, entryUrl)) return refused();
      // Files on this machine only as the user chose them (security/pathGrants.ts).
      if (operation.name === 'imports.start' && grants.refused(args).length > 0) return notChosen();
      return dispatch(api, operation.name, args);
    });
  }
  ipcMain.on(grantPathChannel, (event, chosen: unknown) => {
    if (isTrustedSender(event, entryUrl)) grants.grant(chosen);
    event.returnValue = null;
  });
}

function notChosen(): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-argument', message: 'Briefing imports only the files and folders you choose or drop on its window; choose them again with Import files….' },
  };
}

/** Our renderer's top frame, and nothing else (no subframe, no other page). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, entryUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isRendererUrl(frame.url, entryUrl);
}

function refused(): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-argument', message: 'Refused: the request came from an untrusted page.' },
  };
}
