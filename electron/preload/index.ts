/**
 * Exposes exactly one object to the page, window.briefing, derived from the contract: the
 * page can invoke the operations the contract declares and nothing else.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  commandChannel,
  filesOpenedChannel,
  grantPathChannel,
  ipcChannelFor,
  openDataFolderChannel,
  takeOpenedFilesChannel,
  type BriefingBridge,
} from '../common/bridge';
import { isCommandId } from '../common/commands';
import { findOperation } from '../common/schemas';

const bridge: BriefingBridge = {
  transport: 'ipc',
  invoke(operationName, args) {
    if (!findOperation(operationName)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not-found', message: `Unknown operation "${operationName}".` },
      });
    }
    return ipcRenderer.invoke(ipcChannelFor(operationName), args);
  },
  pathForFile: (file) => {
    // '' for a File the page made itself: only the user's own choices become paths, and only
    // those may be imported (main/security/pathGrants.ts). Synchronous, so the grant is in
    // place before the import that follows asks for it.
    const chosen = webUtils.getPathForFile(file);
    if (chosen) ipcRenderer.sendSync(grantPathChannel, chosen);
    return chosen;
  },
  onCommand(listener) {
    // Only ids of declared commands reach the page, whatever arrives on the channel.
    const forward = (_event: Electron.IpcRendererEvent, commandId: unknown) => {
      if (isCommandId(commandId)) listener(commandId);
    };
    ipcRenderer.on(commandChannel, forward);
    return () => ipcRenderer.off(commandChannel, forward);
  },
  openDataFolder: () => ipcRenderer.invoke(openDataFolderChannel),
  // Main answers with strings only; anything else becomes an empty list at this door.
  takeOpenedFiles: async () => {
    const paths: unknown = await ipcRenderer.invoke(takeOpenedFilesChannel);
    return Array.isArray(paths) ? paths.filter((file): file is string => typeof file === 'string') : [];
  },
  onFilesOpened(listener) {
    const forward = () => listener();
    ipcRenderer.on(filesOpenedChannel, forward);
    return () => ipcRenderer.off(filesOpenedChannel, forward);
  },
};

contextBridge.exposeInMainWorld('briefing', bridge);
