/**
 * API calls as raw HTTP (node:http, so the test controls every header and byte), the mistakes a
 * client makes on the wire, and the judgement of each answer: a valid result, or a typed 4xx
 * error with a message (the house's shape, common/errors.ts), never anything else.
 */
import http from 'node:http';
import * as fc from 'fast-check';
import { binaryMediaType } from '../../../../electron/common/binaryResult';
import { isAppErrorData } from '../../../../electron/common/errors';

export interface RawRequest {
  /** The path after the origin, as sent (not re-encoded). */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Leave the Authorization header out. */
  noToken?: boolean;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

export type Verdict = 'ok' | 'client-error' | 'status-500' | 'wrong-answer';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** Sends one request to the host; rejects on a network failure (the host gone, a reset). */
export function send(origin: string, token: string, request: RawRequest, timeoutMs = 60_000): Promise<RawAnswer> {
  const url = new URL(origin);
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json', ...request.headers };
  if (!request.noToken) headers.Authorization = `Bearer ${token}`;
  if (request.body && headers['Content-Length'] === undefined) headers['Content-Length'] = request.body.length;
  // A lying Content-Length leaves the connection out of step: give such a request its own.
  const ownConnection = request.headers?.['Content-Length'] !== undefined;
  if (ownConnection) headers.Connection = 'close';
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: url.hostname, port: url.port, path: request.path, method: request.method ?? 'POST', headers, agent: ownConnection ? false : agent, timeout: timeoutMs }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, contentType: String(incoming.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** An API call as the client sends it: POST /api/<operation> with the arguments as JSON. */
export function apiCall(operation: string, args: unknown): RawRequest {
  return { path: `/api/${operation}`, body: Buffer.from(JSON.stringify(args) ?? '') };
}

/**
 * Whether an answer is a valid result, a typed 4xx error with a message, a 500, or something
 * else wrong. The answer to a HEAD request has no body (RFC 9110, 9.3.2): its status and type are judged.
 */
export function judge(answer: RawAnswer, method = 'POST'): Verdict {
  if (answer.status === 500) return 'status-500';
  if (method === 'HEAD') return answer.status >= 400 && answer.status < 500 && answer.contentType.startsWith('application/json') ? 'client-error' : 'wrong-answer';
  if (answer.status === 200 && answer.contentType.startsWith(binaryMediaType)) return 'ok';
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body.toString('utf8'));
  } catch {
    return 'wrong-answer';
  }
  const envelope = parsed as { ok?: unknown; value?: unknown; error?: unknown };
  if (answer.status === 200 && envelope.ok === true && 'value' in envelope) return 'ok';
  if (answer.status >= 400 && answer.status < 500 && envelope.ok === false && isAppErrorData(envelope.error) && envelope.error.message.trim().length > 0) return 'client-error';
  return 'wrong-answer';
}

const contentTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/octet-stream', ''];

/** Bytes that are not UTF-8: a lone continuation byte, an overlong slash, a truncated sequence, 0xFF. */
const invalidUtf8 = [Buffer.from([0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xe2, 0x82]), Buffer.from([0xff, 0xfe]), Buffer.from([0xed, 0xa0, 0x80])];

/** Arguments whose rich text (a pack section's body, or a note) nests lists `depth` times, written as text: deeper than JSON.stringify goes. */
function deepRichTextArguments(depth: number): string {
  const open = '{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth);
  const close = ']}]}'.repeat(depth);
  const body = `{"type":"doc","content":[${open}{"type":"paragraph"}${close}]}`;
  return `{"id":1,"patch":{"body":${body},"note":${body}},"body":${body}}`;
}

/** How a call's body is spoiled on the wire (applied to the JSON of its arguments when it is sent). */
export interface Spoiling {
  /** Cut the body short after this many bytes (modulo its length). */
  cutAt?: number;
  /** Bytes that are not UTF-8, put inside the string that starts after this offset. */
  insert?: { at: number; bytes: Buffer };
  /** Something after the JSON. */
  tail?: string;
  /** A body of its own instead of the JSON. */
  replaceWith?: Buffer;
  contentType: string;
  /** A Content-Length past the host's limit (answered 413 before reading), or shorter than the body. */
  lie: 'none' | 'huge' | 'short';
}

/**
 * The ways a body is spoiled: cut short, with bytes that are not UTF-8 inside a string, with
 * garbage after it, replaced by non-JSON or by JSON of the wrong kind, with a byte-order mark,
 * or sent under a wrong content type or a lying length.
 */
