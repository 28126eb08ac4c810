/**
 * One zod schema per API method, checked at every door (IPC handler, HTTP route) before a
 * service runs. The `satisfies` clause makes a missing or extra schema a compile error.
 */
import { z } from 'zod';
import type { BriefingApi, OperationName, ServiceName } from './api';
import { documentKinds } from './model';

type SchemaTable = {
  [S in ServiceName]: { [M in keyof BriefingApi[S]]: z.ZodType };
};

export const apiSchemas = {
  library: {
    listDocuments: z.strictObject({ kind: z.enum(documentKinds).optional() }),
    getStatus: z.strictObject({}),
  },
} satisfies SchemaTable;

export interface Operation {
  name: OperationName;
  service: ServiceName;
  method: string;
  schema: z.ZodType;
}

/** Every operation of the contract, derived from the schema table. */
export const operations: readonly Operation[] = Object.entries(apiSchemas).flatMap(
  ([service, methods]) =>
    Object.entries(methods as Record<string, z.ZodType>).map(([method, schema]) => ({
      name: `${service}.${method}` as OperationName,
      service: service as ServiceName,
      method,
      schema,
    })),
);

const operationsByName = new Map(operations.map((operation) => [operation.name, operation]));

export function findOperation(name: string): Operation | undefined {
  return operationsByName.get(name as OperationName);
}

/** A person-readable summary of a zod failure: which field, what was wrong. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
