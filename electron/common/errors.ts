/**
 * The one error shape that crosses a process boundary. `message` is written for the person
 * who reads it: what failed, and what to do about it.
 */
export const errorCodes = [
  'invalid-argument',
  'not-found',
  'conflict',
  'unsupported',
  'database-too-new',
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toJSON(): AppErrorData {
    return { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.message === 'string' &&
    typeof candidate.code === 'string' &&
    (errorCodes as readonly string[]).includes(candidate.code)
  );
}
