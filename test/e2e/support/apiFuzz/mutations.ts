/**
 * What a careless or hostile client sends instead of valid arguments: values of the wrong type
 * or range, strings a database or a terminal chokes on, deep nesting, prototype keys, and
 * valid arguments with one field changed, dropped or added.
 */
import * as fc from 'fast-check';
import { IdReference } from './schemaArbitrary';

/** An object with an own "__proto__" (or other) key, as JSON.parse makes it and JSON.stringify writes it back. */
const ownKeys = (json: string): unknown => JSON.parse(json) as unknown;

/** `depth` levels of arrays: [[[…]]]. Deeper than about 4,000 JSON.stringify itself overflows; spoiled bodies go deeper. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** A rich text document whose lists nest `depth` times: valid node by node, hostile by depth. */
export function nestedRichText(depth: number): unknown {
  let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let level = 0; level < depth; level += 1) block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return { type: 'doc', content: [block] };
}

const numbers = [0, -1, -0.5, 1.5, 2 ** 31, 2 ** 32 + 1, 2 ** 53, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308, 5e-324, 999_999_999];
const words = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', '0', '-1', '1e999', '0x10', '1_000',
  '\u0000', 'a\u0000b', '\u001b[2J\u001b[31mred', '\r\n', '\t', '\u202eevil', '\u200b', '\ufeff', '\ud800', '\udfff', 'a\ud83d', '\ud83d\ude00',
  '%00', '%E0%A4%A', '%2e%2e%2f', '../../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share',
  "'; DROP TABLE documents; --", '" OR 1=1 --', '<script>alert(1)</script>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$where', '${7*7}', '{{7*7}}',
  'AND OR NOT ( ) " * ~ ^', '((((((((((((((((((((a', '"""""""', '*'.repeat(200), 'x'.repeat(61), 'A'.repeat(4),
];
/** Sizes just past each bound the schemas use, and one of a megabyte. */
const longStrings = [41, 61, 101, 201, 256, 301, 501, 1_001, 2_001, 5_001, 20_001, 50_001, 100_001, 1_000_001];

/** A value of any type, range or size a field should refuse (or take without harm). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': '' }, ...numbers, ...words) },
  { weight: 2, arbitrary: fc.constantFrom(...longStrings).chain((length) => fc.constantFrom('x', 'é', '語', '\u0000', '\ud800').map((unit) => unit.repeat(length))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((value) => Number(value))) },
  { weight: 1, arbitrary: fc.constantFrom(10, 100, 1_000, 2_500).map((depth) => nestedArrays(depth)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 200, 600).map((depth) => nestedRichText(depth)) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"__proto__":null,"type":"doc","content":[]}').map(ownKeys) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }).map(toJsonValue) },
);

/** Random JSON of any shape for a whole argument object: anything(), deep nesting, prototype keys. */
export const anyArguments: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 4, maxKeys: 6, withObjectString: true, withNullPrototype: true, withBoxedValues: true }).map(toJsonValue) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
  { weight: 2, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'documentId', 'patch', 'query', 'paths', 'files', 'args'), hostileValue, { maxKeys: 4 }).map((entries) => ownKeys(JSON.stringify(Object.entries(entries).reduce<Record<string, unknown>>((all, [key, value]) => Object.defineProperty(all, key, { value, enumerable: true }), {})))) },
);

/** What JSON.stringify would send for a value: undefined and functions dropped, NaN as null, -0 as 0. */
function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item));
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

type Step = string | number;

/** Every place in a value where a mutation can land: the root and each nested field or element. */
function placesIn(value: unknown, path: Step[] = [], places: Step[][] = []): Step[][] {
  places.push(path);
  if (value instanceof IdReference || value === null || typeof value !== 'object') return places;
  for (const [key, child] of Object.entries(value)) placesIn(child, [...path, Array.isArray(value) ? Number(key) : key], places);
  return places;
}

/** A copy of `value` with `change` applied to the parent of the place at `path`. */
function changedAt(value: unknown, path: Step[], change: (parent: Record<Step, unknown>, key: Step) => void): unknown {
  const copy = structuredCloneWithReferences(value);
  if (path.length === 0) return copy;
  let parent = copy as Record<Step, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<Step, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

function structuredCloneWithReferences(value: unknown): unknown {
  if (value instanceof IdReference || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(structuredCloneWithReferences);
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, structuredCloneWithReferences(child)]));
}

const extraKeys = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', ''), fc.string({ maxLength: 12 }));

/**
 * Valid-shaped arguments changed in one place: a field (or the whole) replaced by a hostile
 * value, a field dropped, or an unknown field added (prototype keys included).
 */
export function mutatedArguments(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom('replace', 'replace', 'replace', 'drop', 'add'), hostileValue, extraKeys).map(([value, choice, kind, hostile, extraKey]) => {
    const places = placesIn(value);
    const path = places[choice % places.length];
    if (kind === 'replace') return path.length === 0 ? hostile : changedAt(value, path, (parent, key) => (parent[key] = hostile));
    if (kind === 'drop' && path.length > 0) return changedAt(value, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]));
    // Add: on the object at the place, or on the arguments when the place holds no object.
    const target = places.filter((place) => isPlainObjectAt(value, place));
    const at = target.length > 0 ? target[choice % target.length] : [];
    const added = structuredCloneWithReferences(value);
    const holder = at.reduce<unknown>((node, step) => (node as Record<Step, unknown>)[step], added);
    if (holder === null || typeof holder !== 'object' || Array.isArray(holder)) return { [extraKey]: hostile };
    Object.defineProperty(holder, extraKey, { value: hostile, enumerable: true, configurable: true, writable: true });
    return added;
  });
}

function isPlainObjectAt(value: unknown, path: Step[]): boolean {
  const node = path.reduce<unknown>((current, step) => (current as Record<Step, unknown>)[step], value);
  return node !== null && typeof node === 'object' && !Array.isArray(node) && !(node instanceof IdReference);
}
