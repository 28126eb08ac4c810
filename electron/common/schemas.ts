/**
 * One zod schema per API method, checked at every door (IPC handler, HTTP route) before a
 * service runs. The `satisfies` clause makes a missing or extra schema a compile error.
 */
import { z } from 'zod';
import type { BriefingApi, OperationName, ServiceName } from './api';
import { packSchemas, positionCardSchemas } from './packSchemas';
import { backupIdPattern } from './backups';
import { annotationExportFormats, annotationKinds, documentKinds, interfaceLanguages, positionStances, themeChoices, unLanguages } from './model';

type SchemaTable = {
  [S in ServiceName]: { [M in keyof BriefingApi[S]]: z.ZodType };
};

const documentId = z.int().positive();
/** Several documents at once (a selection in the Library), as many as a large library holds. */
const documentIds = z.array(documentId).min(1, 'choose at least one document').max(10_000, 'at most 10,000 documents at once');
const batchId = z.string().regex(/^[\w-]{1,64}$/, 'not a batch id');
const isoDate = z.iso.date('a date as yyyy-mm-dd');

const coordinate = z.number().finite().min(-100_000).max(100_000);
const anchor = z
  .strictObject({
    rects: z
      .array(z.strictObject({ pageIndex: z.int().nonnegative(), x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }))
      .max(2_000),
    quote: z
      .strictObject({ exact: z.string().max(20_000), prefix: z.string().max(500), suffix: z.string().max(500) })
      .optional(),
    position: z.strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() }).optional(),
  })
  // On a PDF a mark has rectangles; in a text document (Word, text, Markdown) its offsets in the page text.
  .refine((value) => value.rects.length > 0 || value.position !== undefined, 'an annotation needs a rectangle on a page, or a text position');
const colourKey = z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'a colour key such as key, support, oppose');
const tags = z.array(z.string().trim().min(1).max(60)).max(50);

// A group's name as it is shown: one line, trimmed, as long as "Group of 77 and China" needs.
const groupName = z
  .string()
  .trim()
  .min(1, 'a group needs a name')
  .max(80, 'a group name of at most 80 characters')
  .regex(/^[^\p{Cc}]*$/u, 'a group name on one line, without control characters');
const stateCode = z.string().regex(/^[A-Z]{3}$/u, 'a State as its ISO 3166-1 alpha-3 code ("BRA")');
// ISO 3166-1 alpha-3 codes; 195 States at most, each once (the repository checks they exist).
const stateCodes = z
  .array(stateCode)
  .max(195, 'at most the 195 States')
  .refine((codes) => new Set(codes).size === codes.length, 'each State once');

// One line of text, as a label or a meeting is written.
const line = (what: string, max: number) =>
  z.string().trim().max(max, `${what} of at most ${max} characters`).regex(/^[^\p{Cc}]*$/u, `${what} on one line`);
const positionFields = {
  speaker: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('state'), code: stateCode }),
    z.strictObject({ kind: z.literal('group'), id: z.int().positive() }),
  ]),
  revisionDocumentId: documentId.nullable(),
  targetLabel: line('an article', 60).min(1, 'the article or paragraph the position is on ("Art. 6(2)")'),
  stance: z.enum(positionStances),
  summary: z.string().trim().max(5_000, 'a summary of at most 5,000 characters'),
  proposedWording: z.string().trim().max(20_000, 'proposed wording of at most 20,000 characters'),
  quote: z.string().trim().max(50_000, 'a quotation of at most 50,000 characters'),
  source: z.strictObject({
    documentId: documentId.nullable(),
    pageIndex: z.int().nonnegative().nullable(),
    passageId: z.int().positive().nullable().optional(),
    meeting: line('a meeting', 200),
    date: isoDate.nullable(),
  }),
};

const bundleRunId = z.string().regex(/^[\w-]{1,64}$/, 'not a bundle run id');

