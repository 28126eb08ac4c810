/**
 * The crash harness's view of the host: API calls over HTTP with the token, as the browser
 * makes them, told apart by what the caller may conclude: acknowledged (2xx with its result),
 * refused (a 4xx or 5xx answer: the harness's mistake or the host's fault, never a crash), or
 * unanswered (the host died first: the write may or may not have reached the disk).
 */
import type { RunningHost } from './hostProcess';

/** The host died (or its socket closed) before answering. */
export class Unanswered extends Error {}

/** The host answered, but not with a result. */
export class Refused extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    message: string,
  ) {
    super(`${operation} answered ${status}: ${message}`);
  }
}

/**
 * Calls `operation` ("annotations.create") with `args`; resolves with the result's value.
 * Rejects with Unanswered when the connection fails, Refused when the answer is not 2xx.
 */
export async function callHost<T>(host: Pick<RunningHost, 'origin' | 'token'>, operation: string, args: unknown): Promise<T> {
  let response: Response;
  let body: { ok?: boolean; value?: unknown; error?: { message?: string } };
  try {
    response = await fetch(`${host.origin}/api/${operation}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new Unanswered(`${operation}: ${(error as Error).message}`);
  }
  if (!response.ok || body.ok !== true) throw new Refused(operation, response.status, body.error?.message ?? 'no message');
  return body.value as T;
}
