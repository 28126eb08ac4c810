import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import { AppError } from '../../electron/common/errors';
import { apiSchemas, findOperation, operations } from '../../electron/common/schemas';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { temporaryEngine } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let library: Awaited<ReturnType<typeof temporaryEngine>>['library'];
let api: BriefingApi;
beforeEach(async () => {
  engine = await temporaryEngine();
  library = engine.library;
  api = engine.api;
});
afterEach(() => engine.remove());

describe('the contract', () => {
  it('has a schema for every method every service implements, and nothing more', () => {
    const implemented = Object.entries(api).flatMap(([service, methods]) =>
      Object.keys(methods).map((method) => `${service}.${method}`),
    );
    expect(operations.map((operation) => operation.name).toSorted()).toEqual(implemented.toSorted());
    for (const name of implemented) expect(findOperation(name)?.schema).toBeDefined();
    expect(Object.keys(apiSchemas).toSorted()).toEqual(Object.keys(api).toSorted());
  });

  it('answers a valid call with the service result', async () => {
    insertDocument(library.db, { kind: 'instrument', title: 'Rome Statute', language: 'en' });
    insertDocument(library.db, { kind: 'draft', title: 'Draft articles', language: 'en' });
    const result = await dispatch(api, 'library.listDocuments', { kind: 'instrument' });
    expect(result).toMatchObject({ ok: true, value: [{ title: 'Rome Statute', kind: 'instrument' }] });
    const all = await dispatch(api, 'library.listDocuments', {});
    expect(all.ok && (all.value as unknown[]).length).toBe(2);
  });

  it.each([
    ['a wrong enum value', { kind: 'memo' }, /kind: Invalid option/],
    ['an unknown field', { kind: 'draft', drop: 'table' }, /Unrecognized key/],
    ['a non-object', 'library', /expected object/],
    ['an array', [1, 2], /expected object/],
  ])('refuses %s with a typed invalid-argument error', async (_case, args, message) => {
    const result = await dispatch(api, 'library.listDocuments', args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/^Invalid arguments for library\.listDocuments/);
    }
  });

  it('refuses an operation the contract does not declare', async () => {
    for (const name of ['library.dropEverything', 'constructor', '__proto__.x', 'library.toString']) {
      const result = await dispatch(api, name, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'not-found', message: `Unknown operation "${name}".` },
      });
    }
  });

  it('passes an AppError through and hides an unexpected crash behind a helpful message', async () => {
    const failing: BriefingApi = {
      ...api,
      library: {
        ...api.library,
        listDocuments: async () => {
          throw new AppError('storage', 'The disk is full: free some space and try again.');
        },
        getStatus: async () => {
          throw new TypeError('cannot read properties of undefined');
        },
      },
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatch(failing, 'library.listDocuments', {})).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full: free some space and try again.' },
    });
    const crash = await dispatch(failing, 'library.getStatus', {});
    expect(crash.ok).toBe(false);
    if (!crash.ok) {
      expect(crash.error.code).toBe('internal');
      expect(crash.error.message).not.toMatch(/undefined/);
      expect(crash.error.message).toMatch(/saved work is safe/);
    }
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('reports where the library lives and how many rows each table holds', async () => {
    insertDocument(library.db, { kind: 'statement', title: 'Statement by France' });
    const status = await api.library.getStatus({});
    expect(status.dataDir).toBe(library.dataDir);
    expect(status.schemaVersion).toBeGreaterThan(0);
    expect(status.counts.documents).toBe(1);
    expect(status.counts.annotation_colours).toBe(4);
  });
});
