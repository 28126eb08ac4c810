/**
 * The app:// protocol the window's renderer is served from (issue 14, item 3), instead of
 * file://: a page on app://briefing has an origin of its own, so the navigation, download and
 * IPC checks can compare origins exactly, and no other file on the disk shares it.
 *
 * No value import of 'electron' here: the shell passes its `protocol` in, and unit tests pass
 * fakes and call the handler with hostile requests.
 */
import type { CustomScheme, Protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders, rendererMediaType } from '../../common/rendererFiles';
import { appOrigin, appScheme } from './rendererOrigin';

/**
 * app: as a standard scheme (relative URLs and origins like https), secure (a secure context,
 * like https), reachable by fetch (pdf.js loads its CMaps, fonts and decoders so). Not
 * bypassCSP: the CSP applies to our own pages too. Not corsEnabled, which would let pages of
 * other origins read app:// files (electron/electron#52912); our own requests, module scripts
 * included, are same-origin. No service workers, no streaming.
 * Electron: https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Declares app: privileged; Electron requires this before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** Serves app://briefing/ from `rendererDir` (out/renderer) in the session of `protocol`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererRequest(request, rendererDir));
}

/**
 * A path segment the renderer build writes: letters, digits, '.', '_' and '-', not starting
 * with a dot. This one rule refuses '..' and '.', hidden files, %-escapes (so %2e%2e, %2f,
 * %5c and double encodings), backslashes, drive letters and colons, and empty segments (so
 * '//etc/passwd'). test/unit/appProtocol.test.ts checks every built file still matches.
 */
const plainSegment = /^[\w-][\w.-]*$/;

/**
 * The file under `rendererDir` that `requestUrl` names, or undefined when it names none:
 * another scheme or host (only app://briefing/, exactly as Chromium canonicalises it), a user
 * name, a port, or a path with any segment outside `plainSegment`. The query and fragment are
 * ignored; "app://briefing/" is index.html. Nothing is read from the disk.
 */
export function rendererFileFor(requestUrl: string, rendererDir: string): string | undefined {
  const prefix = `${appOrigin}/`;
  if (!requestUrl.startsWith(prefix)) return undefined;
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0];
  const segments = rawPath === '' ? ['index.html'] : rawPath.split('/');
  if (!segments.every((segment) => plainSegment.test(segment))) return undefined;
  const root = path.resolve(rendererDir);
  const file = path.join(root, ...segments);
  // Already implied by the segment rule; kept so that a change to the rule cannot open a way out.
  return file.startsWith(root + path.sep) ? file : undefined;
}

/**
 * The answer to one app:// request: the file's bytes with its Content-Type and the security
 * headers (the CSP among them), 404 for anything `rendererFileFor` refuses or the disk does not
 * hold (a folder included), 405 for a method other than GET or HEAD. Never throws.
 */
export async function serveRendererRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainAnswer(405, 'Method not allowed.');
  const file = rendererFileFor(request.url, rendererDir);
  if (!file) return plainAnswer(404, 'Not found.');
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    return plainAnswer(404, 'Not found.');
  }
  return new Response(request.method === 'HEAD' ? null : bytes, {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': rendererMediaType(file), 'Content-Length': String(bytes.byteLength) },
  });
}

function plainAnswer(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
