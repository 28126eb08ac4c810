/**
 * The door every transport goes through: find the operation, check its arguments against the
 * schema, call the service, and wrap the outcome in a Result envelope. Pure logic: no
 * electron, no node, no DOM.
 */
import type { BriefingApi } from './api';
import { AppError, type Result } from './errors';
import { describeSchemaError, findOperation } from './schemas';

export async function dispatch(
  api: BriefingApi,
  operationName: string,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  const operation = findOperation(operationName);
  if (!operation) {
    return failure(new AppError('not-found', `Unknown operation "${operationName}".`));
  }
  // Zod walks a recursive schema (rich text) by recursion: a list nested thousands deep overflowed
  // the stack, which is a 500 (found by the API fuzz). No valid call nests anywhere near this.
  if (nestingDepth(rawArgs, maxArgumentDepth) > maxArgumentDepth) {
    return failure(
      new AppError(
        'invalid-argument',
        `Invalid arguments for ${operation.name}: nested more than ${maxArgumentDepth} levels deep (lists inside lists?); flatten the text and try again.`,
      ),
    );
  }
  const parsed = operation.schema.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return failure(
      new AppError(
        'invalid-argument',
        `Invalid arguments for ${operation.name}: ${describeSchemaError(parsed.error)}.`,
      ),
    );
  }
  const service = api[operation.service] as unknown as Record<
    string,
    (args: unknown) => Promise<unknown>
  >;
  try {
    const value = await service[operation.method].call(service, parsed.data);
    return { ok: true, value };
  } catch (error) {
    return failure(error);
  }
}

/**
 * How deep arguments may nest (objects and arrays, counted from the arguments object as 1). The
 * deepest valid call is rich text: a list inside a list adds 4 levels, so this leaves room for
 * lists nested about 30 deep, far beyond what anyone writes or the editor shows.
 */
export const maxArgumentDepth = 128;

/**
 * The nesting depth of a value (0 for a scalar, 1 for `{}` or `[]`), counted without recursion so
 * that hostile input cannot overflow the stack here either; stops counting past `limit`.
 */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return deepest;
}

/** SQLite's result codes for a value a table's constraints refuse (https://sqlite.org/rescode.html#constraint). */
const refusedByConstraint = /^SQLITE_CONSTRAINT/u;

function failure(error: unknown): Result<never> {
  if (error instanceof AppError) return { ok: false, error: error.toJSON() };
  // A value the schema let through but a table refuses is still the caller's to correct, not
  // a failure of Briefing (a 400, not a 500); the schemas are the first line, this the last.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && refusedByConstraint.test(code)) {
    console.error(error);
    return { ok: false, error: { code: 'invalid-argument', message: 'Briefing cannot store this value (it breaks a rule of the library); check what you typed, and try again without unusual characters.' } };
  }
  // An unexpected failure: keep the detail in the log of the process that owns it and give
  // the user something actionable instead of a stack trace.
  console.error(error);
  return {
    ok: false,
    error: {
      code: 'internal',
      message:
        'Briefing hit an unexpected error. Your saved work is safe; try again, and if it ' +
        'happens again, restart Briefing.',
    },
  };
}
