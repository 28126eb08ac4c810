import { BrowserWindow } from 'electron';
import type { WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  state: WindowState;
  entry: { url: string; file?: string };
}

/**
 * The one place that sets webPreferences. Sandboxed, context-isolated, no Node in the page,
 * no webviews; the preload exposes only window.briefing.
 */
export function createMainWindow({ preloadPath, state, entry }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Briefing',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  if (entry.file) void window.loadFile(entry.file);
  else void window.loadURL(entry.url);
  return window;
}
