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
