/**
 * Issue 14, item 16: the Electron shell's defences, asserted by calling the real handler
 * functions. Electron's binary is not installed where the tests run, so each piece of the
 * shell takes what it registers on (session, app, web contents, ipcMain) as a parameter, and
 * the tests pass fakes that record what was registered, then call it with hostile input.
 */
import { describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { grantPathChannel, ipcChannelFor } from '../../electron/common/bridge';
import { contentSecurityPolicy } from '../../electron/common/contentSecurityPolicy';
import { operations } from '../../electron/common/schemas';
import { isTrustedSender, registerIpcHandlers, type SenderEvent } from '../../electron/main/ipc/registerIpcHandlers';
import { hardenSession, type HardeningTargets } from '../../electron/main/security/hardenSession';
import { closedDictionaryUrl } from '../../electron/main/security/offlineSpellcheck';
import { PathGrants } from '../../electron/main/security/pathGrants';
import { appEntryUrl } from '../../electron/main/security/rendererOrigin';
import { mainWindowOptions } from '../../electron/main/window/mainWindowOptions';

const blobId = '0b3c2f1e-1111-4a4a-9c9c-123456789abc';

/** URLs a hostile page, link or redirect might aim at; none is the renderer. */
const foreignUrls = [
  'file://other-host/opt/Briefing/resources/app/out/renderer/index.html',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://briefing:8080/index.html',
  'https://example.org/',
  'http://127.0.0.1:8080/',
  'about:blank',
  'data:text/html,<h1>hi</h1>',
  `blob:https://evil.example/${blobId}`,
  `blob:app://briefing/${blobId}`,
  'javascript:alert(1)',
];

/** A fake event that records whether a handler refused it. */
function fakeEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

type Handler = (...args: never[]) => unknown;

/** A fake session, app and web contents recording every handler hardenSession registers. */
function hardenedFakes() {
  const registered = new Map<string, Handler>();
  const record = (name: string) => (handler: Handler) => void registered.set(name, handler);
  const onEvent = (prefix: string) => (event: string, handler: Handler) => {
    registered.set(`${prefix}:${event}`, handler);
    return undefined as never;
  };
  const session = {
    setPermissionRequestHandler: record('permission-request'),
    setPermissionCheckHandler: record('permission-check'),
    setDevicePermissionHandler: record('device-permission'),
    on: onEvent('session'),
    webRequest: { onHeadersReceived: record('headers-received') },
    spellCheckerEnabled: true,
    dictionaryUrl: '',
    setSpellCheckerEnabled: (enabled: boolean) => void (session.spellCheckerEnabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => void (session.dictionaryUrl = url),
  };
  const app = { on: onEvent('app') };
  hardenSession(appEntryUrl, { session, app } as unknown as HardeningTargets);
  const contents = { setWindowOpenHandler: record('window-open'), on: onEvent('contents') };
  const created = registered.get('app:web-contents-created') as (event: unknown, contents: unknown) => void;
  created(fakeEvent(), contents);
  const handler = <T extends Handler>(name: string) => {
    const found = registered.get(name);
    if (!found) throw new Error(`hardenSession registered no ${name} handler`);
    return found as unknown as T;
  };
  return { registered, handler, session };
}

describe('the session’s spell checker', () => {
  it.runIf(process.platform !== 'darwin')('downloads no dictionary where Electron would fetch one (Windows, Linux)', () => {
    const { session } = hardenedFakes();
    expect(session.dictionaryUrl).toBe(closedDictionaryUrl);
    expect(session.spellCheckerEnabled).toBe(false);
  });
});

describe('the main window’s webPreferences', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', {
    bounds: { x: 0, y: 0, width: 1280, height: 820 },
    maximized: false,
  });

  it('sandboxes the page, isolates its context and gives it no Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });

  it('sets nothing that would loosen them', () => {
    const preferences = options.webPreferences as Record<string, unknown>;
    for (const loosening of ['experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'session', 'partition', 'javascript', 'plugins']) {
      expect(preferences[loosening], loosening).toBeUndefined();
    }
  });
});

describe('the session’s permissions', () => {
  const { handler } = hardenedFakes();
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string; isMainFrame: boolean }) => void;
  type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string; isMainFrame: boolean }) => boolean;
  const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
    const answers: boolean[] = [];
    handler<RequestHandler>('permission-request')({}, permission, (granted) => answers.push(granted), { requestingUrl, isMainFrame });
    expect(answers).toHaveLength(1);
    return answers[0];
  };
  const check = (permission: string, requestingUrl: string, isMainFrame = true) =>
    handler<CheckHandler>('permission-check')({}, permission, new URL(requestingUrl).origin, { requestingUrl, isMainFrame });

  it.each([
    'media', 'geolocation', 'notifications', 'clipboard-read', 'deprecated-sync-clipboard-read', 'openExternal', 'fullscreen',
    'pointerLock', 'hid', 'serial', 'usb', 'fileSystem', 'local-fonts', 'window-management', 'storage-access', 'unknown',
  ])('refuses %s, even to the renderer itself', (permission) => {
    expect(request(permission, appEntryUrl)).toBe(false);
    expect(check(permission, appEntryUrl)).toBe(false);
  });

  it('lets only the renderer’s top frame write text to the clipboard (its Copy buttons)', () => {
    expect(request('clipboard-sanitized-write', appEntryUrl)).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://briefing/index.html#/precedents')).toBe(true);
    expect(request('clipboard-sanitized-write', appEntryUrl, false)).toBe(false);
    expect(check('clipboard-sanitized-write', appEntryUrl, false)).toBe(false);
    for (const url of foreignUrls) {
      expect(request('clipboard-sanitized-write', url), url).toBe(false);
      expect(check('clipboard-sanitized-write', url), url).toBe(false);
    }
  });

  it('answers a check without a URL by its origin, and refuses every device', () => {
    expect(handler<CheckHandler>('permission-check')(null, 'clipboard-sanitized-write', 'app://briefing', { isMainFrame: true })).toBe(true);
    expect(handler<CheckHandler>('permission-check')(null, 'clipboard-sanitized-write', 'null', { isMainFrame: true })).toBe(false);
    expect(handler<(...args: unknown[]) => boolean>('device-permission')({ deviceType: 'usb', origin: 'app://briefing' })).toBe(false);
  });

  it('puts our CSP on every response the session receives (the dev server’s pages)', () => {
    const answers: unknown[] = [];
    handler<(details: unknown, callback: (response: unknown) => void) => void>('headers-received')(
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src *"] } },
      (response) => answers.push(response),
    );
    expect(answers).toEqual([
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] } },
    ]);
  });
});

