// Reading the XML parts of a Word file: a tree of elements in document order, by local name.
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { standardEntitiesOnly } from '../../../export/xmlText';

/** One element: its local name (prefix removed: "w:p" is "p"), attributes by local name, children in order. */
export interface WordElement {
  name: string;
  attributes: Record<string, string>;
  children: WordNode[];
}

/** Text between tags is a string; everything else an element. */
export type WordNode = WordElement | string;

const parserOptions: X2jOptions = {
  preserveOrder: true, // runs, tabs and breaks must stay in the order Word wrote them
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Transitional ("w:") and Strict OOXML name the same elements in other namespaces: local names serve both.
  removeNSPrefix: true,
  trimValues: false, // <w:t xml:space="preserve"> keeps its spaces
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  entityDecoder: standardEntitiesOnly,
};

const attributesKey = ':@';
const textKey = '#text';

/**
 * Parses one XML part into its root element.
 * @throws Error when the part is not well-formed XML (the caller reports the file as damaged).
 */
export function parseWordXml(xml: string): WordElement {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`${validation.err.msg} at line ${validation.err.line}`);
  const tree = new XMLParser(parserOptions).parse(xml) as unknown[];
  const root = tree.map(toNode).find((node): node is WordElement => typeof node !== 'string' && !node.name.startsWith('?'));
  if (!root) throw new Error('no root element');
  return root;
}

function toNode(raw: unknown): WordNode {
  const record = raw as Record<string, unknown>;
  const name = Object.keys(record).find((key) => key !== attributesKey) ?? textKey;
  if (name === textKey) return String(record[textKey] ?? '');
  const attributes = (record[attributesKey] ?? {}) as Record<string, string>;
  const children = Array.isArray(record[name]) ? (record[name] as unknown[]).map(toNode) : [];
  return { name, attributes, children };
}

/** The element's child elements, or those with one local name. */
export function elements(element: WordElement | undefined, name?: string): WordElement[] {
  if (!element) return [];
  return element.children.filter(
    (node): node is WordElement => typeof node !== 'string' && (name === undefined || node.name === name),
  );
}

/** The first child element with this local name. */
export function child(element: WordElement | undefined, name: string): WordElement | undefined {
  return elements(element, name)[0];
}

/** The element found by following local names down from `element`: path(p, 'pPr', 'numPr', 'ilvl'). */
export function path(element: WordElement | undefined, ...names: string[]): WordElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** An attribute by local name ("w:val" is "val"). */
export function attribute(element: WordElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** The w:val of the child `name`, the way most Word properties are written. */
export function childValue(element: WordElement | undefined, name: string): string | undefined {
  return attribute(child(element, name), 'val');
}

/** A whole-number attribute, or undefined when absent or not a number. */
export function integerValue(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * An on/off property (ECMA-376 §17.17.4, ST_OnOff): present without w:val, or with
 * "true"/"1"/"on", is on; "false"/"0"/"off" is off.
 */
export function isOn(element: WordElement | undefined): boolean {
  if (!element) return false;
  const value = attribute(element, 'val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** All the text of an element and its descendants, as written (for properties such as w:lvlText). */
export function textOf(node: WordNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
