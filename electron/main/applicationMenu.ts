import { app, Menu, type BrowserWindow } from 'electron';
import { commandChannel } from '../common/bridge';
import type { InterfaceLanguage } from '../common/model';
import { menuTemplate } from './menuTemplate';

/** The native menu in the interface language; a click sends the command's id to the renderer, which runs it. */
export function buildApplicationMenu(language: InterfaceLanguage, window: () => BrowserWindow | undefined): Menu {
  return Menu.buildFromTemplate(
    menuTemplate({
      language,
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      runCommand: (id) => window()?.webContents.send(commandChannel, id),
    }),
  );
}
