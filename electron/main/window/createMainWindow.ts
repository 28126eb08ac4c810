import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './mainWindowOptions';
import type { WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  state: WindowState;
  /** app://briefing/index.html, or the dev server's address (rendererOrigin.ts). */
  entryUrl: string;
}

/** The main window, hardened by mainWindowOptions, shown once its first paint is ready. */
export function createMainWindow({ preloadPath, state, entryUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, state));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
