/**
 * Default-deny for everything a page could ask of the shell: permissions (camera, geolocation,
 * notifications ...), new windows, navigation away from the renderer, webviews, downloads
 * other than the renderer's own exports.
 *
 * Each handler is a named function, and hardenSession takes the session and app it registers
 * them on, so test/unit/electronHardening.test.ts can register them on fakes and call them
 * with hostile input; no value import of 'electron' here.
 */
import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { contentSecurityPolicy } from '../../common/contentSecurityPolicy';
import { isExportDownload, isRendererUrl } from './rendererOrigin';

/** What hardenSession registers on: Electron's `session.defaultSession` and `app`. */
export interface HardeningTargets {
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'> & {
    webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
  };
  app: Pick<App, 'on'>;
}

export function hardenSession(entryUrl: string, { session, app }: HardeningTargets): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  // Pages served over http (the dev server) get the same CSP that app:// sends and the meta tag holds.
  session.webRequest.onHeadersReceived(addContentSecurityPolicy);
  // Exports are saved through the usual save dialog; no other download is allowed.
  session.on('will-download', downloadGuard(entryUrl));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, entryUrl));
}

/** Every web contents (our window, the pack printer's, any other): no popups, no leaving, no webviews. */
export function hardenWebContents(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, entryUrl: string): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  const guard = navigationGuard(entryUrl);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', preventWebviewAttach);
}

/** Refuses every permission a page requests (media, geolocation, notifications, ...). */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Answers every synchronous permission check with no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** Refuses every device (HID, serial, USB) a page asks for. */
export function denyDevicePermission(): boolean {
  return false;
}

/** window.open and target=_blank links open nothing. */
export function denyWindowOpen(_details?: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** will-attach-webview: no webview is ever attached (webviewTag is off as well). */
export function preventWebviewAttach(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
}

/** will-navigate and will-redirect: only to the renderer's own origin (rendererOrigin.ts). */
export function navigationGuard(entryUrl: string): (event: Pick<Event, 'preventDefault'>, url: string) => void {
  return (event, url) => {
    if (!isRendererUrl(url, entryUrl)) event.preventDefault();
  };
}

/** will-download: only the renderer's own exports, blob: URLs of its origin. */
export function downloadGuard(entryUrl: string): (event: Pick<Event, 'preventDefault'>, item: { getURL(): string }) => void {
  return (event, item) => {
    if (!isExportDownload(item.getURL(), entryUrl)) event.preventDefault();
  };
}

/** onHeadersReceived: the response's headers with our CSP set (replacing any the server sent). */
export function addContentSecurityPolicy(
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
): void {
  callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
}