export const spoilings: fc.Arbitrary<Spoiling> = fc.record({
  change: fc.oneof(
    fc.nat().map((cutAt): Partial<Spoiling> => ({ cutAt })),
    fc.tuple(fc.nat(), fc.constantFrom(...invalidUtf8)).map(([at, bytes]): Partial<Spoiling> => ({ insert: { at, bytes } })),
    fc.constantFrom('}', ']', ',', ' garbage', '\u0000', '{}', '\n{"id":1}').map((tail): Partial<Spoiling> => ({ tail })),
    fc.constantFrom('', 'null', 'true', '0', '-1', '"text"', '[]', '[{}]', '{', '{"a":', "{'id':1}", 'NaN', '{"id":NaN}', '{"id":Infinity}', '{"id":0x10}', '{"id":1,"id":2}', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{}}}', '\ufeff{}', 'id=1&x=2', '--x\r\nContent-Disposition: form-data; name="id"\r\n\r\n1\r\n--x--').map((text): Partial<Spoiling> => ({ replaceWith: Buffer.from(text) })),
    fc.constantFrom(1_000, 100_000).map((depth): Partial<Spoiling> => ({ replaceWith: Buffer.from('['.repeat(depth) + ']'.repeat(depth)) })),
    fc.constantFrom(1_000, 5_000).map((depth): Partial<Spoiling> => ({ replaceWith: Buffer.from(deepRichTextArguments(depth)) })),
    fc.uint8Array({ maxLength: 200 }).map((bytes): Partial<Spoiling> => ({ replaceWith: Buffer.from(bytes) })),
  ),
  contentType: fc.constantFrom(...contentTypes),
  lie: fc.constantFrom<Spoiling['lie']>('none', 'none', 'none', 'huge', 'short'),
}).map(({ change, contentType, lie }) => ({ ...change, contentType, lie }));

/** The request for a call whose JSON body is spoiled as `spoiling` says. */
export function spoiledCall(operation: string, args: unknown, spoiling: Spoiling): RawRequest {
  let body: Buffer = Buffer.from(JSON.stringify(args) ?? '{}');
  if (spoiling.replaceWith) body = spoiling.replaceWith;
  if (spoiling.cutAt !== undefined) body = body.subarray(0, spoiling.cutAt % Math.max(body.length, 1));
  if (spoiling.insert) {
    const quote = body.indexOf('"', spoiling.insert.at % Math.max(body.length, 1));
    const where = quote < 0 ? body.length : quote + 1;
    body = Buffer.concat([body.subarray(0, where), spoiling.insert.bytes, body.subarray(where)]);
  }
  if (spoiling.tail) body = Buffer.concat([body, Buffer.from(spoiling.tail)]);
  const headers: Record<string, string> = { 'Content-Type': spoiling.contentType };
  // The host answers 413 without reading; a body it never reads would reset the connection before the answer is read.
  if (spoiling.lie === 'huge') {
    body = body.subarray(0, 64);
    headers['Content-Length'] = String(300 * 1024 * 1024);
  }
  if (spoiling.lie === 'short' && body.length > 1) headers['Content-Length'] = String(Math.floor(body.length / 2));
  return { path: `/api/${operation}`, headers, body };
}

/** Mistakes in the address and the envelope of a call: unknown operations, broken %-escapes, wrong verbs, no token, foreign hosts. */
export function addressMistakes(operationNames: readonly string[]): fc.Arbitrary<RawRequest> {
  const known = fc.constantFrom(...operationNames);
  const unknownName = fc.oneof(
    fc.string({ maxLength: 30 }).map((name) => encodeURIComponent(name)),
    fc.string({ unit: 'binary', maxLength: 20 }).map((name) => encodeURIComponent(name.replace(/[\ud800-\udfff]/gu, '?'))),
    fc.constantFrom('', '.', '..', 'library.', '.listDocuments', 'library.__proto__', '__proto__.toString', 'library.constructor', 'constructor.name', 'toString', 'library.listDocuments.x', 'Library.ListDocuments', 'library.listDocuments%00', 'library%2elistDocuments', '%E0%A4%A', '%', '%zz', '%2e%2e/%2e%2e/etc/passwd', 'library.listDocuments/../search.rebuild', 'x'.repeat(5_000)),
    known.map((name) => name.toUpperCase()),
    known.map((name) => `${name}?x=%zz`),
  );
  return fc.oneof(
    unknownName.map((name) => ({ path: `/api/${name}`, body: Buffer.from('{}') })),
    fc.tuple(known, fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD')).map(([name, method]) => ({ path: `/api/${name}`, method })),
    known.map((name) => ({ path: `/api/${name}`, body: Buffer.from('{}'), noToken: true })),
    fc.tuple(known, fc.constantFrom('Bearer ', 'Bearer x', 'Basic abc', 'bearer', '')).map(([name, authorization]) => ({ path: `/api/${name}`, body: Buffer.from('{}'), noToken: true, headers: { Authorization: authorization } })),
    fc.tuple(known, fc.constantFrom('evil.example:80', 'localhost', '127.0.0.1', '')).map(([name, host]) => ({ path: `/api/${name}`, body: Buffer.from('{}'), headers: { Host: host } })),
    fc.tuple(known, fc.constantFrom('http://evil.example', 'null', 'file://')).map(([name, origin]) => ({ path: `/api/${name}`, body: Buffer.from('{}'), headers: { Origin: origin } })),
  );
}
