import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binaryFieldsHeader, binaryMediaType, decodeBinaryFields } from '../../electron/common/binaryResult';
import { startHttpHost, type HttpHost } from '../../electron/host/httpHost';
import { importAndWait, importingTestTimeout, temporaryEngine } from './helpers/temporaryLibrary';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch, so the tests can send any Host and Origin they like. */
function request(
  host: HttpHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let sandbox: string;
let staticDir: string;
let host: HttpHost;
const authorized = () => ({ Authorization: `Bearer ${host.token}` });

beforeEach(async () => {
  engine = await temporaryEngine();
  sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-static-'));
  staticDir = path.join(sandbox, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Briefing</title>');
  fs.writeFileSync(path.join(sandbox, 'outside-secret.txt'), 'secret');
  host = await startHttpHost({ api: engine.api, staticDir });
});
afterEach(async () => {
  await host.close();
  await engine.remove();
  fs.rmSync(sandbox, { recursive: true, force: true });
});

describe('the HTTP host', () => {
  it('answers an authorised call with the result envelope', async () => {
    const reply = await request(host, {
      path: '/api/library.getStatus',
      headers: authorized(),
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { dataDir: engine.library.dataDir } });
  });

  it('sends a file result as raw bytes, its other fields in a header', { timeout: importingTestTimeout }, async () => {
    const file = path.join(sandbox, 'Déclaration.txt');
    fs.writeFileSync(file, 'Article 1\nÉgalité en dignité.');
    const batch = await importAndWait(engine.api, { paths: [file] });
    const reply = await fetch(`${host.origin}/api/library.originalFile`, {
      method: 'POST',
      headers: authorized(),
      body: JSON.stringify({ id: batch.items[0].documentId }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toBe(binaryMediaType);
    expect(decodeBinaryFields(reply.headers.get(binaryFieldsHeader))).toEqual({ mediaType: 'text/plain', fileName: 'Déclaration.txt' });
    expect(Buffer.from(await reply.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);
  });

  it('listens on 127.0.0.1 and gives a fresh random token per launch', async () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.appUrl).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
    const other = await startHttpHost({ api: engine.api });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }],
    ['a token without the scheme', { Authorization: 'x' }],
  ])('refuses a call with %s: 401', async (_case, headers: Record<string, string>) => {
    const reply = await request(host, { path: '/api/library.getStatus', headers, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(reply.body).not.toContain(engine.library.dataDir);
  });

  it('refuses a foreign Host header (DNS rebinding): 403, even with the token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `localhost:${host.port + 1}`]) {
      const reply = await request(host, {
        path: '/api/library.getStatus',
        headers: { ...authorized(), Host: hostHeader },
        body: '{}',
      });
      expect(reply.status, hostHeader).toBe(403);
    }
    const page = await request(host, { method: 'GET', path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const viaLocalhost = await request(host, {
      path: '/api/library.getStatus',
      headers: { ...authorized(), Host: `localhost:${host.port}` },
      body: '{}',
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses a call from a foreign Origin: 403', async () => {
    const reply = await request(host, {
      path: '/api/library.getStatus',
      headers: { ...authorized(), Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('refuses malformed JSON with a message: 400', async () => {
    const reply = await request(host, {
      path: '/api/library.listDocuments',
      headers: authorized(),
      body: '{"kind": ',
    });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body);
    expect(body.ok).toBe(false);
    expect(body.error.message).toMatch(/^Malformed JSON in the request body/);
  });

  it('refuses arguments that break the schema: 400; unknown operations: 404; GET: 405', async () => {
    const badArgs = await request(host, {
      path: '/api/library.listDocuments',
      headers: authorized(),
      body: '{"kind":"memo"}',
    });
    expect(badArgs.status).toBe(400);
    expect(JSON.parse(badArgs.body).error.code).toBe('invalid-argument');
    const unknown = await request(host, { path: '/api/library.eraseAll', headers: authorized(), body: '{}' });
    expect(unknown.status).toBe(404);
    const get = await request(host, { method: 'GET', path: '/api/library.getStatus', headers: authorized() });
    expect(get.status).toBe(405);
  });

  it('answers client mistakes with 400 and a message, never 500: a broken %-escape, a control character in a title, a 255-character upload name', { timeout: importingTestTimeout }, async () => {
    const brokenEscape = await request(host, { path: '/api/library.listDocuments%E0%A4%A', headers: authorized(), body: '{}' });
    expect(brokenEscape.status).toBe(400);
    expect(JSON.parse(brokenEscape.body).error.message).toMatch(/Malformed address/);
    expect((await request(host, { method: 'GET', path: '/%E0%A4%A.js', headers: {} })).status).toBe(400);

    const longName = `${'a'.repeat(251)}.md`;
    const upload = await request(host, {
      path: '/api/imports.start',
      headers: authorized(),
      body: JSON.stringify({ files: [{ name: longName, dataBase64: Buffer.from('# Title\n\nSome text.\n').toString('base64') }, { name: 'b.md', dataBase64: Buffer.from('# B\n\nMore text.\n').toString('base64') }] }),
    });
    expect(upload.status).toBe(200);
    const batch = JSON.parse(upload.body).value as { id: string };
    let items: { name: string; status: string; documentId: number | null }[] = [];
    await expect.poll(async () => {
      const reply = await request(host, { path: '/api/imports.getBatch', headers: authorized(), body: JSON.stringify({ batchId: batch.id }) });
      items = JSON.parse(reply.body).value.items;
      return items.map((item) => item.status);
    }, { timeout: importingTestTimeout }).toEqual(['imported', 'imported']);
    expect(items[0].name).toBe(longName);

    const nul = await request(host, { path: '/api/library.updateDocument', headers: authorized(), body: JSON.stringify({ id: items[0].documentId, patch: { title: '\u0000' } }) });
    expect(nul.status).toBe(400);
    expect(JSON.parse(nul.body).error.message).toMatch(/title/);
  });

  it('cuts clients that never finish their headers, and refuses connections beyond its cap', { timeout: 30_000 }, async () => {
    const strict = await startHttpHost({ api: engine.api, staticDir, limits: { headersTimeoutMs: 300, checkIntervalMs: 100, maxConnections: 4 } });
    try {
      // Slow-header clients (slowloris): each sends part of a request line and waits.
      const sockets = Array.from({ length: 10 }, () => net.connect(strict.port, '127.0.0.1'));
      const closed = sockets.map((socket) => new Promise<void>((resolve) => socket.on('close', () => resolve())));
      for (const socket of sockets) {
        socket.on('error', () => undefined);
        // Read what the host answers (408), so its end reaches us and the socket closes.
        socket.resume();
        socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${strict.port}\r\n`);
      }
      // Every one is closed by the host: the four it took when their headers ran late, the others at once.
      await Promise.all(closed);
      const after = await request(strict, { method: 'GET', path: '/', headers: { Host: `127.0.0.1:${strict.port}` } });
      expect(after.status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('reads no file of this machine by its path (browser mode sends uploads): 400', async () => {
    const reply = await request(host, { path: '/api/imports.start', headers: authorized(), body: JSON.stringify({ paths: [path.join(sandbox, 'outside-secret.txt')] }) });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/does not read paths on this machine/u);
    expect(await engine.api.library.listDocuments({})).toEqual([]);
    // Nor as a bundle to import (it was read, and refused only as not a bundle, before).
    const bundle = await request(host, { path: '/api/bundles.startImport', headers: authorized(), body: JSON.stringify({ path: path.join(sandbox, 'outside-secret.txt') }) });
    expect(bundle.status).toBe(400);
    expect(JSON.parse(bundle.body).error.message).toMatch(/does not read paths on this machine/u);
  });

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const page = await request(host, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Briefing</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(page.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(page.headers['content-security-policy']).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const escape of ['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/..%2foutside-secret.txt']) {
      const reply = await request(host, { method: 'GET', path: escape });
      expect(reply.status, escape).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });
});
