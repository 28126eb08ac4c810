// The parts of a Word file (an OPC zip package): the main document and the parts it relates to.
import { unzipWithin } from './boundedUnzip';
import { attribute, elements, parseWordXml, type WordElement } from './wordXml';

/** The XML parts a Word file's text comes from; only the main document is required. */
export interface DocxParts {
  document: WordElement;
  numbering?: WordElement;
  styles?: WordElement;
  footnotes?: WordElement;
  endnotes?: WordElement;
  comments?: WordElement;
  commentsExtended?: WordElement;
  settings?: WordElement;
  core?: WordElement;
}

const relationshipTypes: Record<Exclude<keyof DocxParts, 'document' | 'core'>, string> = {
  numbering: '/numbering',
  styles: '/styles',
  footnotes: '/footnotes',
  endnotes: '/endnotes',
  comments: '/comments',
  commentsExtended: '/commentsExtended',
  settings: '/settings',
};

/**
 * Opens the package and parses the parts, found through the relationships (ECMA-376 Part 2,
 * §9: _rels/.rels names the main document; its own .rels names numbering, styles, notes and
 * comments), with the usual paths as a fallback for files written by tools that skip them.
 * Only the XML parts are unpacked, within wordFileBounds (boundedUnzip.ts).
 * @throws ZipBombRefusal for a package that would unpack beyond those bounds; Error when the file is not a zip, has no main document, or a part is not XML.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  const files = unzipWithin(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const read = (name: string): string | undefined => {
    const content = files[name.replace(/^\//u, '')];
    return content ? new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/u, '') : undefined;
  };
  const packageRelations = relationsOf(read('_rels/.rels'), '');
  const documentPath = packageRelations.find((relation) => relation.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const documentXml = read(documentPath);
  if (documentXml === undefined) throw new Error('it has no main document (word/document.xml)');
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const documentRelations = relationsOf(read(`${folder}_rels/${documentPath.slice(folder.length)}.rels`), folder);
  const parts: DocxParts = { document: parseWordXml(documentXml) };
  for (const [key, suffix] of Object.entries(relationshipTypes) as [keyof typeof relationshipTypes, string][]) {
    const target = documentRelations.find((relation) => relation.type.endsWith(suffix))?.target ?? `${folder}${key}.xml`;
    const xml = read(target);
    if (xml !== undefined) parts[key] = parseWordXml(xml);
  }
  const corePath = packageRelations.find((relation) => relation.type.endsWith('/core-properties'))?.target ?? 'docProps/core.xml';
  const coreXml = read(corePath);
  if (coreXml !== undefined) parts.core = parseWordXml(coreXml);
  return parts;
}

interface Relation {
  type: string;
  /** Path inside the package, without a leading slash. */
  target: string;
}

function relationsOf(xml: string | undefined, folder: string): Relation[] {
  if (xml === undefined) return [];
  return elements(parseWordXml(xml), 'Relationship')
    .filter((relation) => attribute(relation, 'TargetMode') !== 'External')
    .map((relation) => ({
      type: attribute(relation, 'Type') ?? '',
      target: resolveTarget(folder, attribute(relation, 'Target') ?? ''),
    }));
}

/** "numbering.xml" from "word/" is "word/numbering.xml"; "/word/x.xml" is absolute; "../" goes up. */
function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
