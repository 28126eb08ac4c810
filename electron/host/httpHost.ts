/**
 * The contract's services over HTTP on loopback: the browser mode of `npm start` and the
 * transport of the end-to-end tests. POST /api/<service>.<method> with a JSON body and
 * `Authorization: Bearer <token>`; everything else is the built renderer, read-only.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BriefingApi } from '../common/api';
import { binaryFieldsHeader, binaryMediaType, encodeBinaryFields, isBinaryResultValue } from '../common/binaryResult';
import { dispatch } from '../common/dispatch';
import type { ErrorCode, Result } from '../common/errors';
import { rendererMediaType, securityHeaders } from '../common/rendererFiles';
import { localPathsOf } from '../common/schemas';

export interface HttpHostOptions {
  api: BriefingApi;
  /** The built renderer (out/renderer); when absent only the API is served. */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** How long a client may take, and how many may be connected; defaults in `defaultConnectionLimits`. */
  limits?: Partial<ConnectionLimits>;
}

/** Bounds on what one client can hold of the host (issue 14: 200 slow-header sockets stayed open 75 s). */
export interface ConnectionLimits {
  /** Milliseconds to send the request's headers (Node's server.headersTimeout; 60 s by default there). */
  headersTimeoutMs: number;
  /** Milliseconds to send the whole request, body included (server.requestTimeout). */
  requestTimeoutMs: number;
  /** Milliseconds an idle kept-alive connection stays open (server.keepAliveTimeout). */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above (http.createServer's connectionsCheckingInterval; 30 s by default). */
  checkIntervalMs: number;
  /** Connections open at once; more are refused (server.maxConnections). */
  maxConnections: number;
}

/**
 * Loopback clients are the app's own window and the CLI's tests: a few connections, headers in
 * milliseconds. Ten seconds for headers is far beyond any of them; two minutes for a request
 * lets a 256 MB upload through on a slow laptop.
 */
export const defaultConnectionLimits: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 64,
};

export interface HttpHost {
  port: number;
  token: string;
  origin: string;
  /** The address to open: the token travels in the fragment, never to a server log. */
  appUrl: string;
  close(): Promise<void>;
}

const loopbackAddress = '127.0.0.1';
/** Uploads travel as base64 JSON in browser mode; the desktop app and the CLI read files in place. */
const maxBodyBytes = 256 * 1024 * 1024;

const statusByErrorCode: Record<ErrorCode, number> = {
  'invalid-argument': 400,
  'not-found': 404,
  conflict: 409,
  unsupported: 422,
  'database-too-new': 409,
  storage: 507,
  internal: 500,
};

/** A path's %-escapes decoded, or undefined when one is malformed (decodeURIComponent throws URIError). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expectedAuthorization = Buffer.from(`Bearer ${token}`);
  let allowedHosts = new Set<string>();

  const limits = { ...defaultConnectionLimits, ...options.limits };
  const server = http.createServer({ connectionsCheckingInterval: limits.checkIntervalMs, headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, keepAliveTimeout: limits.keepAliveTimeoutMs }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) {
        sendError(response, 500, 'internal', 'The Briefing host failed to answer; try again.');
      } else {
        response.destroy();
      }
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    // A DNS-rebinding page reaches us under its own host name: refuse anything but ours.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendError(response, 403, 'invalid-argument', 'Forbidden host.');
    }
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    // "%E0%A4%A" and the like: the client's mistake, not the host's failure.
    if (decodedPath(url.pathname) === undefined) return sendError(response, 400, 'invalid-argument', 'Malformed address (a broken %-escape); check the link.');
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, 405, 'invalid-argument', 'Method not allowed.');
    }
    return serveStatic(response, url.pathname, request.method === 'HEAD');
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ) {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendError(response, 403, 'invalid-argument', 'Forbidden origin.');
    }
    const authorization = Buffer.from(request.headers.authorization ?? '');
    if (
      authorization.length !== expectedAuthorization.length ||
      !timingSafeEqual(authorization, expectedAuthorization)
    ) {
      return sendError(
        response,
        401,
        'invalid-argument',
        'Missing or wrong access token. Open Briefing with the address printed when it started.',
      );
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return sendError(response, 405, 'invalid-argument', 'Use POST for API calls.');
    }
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    const body = declaredLength > maxBodyBytes ? undefined : await readBody(request);
    if (body === undefined) {
      response.setHeader('Connection', 'close');
      return sendError(
        response,
        413,
        'invalid-argument',
        `These files are too large to send at once (over ${maxBodyBytes / 1024 / 1024} MB). Import ` +
          'fewer at a time, or use the command line (npm run cli -- import), which reads files in place.',
      );
    }
    let args: unknown = {};
    if (body.length > 0) {
      try {
        args = JSON.parse(body.toString('utf8'));
      } catch (error) {
        return sendError(
          response,
          400,
          'invalid-argument',
          `Malformed JSON in the request body: ${(error as Error).message}`,
        );
      }
    }
    const operationName = decodedPath(url.pathname.slice('/api/'.length))!;
    // A page reads no file of this machine by its path: in browser mode the page sends the
    // files the user chose, as uploads (the CLI, not over HTTP, reads paths; so does the
    // desktop app, for paths the user chose: main/security/pathGrants.ts).
    if (localPathsOf(operationName, args).length > 0) {
      return sendError(response, 400, 'invalid-argument', 'In the browser, Briefing reads the files you choose or drop, sent by the page; it does not read paths on this machine. Use Import files… or Import bundle…, or the command line (npm run cli -- import, or bundle import).');
    }
    const result = await dispatch(options.api, operationName, args);
    if (result.ok && isBinaryResultValue(result.value)) return sendBinary(response, result.value);
    sendJson(response, result.ok ? 200 : statusByErrorCode[result.error.code], result);
  }

  function serveStatic(response: http.ServerResponse, pathname: string, headOnly: boolean) {
    const staticDir = options.staticDir;
    if (!staticDir) return sendError(response, 404, 'not-found', 'Not found.');
    const relative = pathname === '/' ? 'index.html' : decodedPath(pathname.slice(1))!;
    const file = path.resolve(staticDir, relative);
    if (!file.startsWith(path.resolve(staticDir) + path.sep)) {
      return sendError(response, 404, 'not-found', 'Not found.');
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return sendError(response, 404, 'not-found', 'Not found.');
    }
    response.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': rendererMediaType(file),
      'Content-Length': bytes.length,
      'Cache-Control': relative === 'index.html' ? 'no-store' : 'private, max-age=3600',
    });
    response.end(headOnly ? undefined : bytes);
  }

  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopbackAddress, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${loopbackAddress}:${port}`, `localhost:${port}`]);
  const origin = `http://${loopbackAddress}:${port}`;

  return {
    port,
    token,
    origin,
    appUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, keep reading but stop keeping, so the 413 reply can still be sent.
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBodyBytes ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendBinary(response: http.ServerResponse, value: { data: Uint8Array } & Record<string, unknown>) {
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': binaryMediaType,
    'Content-Length': value.data.byteLength,
    [binaryFieldsHeader]: encodeBinaryFields(value),
    'Cache-Control': 'no-store',
  });
  response.end(value.data);
}

function sendJson(response: http.ServerResponse, status: number, body: Result<unknown>) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendError(
  response: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
) {
  sendJson(response, status, { ok: false, error: { code, message } });
}
