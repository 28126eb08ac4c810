import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './windowState';

/**
 * The one place that sets webPreferences (asserted by test/unit/electronHardening.test.ts).
 * Sandboxed, context-isolated, no Node in the page or its workers and frames, web security on,
 * no webviews, no navigation by dropping a file; the preload exposes only window.briefing.
 * Electron's checklist: https://www.electronjs.org/docs/latest/tutorial/security
 */
export function mainWindowOptions(preloadPath: string, state: WindowState): BrowserWindowConstructorOptions {
  return {
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
  };
}
