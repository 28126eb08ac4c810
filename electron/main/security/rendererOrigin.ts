/**
 * Which page our window may show and which frames our IPC answers. Pure logic (no Electron):
 * the shell's navigation, download and IPC sender checks all come here, and unit tests call
 * them with hostile URLs.
 */

/** The privileged scheme the built renderer is served from (see appProtocol.ts). */
export const appScheme = 'app';
/** The one host under app:; any other is refused by the protocol and by every check here. */
export const appHost = 'briefing';
export const appOrigin = `${appScheme}://${appHost}`;
/** The address the window opens in production. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The address the window opens: electron-vite's dev server while developing (its
 * ELECTRON_RENDERER_URL, passed only by an unpackaged app), else the built renderer on app://.
 */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl || appEntryUrl;
}

/** Schemes the renderer can be served from: app: in production, http(s): for the dev server. */
const rendererSchemes = new Set([`${appScheme}:`, 'http:', 'https:']);

/**
 * True when `candidate` has exactly the origin of `entryUrl` (same scheme, host and port, no
 * user name or password). The origin is compared part by part rather than through URL.origin,
 * which is "null" for every non-special scheme (app:, file:) and so would match any of them.
 * file:, data:, blob:, about: and unparsable strings are never the renderer.
 */
export function isRendererUrl(candidate: string, entryUrl: string): boolean {
  const url = parsed(candidate);
  const entry = parsed(entryUrl);
  if (!url || !entry || !rendererSchemes.has(entry.protocol)) return false;
  return (
    url.protocol === entry.protocol &&
    url.host === entry.host &&
    url.username === '' &&
    url.password === '' &&
    entry.username === '' &&
    entry.password === ''
  );
}

/** A blob: URL's path as Chromium mints it in URL.createObjectURL: "/" and a UUID. */
const blobPath = /^\/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * Downloads the shell lets through: only files the renderer made itself (exports, see
 * renderer/src/api/files.ts), as blob: URLs of the renderer's own origin
 * (blob:app://briefing/<uuid>). Any other download a page might start is refused.
 */
export function isExportDownload(candidate: string, entryUrl: string): boolean {
  if (!candidate.startsWith('blob:')) return false;
  const inner = parsed(candidate.slice('blob:'.length));
  if (!inner || inner.search !== '' || inner.hash !== '' || !blobPath.test(inner.pathname)) return false;
  return isRendererUrl(inner.href, entryUrl);
}

function parsed(candidate: string): URL | undefined {
  try {
    return new URL(candidate);
  } catch {
    return undefined;
  }
}