describe('every web contents', () => {
  const { handler } = hardenedFakes();

  it('opens no new window', () => {
    const open = handler<(details: unknown) => unknown>('window-open');
    expect(open({ url: 'https://example.org/', frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    expect(open({ url: appEntryUrl, frameName: '', features: '', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
  });

  it.each(['contents:will-navigate', 'contents:will-redirect'])('%s stays on the renderer', (name) => {
    const guard = handler<(event: ReturnType<typeof fakeEvent>, url: string) => void>(name);
    const toRenderer = fakeEvent();
    guard(toRenderer, 'app://briefing/index.html#/search');
    expect(toRenderer.prevented).toBe(false);
    for (const url of foreignUrls) {
      const away = fakeEvent();
      guard(away, url);
      expect(away.prevented, url).toBe(true);
    }
  });

  it('attaches no webview', () => {
    const event = fakeEvent();
    handler<(event: ReturnType<typeof fakeEvent>) => void>('contents:will-attach-webview')(event);
    expect(event.prevented).toBe(true);
  });

  it('downloads only the renderer’s own exports', () => {
    const download = handler<(event: ReturnType<typeof fakeEvent>, item: { getURL(): string }) => void>('session:will-download');
    const ours = fakeEvent();
    download(ours, { getURL: () => `blob:app://briefing/${blobId}` });
    expect(ours.prevented).toBe(false);
    const ownExport = `blob:app://briefing/${blobId}`;
    const others = [...foreignUrls.filter((foreign) => foreign !== ownExport), `blob:file:///${blobId}`, `blob:app://evil/${blobId}`, 'https://example.org/report.pdf'];
    for (const url of others) {
      const theirs = fakeEvent();
      download(theirs, { getURL: () => url });
      expect(theirs.prevented, url).toBe(true);
    }
  });
});

const topFrame = (url: string): SenderEvent => ({ senderFrame: { url, parent: null } });
const subframe = (url: string): SenderEvent => ({ senderFrame: { url, parent: { url: appEntryUrl, parent: null } } });

describe('the IPC sender check', () => {
  it('trusts only the renderer’s top frame', () => {
    expect(isTrustedSender(topFrame(appEntryUrl), appEntryUrl)).toBe(true);
    expect(isTrustedSender(topFrame('app://briefing/index.html#/packs/4'), appEntryUrl)).toBe(true);
  });

  it.each(foreignUrls)('refuses a top frame on %s', (url) => {
    expect(isTrustedSender(topFrame(url), appEntryUrl)).toBe(false);
  });

  it('refuses a subframe, even of our own origin, and a frame already gone', () => {
    expect(isTrustedSender(subframe(appEntryUrl), appEntryUrl)).toBe(false);
    expect(isTrustedSender(subframe('about:blank'), appEntryUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, appEntryUrl)).toBe(false);
  });

  it('guards every operation’s channel with it', async () => {
    const handlers = new Map<string, (event: SenderEvent, args: unknown) => Promise<unknown>>();
    const grantListeners = new Map<string, (event: SenderEvent & { returnValue?: unknown }, chosen: unknown) => void>();
    const ipc = {
      handle: (channel: string, listener: (event: SenderEvent, args: unknown) => Promise<unknown>) => void handlers.set(channel, listener),
      on: (channel: string, listener: (event: SenderEvent, chosen: unknown) => void) => void grantListeners.set(channel, listener),
    };
    const calls: unknown[] = [];
    const api = { settings: { get: async (args: unknown) => (calls.push(args), { language: 'en' }) } } as unknown as BriefingApi;
    const grants = new PathGrants();
    registerIpcHandlers(api, appEntryUrl, ipc as never, grants);
    // A path granted from a foreign page or a subframe grants nothing; from our renderer it does.
    const grant = grantListeners.get(grantPathChannel)!;
    for (const event of [...foreignUrls.map(topFrame), subframe(appEntryUrl)]) grant(event, '/home/adviser/draft.pdf');
    expect(grants.allows('/home/adviser/draft.pdf')).toBe(false);
    grant(topFrame(appEntryUrl), '/home/adviser/draft.pdf');
    expect(grants.allows('/home/adviser/draft.pdf')).toBe(true);
    expect([...handlers.keys()].toSorted()).toEqual(operations.map((operation) => ipcChannelFor(operation.name)).toSorted());

    const settingsGet = handlers.get(ipcChannelFor('settings.get'))!;
    for (const event of [...foreignUrls.map(topFrame), subframe(appEntryUrl), { senderFrame: null }]) {
      expect(await settingsGet(event, {})).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: 'Refused: the request came from an untrusted page.' },
      });
    }
    expect(calls).toEqual([]);
    expect(await settingsGet(topFrame(appEntryUrl), {})).toEqual({ ok: true, value: { language: 'en' } });
    expect(calls).toHaveLength(1);
  });
});
