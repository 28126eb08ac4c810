/**
 * Exposes exactly one object to the page, window.briefing, derived from the contract: the
 * page can invoke the operations the contract declares and nothing else.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { ipcChannelFor, type BriefingBridge } from '../common/bridge';
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
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('briefing', bridge);
