import { app, session } from 'electron';
import { contentSecurityPolicy } from '../../common/contentSecurityPolicy';
import { keepSpellcheckOffline } from './offlineSpellcheck';
import { isExportDownload, isRendererUrl } from './rendererOrigin';

/**
 * Default-deny for everything a page could ask of the shell: permissions (camera, geolocation,
 * notifications ...), new windows, navigation away from the renderer, webviews, downloads
 * other than the renderer's own exports; and no dictionary download (offlineSpellcheck.ts).
 */
export function hardenSession(entryUrl: string): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler(() => false);
  keepSpellcheckOffline(defaultSession, process.platform);

  // Pages served over http (the dev server) get the same CSP the meta tag gives file://.
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });

  // Exports are saved through the usual save dialog; no other download is allowed.
  defaultSession.on('will-download', (event, item) => {
    if (!isExportDownload(item.getURL(), entryUrl)) event.preventDefault();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isRendererUrl(url, entryUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isRendererUrl(url, entryUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
