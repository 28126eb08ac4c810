/**
 * Default-deny for everything a page could ask of the shell: permissions (camera, geolocation,
 * notifications, clipboard reads ...; and no spell-check dictionary download, offlineSpellcheck.ts; only our renderer's top frame may write text to the
 * clipboard), new windows, navigation away from the renderer, webviews, downloads other than
 * the renderer's own exports.
 *
 * Each handler is a named function, and hardenSession takes the session and app it registers
 * them on, so test/unit/electronHardening.test.ts can register them on fakes and call them
 * with hostile input; no value import of 'electron' here.
 */
import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { contentSecurityPolicy } from '../../common/contentSecurityPolicy';
import { keepSpellcheckOffline, type SpellcheckSession } from './offlineSpellcheck';
import { isExportDownload, isRendererUrl } from './rendererOrigin';

/** What hardenSession registers on: Electron's `session.defaultSession` and `app`. */
export interface HardeningTargets {
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'> &
    SpellcheckSession & {
    webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
  };
  app: Pick<App, 'on'>;
}

/**
 * Registers every guard below on the session and on each web contents the app creates.
 * `entryUrl` is the renderer's address (rendererOrigin.ts): app://briefing/index.html, or the
 * dev server's.
 */
export function hardenSession(entryUrl: string, { session, app }: HardeningTargets): void {
  session.setPermissionRequestHandler(permissionRequestGuard(entryUrl));
  session.setPermissionCheckHandler(permissionCheckGuard(entryUrl));
  session.setDevicePermissionHandler(denyDevicePermission);
  keepSpellcheckOffline(session, process.platform);
  // Pages served over http (the dev server) get the same CSP that the meta tag holds. webRequest
  // never sees app:// (electron/electron#45865): appProtocol.ts sends its CSP itself.
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

/**
 * The one permission the renderer uses: writing text to the clipboard, for its Copy buttons
 * (a precedent's citation, the data folder's path). navigator.clipboard.writeText asks for it,
 * and in Electron fails silently when the session refuses (electron/electron#37158). Reading the
 * clipboard, and every other permission, stays refused.
 */
const grantedToRenderer = new Set<string>(['clipboard-sanitized-write']);

/** Whether `permission` goes to this frame: only a granted one, to the renderer's own top frame. */
function grants(permission: string, frameUrl: string, isMainFrame: boolean, entryUrl: string): boolean {
  return grantedToRenderer.has(permission) && isMainFrame && isRendererUrl(frameUrl, entryUrl);
}

/** setPermissionRequestHandler: every request refused but the renderer's clipboard writes. */
export function permissionRequestGuard(
  entryUrl: string,
): (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string; isMainFrame: boolean }) => void {
  return (_contents, permission, callback, details) =>
    callback(grants(permission, details.requestingUrl, details.isMainFrame, entryUrl));
}

/** setPermissionCheckHandler: every check answered no but the renderer's clipboard writes. */
export function permissionCheckGuard(
  entryUrl: string,
): (contents: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string; isMainFrame: boolean }) => boolean {
  return (_contents, permission, requestingOrigin, details) =>
    grants(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame, entryUrl);
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
