import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/common/contentSecurityPolicy';
import {
  appSchemePrivileges,
  handleAppProtocol,
  registerAppScheme,
  rendererFileFor,
  serveRendererRequest,
} from '../../electron/main/security/appProtocol';

/** A renderer folder of our own, with a secret beside it that no request may reach. */
const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-app-protocol-'));
const rendererDir = path.join(sandbox, 'renderer');

beforeAll(() => {
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(rendererDir, 'pdfjs', 'wasm'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Briefing</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-AbC_12-x.js'), 'export {};');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'pdf.worker.min-CIqJB0yW.mjs'), 'export {};');
  fs.writeFileSync(path.join(rendererDir, 'pdfjs', 'wasm', 'openjpeg.wasm'), new Uint8Array([0, 97, 115, 109]));
  fs.writeFileSync(path.join(rendererDir, '.hidden'), 'hidden');
  fs.writeFileSync(path.join(sandbox, 'secret.txt'), 'secret');
  // A sibling folder whose name starts like the renderer's: a prefix check alone would let it through.
  fs.mkdirSync(path.join(sandbox, 'renderer-evil'));
  fs.writeFileSync(path.join(sandbox, 'renderer-evil', 'index.html'), 'evil');
});
afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveRendererRequest(new Request(url, { method }), rendererDir);

/** Request URLs that name something outside the renderer folder, or in a form Chromium never sends. */
const hostileUrls = [
  'app://briefing/../secret.txt',
  'app://briefing/assets/../../secret.txt',
  'app://briefing/%2e%2e/secret.txt',
  'app://briefing/%2E%2E/secret.txt',
  'app://briefing/.%2e/secret.txt',
  'app://briefing/assets/..%2f..%2fsecret.txt',
  'app://briefing/assets/..%2F..%2Fsecret.txt',
  'app://briefing/..%5csecret.txt',
  'app://briefing/..\\secret.txt',
  'app://briefing/assets\\..\\..\\secret.txt',
  'app://briefing/%252e%252e/secret.txt',
  'app://briefing/%2fetc%2fpasswd',
  'app://briefing//etc/passwd',
  'app://briefing/C:/Windows/win.ini',
  'app://briefing/C:%5cWindows%5cwin.ini',
  'app://briefing/index.html%00.png',
  'app://briefing/.hidden',
  'app://briefing/../renderer-evil/index.html',
  'app://evil/index.html',
  'app://briefing.evil/index.html',
  'app://briefing:8080/index.html',
  'app://user@briefing/index.html',
  'app://briefing@evil/index.html',
  'app://BRIEFING/index.html',
  'app:///index.html',
  'app:briefing/index.html',
  'file:///etc/passwd',
  `file://${path.join(sandbox, 'secret.txt')}`,
  'https://briefing/index.html',
  'not a url',
];

describe('app:// path resolution', () => {
  it('maps the renderer’s own addresses to files under its folder', () => {
    expect(rendererFileFor('app://briefing/', rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://briefing/index.html', rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://briefing/index.html#/reader/12', rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://briefing/assets/index-AbC_12-x.js?v=1', rendererDir)).toBe(
      path.join(rendererDir, 'assets', 'index-AbC_12-x.js'),
    );
    expect(rendererFileFor('app://briefing/pdfjs/cmaps/78-EUC-H.bcmap', rendererDir)).toBe(
      path.join(rendererDir, 'pdfjs', 'cmaps', '78-EUC-H.bcmap'),
    );
  });

  it.each(hostileUrls)('refuses %s', (url) => {
    expect(rendererFileFor(url, rendererDir)).toBeUndefined();
  });

  it('refuses dot segments even where they would stay inside (Chromium sends none)', () => {
    expect(rendererFileFor('app://briefing/./index.html', rendererDir)).toBeUndefined();
    expect(rendererFileFor('app://briefing/assets/../index.html', rendererDir)).toBeUndefined();
  });

  it('reaches every file the renderer build writes (out/renderer)', () => {
    const built = path.resolve('out/renderer');
    const files = fs.readdirSync(built, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(100);
    for (const entry of files) {
      const file = path.join(entry.parentPath, entry.name);
      const url = `app://briefing/${path.relative(built, file).split(path.sep).join('/')}`;
      expect(rendererFileFor(url, built), url).toBe(file);
    }
  });
});

describe('app:// responses', () => {
  it('serves a file with its media type, the CSP and nosniff', async () => {
    const page = await get('app://briefing/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Briefing</title>');

    const script = await get('app://briefing/assets/index-AbC_12-x.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const worker = await get('app://briefing/assets/pdf.worker.min-CIqJB0yW.mjs');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const wasm = await get('app://briefing/pdfjs/wasm/openjpeg.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers HEAD without a body, and other methods 405', async () => {
    const head = await get('app://briefing/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(fs.statSync(path.join(rendererDir, 'index.html')).size));
    expect(await head.text()).toBe('');
    expect((await get('app://briefing/index.html', 'POST')).status).toBe(405);
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('app://briefing/missing.js')).status).toBe(404);
    expect((await get('app://briefing/assets')).status).toBe(404);
  });

  // A Request normalises its URL as Chromium does ('..' resolved, credentials refused), so these
  // reach the handler in their canonical form; each must still find nothing.
  const requestable = hostileUrls.filter((url) => {
    try {
      return new Request(url).url !== '';
    } catch {
      return false;
    }
  });

  it.each(requestable)('answers 404, never the file, for %s', async (url) => {
    const answer = await get(url);
    expect(answer.status).toBe(404);
    const body = await answer.text();
    expect(body).not.toContain('secret');
    expect(body).not.toContain('evil');
  });
});

describe('app:// registration', () => {
  it('declares app: standard, secure and fetchable, and never exempt from the CSP', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([appSchemePrivileges]);
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('handles app: with the renderer folder', async () => {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    handleAppProtocol({ handle: (scheme, handler) => void handlers.set(scheme, handler) }, rendererDir);
    expect([...handlers.keys()]).toEqual(['app']);
    const page = await handlers.get('app')!(new Request('app://briefing/index.html'));
    expect(page.status).toBe(200);
    expect((await handlers.get('app')!(new Request('app://briefing/%2e%2e/secret.txt'))).status).toBe(404);
  });
});