export const apiSchemas = {
  library: {
    listDocuments: z.strictObject({ kind: z.enum(documentKinds).optional() }),
    getStatus: z.strictObject({}),
    updateDocument: z.strictObject({
      id: documentId,
      patch: z.strictObject({
        kind: z.enum(documentKinds).optional(),
        title: z.string().trim().min(1, 'a title cannot be empty').max(500).regex(/^[^\p{Cc}]*$/u, 'a title on one line, without control characters').optional(),
        symbol: z.string().trim().max(100).nullable().optional(),
        documentDate: isoDate.nullable().optional(),
        language: z.enum(unLanguages).nullable().optional(),
        stateCode: z
          .string()
          .regex(/^[A-Za-z]{3}$/, 'a State as its three-letter ISO code, e.g. FRA')
          .transform((code) => code.toUpperCase())
          .nullable()
          .optional(),
      }),
    }),
    deleteDocument: z.strictObject({ id: documentId }),
    deleteDocuments: z.strictObject({ ids: documentIds }),
    updateDocuments: z.strictObject({ ids: documentIds, patch: z.strictObject({ kind: z.enum(documentKinds) }) }),
    originalFile: z.strictObject({ id: documentId }),
    recordOpening: z.strictObject({ id: documentId }),
    passages: z.strictObject({ documentId }),
  },
  imports: {
    start: z
      .strictObject({
        // PATH_MAX on Linux: a longer "path" is no file's, and is never echoed back.
        paths: z.array(z.string().min(1).max(4096, 'a path of at most 4,096 characters')).max(10_000).optional(),
        files: z
          .array(z.strictObject({ name: z.string().min(1).max(255), dataBase64: z.base64() }))
          .max(1_000)
          .optional(),
        kind: z.enum(documentKinds).optional(),
        password: z.string().max(1_000).optional(),
      })
      .refine((args) => (args.paths?.length ?? 0) + (args.files?.length ?? 0) > 0, {
        message: 'give at least one file or folder to import',
      }),
    getBatch: z.strictObject({ batchId }),
    cancel: z.strictObject({ batchId }),
    retryWithPassword: z.strictObject({
      batchId,
      index: z.int().nonnegative(),
      password: z.string().max(1_000),
    }),
  },
  annotations: {
    list: z.strictObject({ documentId }),
    create: z.strictObject({
      documentId,
      kind: z.enum(annotationKinds),
      colour: colourKey,
      note: z.string().max(50_000).optional(),
      tags: tags.optional(),
      anchor,
      pageIndex: z.int().nonnegative().optional(),
    }),
    update: z.strictObject({
      id: z.int().positive(),
      patch: z.strictObject({
        kind: z.enum(annotationKinds).optional(),
        colour: colourKey.optional(),
        note: z.string().max(50_000).optional(),
        tags: tags.optional(),
        anchor: anchor.optional(),
        pageIndex: z.int().nonnegative().optional(),
        carry: z.null().optional(),
      }),
    }),
    delete: z.strictObject({ id: z.int().positive() }),
    restore: z.strictObject({ id: z.int().positive() }),
    colours: z.strictObject({}),
    renameColour: z.strictObject({ key: colourKey, label: z.string().trim().min(1).max(40) }),
    // The summary's words are in the interface language (English when not given).
    export: z.strictObject({ documentId, format: z.enum(annotationExportFormats), language: z.enum(interfaceLanguages).optional() }),
    importXfdf: z.strictObject({ documentId, xml: z.string().min(1, 'the XFDF file is empty').max(20_000_000, 'an XFDF file of at most 20 MB') }),
    carryFromPrevious: z.strictObject({ documentId }),
  },
  search: {
    query: z.strictObject({
      query: z.string().max(1_000, 'a search of at most 1,000 characters'),
      limit: z.int().min(1).max(200).optional(),
      hitsPerDocument: z.int().min(1).max(50).optional(),
      // The engine groups at most its best 2,000 passages: no page starts further on.
      offset: z.int().min(0).max(2_000).optional(),
      passageOffset: z.int().min(0).max(2_000).optional(),
      documentId: documentId.optional(),
    }),
    status: z.strictObject({}),
    rebuild: z.strictObject({}),
    page: z.strictObject({
      documentId,
      pageIndex: z.int().nonnegative(),
      terms: z.array(z.string().max(100)).max(100).optional(),
    }),
  },
  settings: {
    get: z.strictObject({}),
    update: z.strictObject({
      patch: z.strictObject({
        language: z.enum([...interfaceLanguages, 'system']).optional(),
        theme: z.enum(themeChoices).optional(),
        // What Acrobat calls the author: one line, as short as a name.
        authorName: z
          .string()
          .trim()
          .max(100, 'an author name of at most 100 characters')
          .regex(/^[^\r\n\t]*$/u, 'an author name on one line')
          .optional(),
        // Our delegation's State, or '' for none chosen.
        delegationStateCode: z.union([stateCode, z.literal('')]).optional(),
      }),
    }),
  },
  positions: {
    list: z.strictObject({
      revisionDocumentId: documentId.optional(),
      sourceDocumentId: documentId.optional(),
      stateCode: stateCode.optional(),
      groupId: z.int().positive().optional(),
    }),
    create: z.strictObject({ position: z.strictObject(positionFields) }),
    update: z.strictObject({ id: z.int().positive(), patch: z.strictObject(positionFields).partial() }),
    delete: z.strictObject({ id: z.int().positive() }),
    guess: z.strictObject({ sourceDocumentId: documentId, quote: z.string().max(50_000) }),
    matrix: z.strictObject({ revisionDocumentId: documentId }),
    linkStatement: z.strictObject({ sourceDocumentId: documentId, revisionDocumentId: documentId.optional() }),
    createMany: z.strictObject({
      positions: z.array(z.strictObject(positionFields)).min(1, 'accept at least one suggestion to record').max(2_000, 'at most 2,000 positions at once'),
    }),
    brackets: z.strictObject({ revisionDocumentId: documentId }),
    exportMatrix: z.strictObject({ revisionDocumentId: documentId, format: z.enum(['csv', 'docx']), language: z.enum(interfaceLanguages).optional() }),
    ...positionCardSchemas,
  },
  packs: packSchemas,
  revisions: {
    family: z.strictObject({ documentId }),
    compare: z.strictObject({ olderDocumentId: documentId, newerDocumentId: documentId }),
    exportComparison: z.strictObject({ olderDocumentId: documentId, newerDocumentId: documentId, format: z.enum(['docx', 'md', 'pdf']), language: z.enum(interfaceLanguages).optional() }),
    articleHistory: z.strictObject({ documentId, label: z.string().min(1).max(200) }),
    fileInFamily: z.strictObject({
      documentId,
      family: z.union([z.strictObject({ id: z.int().positive() }), z.strictObject({ title: z.string().trim().min(1).max(200) })]),
      revisionLabel: z.string().max(60),
      after: documentId.nullable(),
    }),
    removeFromFamily: z.strictObject({ documentId }),
    listFamilies: z.strictObject({}),
  },
  states: {
    list: z.strictObject({}),
    listGroups: z.strictObject({}),
    createGroup: z.strictObject({ name: groupName, members: stateCodes }),
    updateGroup: z.strictObject({
      id: z.int().positive(),
      patch: z.strictObject({ name: groupName.optional(), members: stateCodes.optional() }),
    }),
    deleteGroup: z.strictObject({ id: z.int().positive() }),
  },
  precedents: {
    find: z.strictObject({
      text: z.string().max(20_000, 'a paragraph of at most 20,000 characters: select less'),
      limit: z.int().min(1).max(50).optional(),
    }),
    startDraft: z.strictObject({
      documentId,
      article: z.string().trim().min(1).max(40).optional(),
      limit: z.int().min(1).max(50).optional(),
    }),
    getRun: z.strictObject({ runId: batchId, from: z.int().nonnegative().optional() }),
    cancel: z.strictObject({ runId: batchId }),
  },
  bundles: {
    startExport: z.strictObject({ documentIds: documentIds.optional() }),
    startImport: z
      .strictObject({
        path: z.string().min(1).max(4_096, 'a path of at most 4,096 characters').optional(),
        file: z.strictObject({ name: z.string().min(1).max(255), dataBase64: z.base64() }).optional(),
      })
      .refine((args) => (args.path === undefined) !== (args.file === undefined), { message: 'give the bundle to import: a path or a file, one of them' }),
    getRun: z.strictObject({ runId: bundleRunId }),
    cancel: z.strictObject({ runId: bundleRunId }),
    takeExport: z.strictObject({ runId: bundleRunId }),
  },
  backups: {
    list: z.strictObject({}),
    create: z.strictObject({}),
    restore: z.strictObject({ id: z.string().regex(backupIdPattern, 'a backup id as backups.list gives it') }),
    dismissRecovery: z.strictObject({}),
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

/**
 * Where an operation's arguments name files of this machine for the engine to read: imports'
 * `paths` and a bundle's `path`. The doors treat these alike (issue 14, fault 7): the desktop
 * app admits only paths the user chose (main/security/pathGrants.ts), the loopback host none
 * (a page sends the user's files as uploads). A new operation that reads a path declares it here.
 */
const localPathsByOperation: Partial<Record<OperationName, (args: Record<string, unknown>) => unknown>> = {
  'imports.start': (args) => args.paths,
  'bundles.startImport': (args) => (args.path === undefined ? undefined : [args.path]),
};

/**
 * The local paths a call asks the engine to read, from its arguments as they arrived (not yet
 * validated, so an entry may be anything: the doors refuse what is not a granted string).
 * `[]` for an operation that reads no path, or a call that names none.
 */
export function localPathsOf(operationName: string, args: unknown): unknown[] {
  const pick = localPathsByOperation[operationName as OperationName];
  if (!pick || typeof args !== 'object' || args === null) return [];
  const paths = pick(args as Record<string, unknown>);
  if (paths === undefined) return [];
  return Array.isArray(paths) ? paths : [paths];
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
