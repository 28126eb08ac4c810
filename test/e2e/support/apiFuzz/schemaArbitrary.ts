/**
 * Valid-shaped arguments for any API method, derived from its zod schema (through zod's own
 * JSON Schema export, so a new method or field is fuzzed without a second list). Ids are left
 * as `IdReference`s, resolved when the call is sent against the ids the library holds then, so
 * most well-formed calls reach a real row instead of a not-found.
 */
import * as fc from 'fast-check';
import { z } from 'zod';
import type { Operation } from '../../../../electron/common/schemas';

/** The subset of JSON Schema (draft 2020-12) that z.toJSONSchema writes for our schemas. */
export interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | JsonSchemaNode;
  items?: JsonSchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $defs?: Record<string, JsonSchemaNode>;
}

/** Kinds of rows an id can point at; `any` when a field's name does not say. */
export type IdPool = 'document' | 'draft' | 'annotation' | 'position' | 'group' | 'family' | 'pack' | 'section' | 'item' | 'passage' | 'batch' | 'precedentRun' | 'exportRun' | 'any';

/** An id to be chosen at send time: the `pick`-th id of the pool (modulo its size), or `pick + 1` when the pool is empty. */
export class IdReference {
  constructor(
    readonly pool: IdPool,
    readonly pick: number,
  ) {}
}

/** The schema of one operation's arguments as JSON Schema; throws for a construct zod cannot write (a method that cannot be fuzzed fails the test). */
export function jsonSchemaOf(operation: Operation): JsonSchemaNode {
  return z.toJSONSchema(operation.schema, { io: 'input' }) as JsonSchemaNode;
}

/**
 * Which pool an id field draws from, by the field's name and the service it belongs to
 * (`id` is a document in library, a pack in packs …). Names the table does not know draw from
 * every pool, which still yields real ids.
 */
export function idPoolOf(operation: Operation, path: readonly string[]): IdPool {
  const key = path.filter((step) => step !== '[]').at(-1) ?? '';
  const parent = path.filter((step) => step !== '[]').at(-2) ?? '';
  const method = operation.method.toLowerCase();
  if (key === 'batchId') return 'batch';
  if (key === 'runId') return operation.service === 'packs' ? 'exportRun' : 'precedentRun';
  if (key === 'revisionDocumentId' || (operation.service === 'revisions' && key === 'after')) return 'draft';
  if (/documentid$/iu.test(key) || key === 'ids') return 'document';
  if (key === 'groupId' || parent === 'speaker') return 'group';
  if (parent === 'family') return 'family';
  if (key === 'packId') return 'pack';
  if (key === 'sectionId') return 'section';
  if (key === 'passageId') return 'passage';
  if (key === 'annotationId') return 'annotation';
  if (key === 'positionId') return 'position';
  if (key === 'after') return 'section';
  if (key === 'before') return method.includes('item') ? 'item' : 'section';
  if (key !== 'id') return 'any';
  switch (operation.service) {
    case 'library':
      return 'document';
    case 'annotations':
      return 'annotation';
    case 'positions':
      return 'position';
    case 'states':
      return 'group';
    case 'packs':
      return method.includes('section') ? 'section' : method.includes('item') ? 'item' : 'pack';
    default:
      return 'any';
  }
}

/** Words the library really holds, so a well-formed call finds something as often as not. */
const likelyValues: Record<string, readonly string[]> = {
  label: ['Art. 2', 'Art. 3', 'Art. 5', '2', 'art. 6(1)'],
  code: ['BRA', 'FRA', 'CHN', 'EGY', 'XXX'],
  name: ['note.txt', 'draft.md', 'statement.pdf', 'brief.docx', 'noise.bin'],
  query: ['crimes', 'humanity AND State', '"each State"', 'art. 2', 'prevent*'],
  templateId: ['informal', 'plenary', 'bilateral', 'nope'],
  // Made into names inside the test's small import folder (see `bounded` in the test).
  paths: ['.', 'a.txt', 'folder', 'missing.pdf'],
  colour: ['key', 'support', 'oppose'],
  key: ['key', 'support', 'oppose'],
  xml: [
    '<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/"><annots><highlight color="#FFFF00" page="0" rect="72,700,300,714" coords="72,714,300,714,72,700,300,700" title="Fuzz"><contents>A note</contents></highlight></annots></xfdf>',
    '<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots/></xfdf>',
  ],
};

function likelyFor(path: readonly string[]): readonly string[] | undefined {
  const key = path.filter((step) => step !== '[]').at(-1) ?? '';
  if (/label$|^article/iu.test(key)) return likelyValues.label;
  if (/(^code|stateCode|members)$/u.test(key)) return likelyValues.code;
  if (key === 'name' && path.includes('files')) return likelyValues.name;
  return likelyValues[key];
}

