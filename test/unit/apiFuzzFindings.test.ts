/**
 * Client mistakes the API fuzz (test/e2e/apiFuzz.test.ts) found answered with a 500 or without
 * the house's error shape, each as the input that found it. Every one failed before its fix.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch, maxArgumentDepth, nestingDepth } from '../../electron/common/dispatch';
import { isAppErrorData } from '../../electron/common/errors';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { startHttpHost, type HttpHost } from '../../electron/host/httpHost';

/** A rich text body whose lists nest `depth` times (each list is 4 levels of JSON). */
function nestedRichText(depth: number): unknown {
  let block: unknown = { type: 'paragraph' };
  for (let level = 0; level < depth; level += 1) block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return { type: 'doc', content: [block] };
}

/** Services that must not be reached: the door refuses first. */
const unreachable = new Proxy({}, { get: () => new Proxy({}, { get: () => () => Promise.reject(new Error('the service was called')) }) }) as BriefingApi;

describe('arguments nested too deep', () => {
  it('are refused at the door with a 400-kind error, not a stack overflow (packs.updateSection with lists nested 1,000 deep)', async () => {
    // Before: zod's recursive rich text schema overflowed the stack, and the host answered 500.
    const result = await dispatch(unreachable, 'packs.updateSection', { id: 1, patch: { body: nestedRichText(1_000) } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toMatch(/^Invalid arguments for packs\.updateSection: nested more than 128 levels deep/u);
    }
  });

  it('still lets a reasonably nested text through to the schema', async () => {
    const result = await dispatch(unreachable, 'packs.updateSection', { id: 1, patch: { body: nestedRichText(20), title: '\u0000' } });
    // The schema, not the depth check, answers: the control character in the title.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/patch\.title/u);
  });

  it('are measured without recursion, whatever the depth', () => {
    let deep: unknown = [];
    for (let level = 1; level < 200_000; level += 1) deep = [deep];
    expect(nestingDepth(deep)).toBe(200_000);
    expect(nestingDepth(deep, maxArgumentDepth)).toBe(maxArgumentDepth + 1);
    expect(nestingDepth({ a: [1, { b: 'x' }] })).toBe(3);
    expect(nestingDepth('text')).toBe(0);
  });
});

/** Writes raw bytes to the host and reads all it answers until it closes the connection. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('a request the HTTP parser refuses', () => {
  let host: HttpHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it.each([
    ['a header line without a colon', (port: number) => `POST /api/library.getStatus HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nNot a header\r\n\r\n`],
    // What the fuzz sent: a Content-Length shorter than the body, whose rest is read as a request of its own.
    ['a body longer than its Content-Length', (port: number) => `POST /api/nothing HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer token\r\nContent-Length: 2\r\n\r\n{}}garbage\r\n\r\n`],
  ])('is answered 400 in the house error shape: %s', async (_case, request) => {
    host = await startHttpHost({ api: unreachable, token: 'token' });
    const answer = await exchange(host.port, request(host.port));
    // Before: Node's bare "HTTP/1.1 400 Bad Request" with no body.
    const refusal = answer.slice(answer.lastIndexOf('HTTP/1.1 '));
    expect(refusal).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/u);
    expect(refusal).toMatch(/\r\nContent-Type: application\/json; charset=utf-8\r\n/u);
    const body = JSON.parse(refusal.slice(refusal.indexOf('\r\n\r\n') + 4)) as { ok: boolean; error: unknown };
    expect(body.ok).toBe(false);
    expect(isAppErrorData(body.error)).toBe(true);
    expect(body.error).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/^Malformed HTTP request/u) });
  });
});

describe('a write transaction while another connection writes (an import worker)', () => {
  it('begins IMMEDIATE, so it waits for the lock instead of failing with SQLITE_BUSY when it writes after reading', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-busy-'));
    const file = path.join(folder, 'library.sqlite');
    const host = openDatabase(file);
    const worker = new Database(file);
    try {
      host.exec('CREATE TABLE scratch (x INTEGER)');
      worker.pragma('busy_timeout = 0');
      let workerRefused = false;
      // Before: the host's deferred transaction read, the worker committed, and the host's write
      // failed at once with SQLITE_BUSY (a 500 on packs.updateItem during an import).
      host.transaction(() => {
        host.prepare('SELECT count(*) FROM scratch').get();
        try {
          worker.prepare('INSERT INTO scratch VALUES (1)').run();
        } catch (error) {
          workerRefused = (error as { code?: string }).code === 'SQLITE_BUSY';
        }
        host.prepare('INSERT INTO scratch VALUES (2)').run();
      })();
      expect(workerRefused).toBe(true);
      expect(host.prepare('SELECT x FROM scratch').pluck().all()).toEqual([2]);
    } finally {
      worker.close();
      host.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