/** Small upload contents: text that imports, and bytes that do not. */
const uploadBytes = fc.oneof(
  fc.constantFrom('Article 1\nScope\nEach State shall prevent crimes against humanity.\n', '# Statement\n\nBrazil supports article 2.\n').map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF')),
);

const isoDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** How deep recursive schemas (rich text lists) are unfolded when generating valid shapes. */
const maxRecursion = 3;

/**
 * An arbitrary of valid-shaped arguments for `operation`. Sizes stay small (fast-check's
 * default size) whatever the schema allows; huge values are the mutations' job.
 */
export function validArguments(operation: Operation, root: JsonSchemaNode = jsonSchemaOf(operation)): fc.Arbitrary<unknown> {
  const definitions = root.$defs ?? {};
  const walk = (node: JsonSchemaNode, path: string[], depth: number): fc.Arbitrary<unknown> => {
    if (node.$ref) {
      const target = definitions[node.$ref.replace('#/$defs/', '')];
      if (!target) throw new Error(`${operation.name}: unknown reference ${node.$ref}`);
      return depth >= maxRecursion ? fc.constant({ type: 'paragraph' }) : walk(target, path, depth + 1);
    }
    if (node.const !== undefined) return fc.constant(node.const);
    if (node.enum) return fc.constantFrom(...node.enum);
    const branches = node.anyOf ?? node.oneOf;
    if (branches) return fc.oneof(...branches.map((branch) => walk(branch, path, depth)));
    switch (node.type) {
      case 'object': {
        const properties = Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, value]) => [key, walk(value, [...path, key], depth)]));
        const record = fc.record(properties, { requiredKeys: node.required ?? [] });
        if (typeof node.additionalProperties === 'object') {
          return fc.tuple(record, fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })).map(([known, extra]) => ({ ...extra, ...known }));
        }
        return record;
      }
      case 'array': {
        if (!node.items) return fc.constant([]);
        const maxLength = Math.min(node.maxItems ?? 6, depth >= maxRecursion ? Math.max(node.minItems ?? 0, 1) : 6);
        return fc.array(walk(node.items, [...path, '[]'], depth), { minLength: node.minItems ?? 0, maxLength });
      }
      case 'integer':
        return integerArbitrary(node, path);
      case 'number':
        return fc.double({ min: node.minimum ?? -1e6, max: node.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'string':
        return stringArbitrary(node, path);
      case undefined:
        return fc.jsonValue({ maxDepth: 2 });
      default:
        throw new Error(`${operation.name}: no generator for JSON Schema type ${node.type} at ${path.join('.')}`);
    }
  };

  const integerArbitrary = (node: JsonSchemaNode, path: string[]): fc.Arbitrary<unknown> => {
    const min = node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : (node.minimum ?? -1_000);
    const max = Math.min(node.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER);
    const anywhere = fc.integer({ min, max });
    const small = fc.integer({ min, max: Math.min(max, min + 5) });
    // Positive integers are ids: mostly a real one, sometimes any.
    if (min === 1 && max > 1_000) return fc.oneof({ weight: 4, arbitrary: fc.nat().map((pick) => new IdReference(idPoolOf(operation, path), pick)) }, { weight: 1, arbitrary: anywhere });
    return fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: anywhere });
  };

  const stringArbitrary = (node: JsonSchemaNode, path: string[]): fc.Arbitrary<unknown> => {
    const key = path.at(-1) ?? '';
    if (key === 'batchId' || key === 'runId') return fc.oneof(fc.nat().map((pick) => new IdReference(idPoolOf(operation, path), pick)), fc.uuid());
    if (node.format === 'date') return isoDay;
    if (node.format === 'base64') return uploadBytes.map((bytes) => bytes.toString('base64'));
    const minLength = node.minLength ?? 0;
    const maxLength = node.maxLength ?? 10_000;
    const fits = (text: string) => text.length >= minLength && text.length <= maxLength && (!node.pattern || new RegExp(node.pattern, 'u').test(text));
    const random = node.pattern
      ? fc.stringMatching(new RegExp(node.pattern, 'u')).filter(fits)
      : fc.oneof(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: 'grapheme' }), fc.string({ minLength, maxLength, unit: 'binary' }));
    const likely = likelyFor(path)?.filter(fits);
    return likely?.length ? fc.oneof(fc.constantFrom(...likely), random) : random;
  };

  return walk(root, [], 0);
}
