import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { AppError } from '../../common/errors';
import type { Annotation, AnnotationAnchor, AnnotationColour, AnnotationKind, AnnotationReply, PageRect } from '../../common/model';
import { standardEntitiesOnly, xmlSafe } from './xmlText';
import {
  boundingBox,
  briefingName,
  briefingReplyName,
  hexChannels,
  isoFromPdfDate,
  markupKinds,
  normalisedRect,
  noteIconRect,
  pdfDate,
  pdfSubtypes,
  quadPoints,
  rectsByPage,
} from './pdfAnnotationParts';
import { threadReplies, type ReplyElement } from './xfdfReplies';

/**
 * XFDF (ISO 19444-1): the annotations of a PDF as XML, which Acrobat and most PDF tools import
 * and export. What only Briefing needs (colour key, tags, quote, text position, exact rectangles)
 * goes in our own namespace, which other readers ignore.
 */

const xfdfNamespace = 'http://ns.adobe.com/xfdf/';
export const briefingXfdfNamespace = 'urn:x-briefing:xfdf:1';

// A Map, not an object: element names come from the file and must not reach Object.prototype.
const kindOfElement = new Map<string, AnnotationKind>([
  ['highlight', 'highlight'],
  ['underline', 'underline'],
  ['squiggly', 'underline'], // the nearest mark we have
  ['strikeout', 'strikeout'],
  ['text', 'note'],
  ['freetext', 'comment'],
  ['square', 'area'],
]);

/** `briefing-<id>-<page>`, as in the annotated PDF: the pages of one mark share the id. */
const ourNamePattern = /^briefing-(\d+)-\d+$/u;

export interface ImportedAnnotation {
  kind: AnnotationKind;
  /** One of our colour keys. */
  colour: string;
  note: string;
  tags: string[];
  anchor: AnnotationAnchor;
  /** The element's `title` (who made it), or null when it has none. */
  author: string | null;
  /** The element's `creationdate` as ISO 8601 UTC, when it has a readable one. */
  createdAt?: string;
  /** The elements that reply to it (`inreplyto` its name, or a reply's), oldest first. */
  replies: AnnotationReply[];
}

export interface XfdfImport {
  annotations: ImportedAnnotation[];
  /** Annotation elements we have no kind for (ink, line, stamp, …) or without a usable page and place. */
  skipped: number;
}

// ---------------------------------------------------------------------------------------------
// Writing


function escapeText(value: string): string {
  // A literal CR would be turned into LF by any conforming parser.
  return xmlSafe(value).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#13;');
}

function escapeAttribute(value: string): string {
  // Parsers turn literal tabs and line breaks in attributes into spaces.
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');
}

function element(name: string, attributes: [string, string][], children: string[] = []): string {
  const attributeText = attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  return children.length === 0 ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${children.join('')}</${name}>`;
}

function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}

function rectText(rect: PageRect): string {
  return [rect.x1, rect.y1, rect.x2, rect.y2].join(',');
}

function coordsText(rects: PageRect[]): string {
  return quadPoints(rects).join(',');
}

function sameRects(left: PageRect[], right: PageRect[]): boolean {
  return (
    left.length === right.length &&
    left.every((rect, index) => rect.x1 === right[index].x1 && rect.y1 === right[index].y1 && rect.x2 === right[index].x2 && rect.y2 === right[index].y2)
  );
}

function annotationElement(annotation: Annotation, pageIndex: number, rects: PageRect[], colour: AnnotationColour | undefined): string {
  const markup = markupKinds.has(annotation.kind);
  const attributes: [string, string][] = [
    ['page', String(pageIndex)],
    ['rect', rectText(boundingBox(rects))],
    ['color', (colour?.hex ?? '#ffd400').toUpperCase()],
    ['name', briefingName(annotation.id, pageIndex)],
    // ISO 19444-1: title is the author. None known (no author name in Settings): none written.
    ...(annotation.author ? [['title', annotation.author] as [string, string]] : []),
    // Other readers show the subject: the colour's meaning tells them more than "Highlight".
    ['subject', colour?.label ?? annotation.colour],
    ['date', pdfDate(annotation.updatedAt)],
    ['creationdate', pdfDate(annotation.createdAt)],
    ['flags', 'print'],
  ];
  if (markup) attributes.push(['coords', coordsText(rects)]);
  if (annotation.kind === 'highlight') attributes.push(['opacity', '0.4']);
  if (annotation.kind === 'note') attributes.push(['icon', 'Comment']);
  attributes.push(['briefing:colour', annotation.colour]);
  // Readers see one box per page for notes and areas; keep the exact rectangles when that loses any.
  const readBack = markup ? rects.map(normalisedRect) : [boundingBox(rects)];
  if (!sameRects(readBack, rects)) attributes.push(['briefing:rects', rects.map(rectText).join(';')]);

  const children: string[] = [];
  if (annotation.note) children.push(textElement('contents', annotation.note));
  if (annotation.kind === 'comment') children.push(textElement('defaultappearance', '/Helv 10 Tf 0 g'));
  for (const tag of annotation.tags) children.push(textElement('briefing:tag', tag));
  const { quote, position } = annotation.anchor;
  if (quote) {
    children.push(
      `<briefing:quote>${textElement('briefing:prefix', quote.prefix)}${textElement('briefing:exact', quote.exact)}${textElement('briefing:suffix', quote.suffix)}</briefing:quote>`,
    );
  }
  if (position) children.push(element('briefing:position', [['start', String(position.start)], ['end', String(position.end)]]));
  return element(pdfSubtypes[annotation.kind].toLowerCase(), attributes, children);
}

/**
 * A reply as a Text annotation (sticky note) replying to its mark's first element: `inreplyto`
 * names it and `replyType="reply"` (ISO 19444-1), so Acrobat shows it in the mark's thread. It
 * sits on the mark's first page, at its top-left corner, as Acrobat puts replies.
 */
function replyElement(annotation: Annotation, reply: AnnotationReply, index: number, pageIndex: number, rects: PageRect[], hex: string): string {
  const attributes: [string, string][] = [
    ['page', String(pageIndex)],
    ['rect', rectText(noteIconRect(boundingBox(rects)))],
    ['color', hex],
    ['name', briefingReplyName(annotation.id, index)],
    ['inreplyto', briefingName(annotation.id, pageIndex)],
    ['replyType', 'reply'],
  ];
  if (reply.author) attributes.push(['title', reply.author]);
  if (reply.createdAt) attributes.push(['creationdate', pdfDate(reply.createdAt)], ['date', pdfDate(reply.createdAt)]);
  attributes.push(['flags', 'print,nozoom,norotate'], ['icon', 'Comment']);
  return element('text', attributes, [textElement('contents', reply.text)]);
}

/**
 * The annotations as an XFDF file for the PDF named `fileName`. A mark across a page break is
 * one element per page, named `briefing-<id>-<page>` so that the import joins them again; its
 * replies follow it. A mark waiting for review (carried from the previous revision, its text not
 * found) has no place on a page, which XFDF requires (`rect`): it is left out, and the caller
 * says how many were.
 */
export function annotationsToXfdf(annotations: Annotation[], colours: AnnotationColour[], options: { fileName: string }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xfdf xmlns="${xfdfNamespace}" xmlns:briefing="${briefingXfdfNamespace}" xml:space="preserve">`,
    element('f', [['href', options.fileName]]),
    '<annots>',
  ];
  for (const annotation of annotations) {
    const colour = colours.find((candidate) => candidate.key === annotation.colour);
    const byPage = rectsByPage(annotation.anchor.rects);
    for (const [pageIndex, rects] of byPage) lines.push(annotationElement(annotation, pageIndex, rects, colour));
    const [first] = byPage;
    if (!first) continue;
    annotation.replies.forEach((reply, index) => {
      lines.push(replyElement(annotation, reply, index, first[0], first[1], (colour?.hex ?? '#ffd400').toUpperCase()));
    });
  }
  lines.push('</annots>', '</xfdf>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

type XmlNode = Record<string, unknown>;

const attributesKey = ':@';
const textKey = '#text';

function notXfdf(reason: string): AppError {
  return new AppError(
    'invalid-argument',
    `This file is not XFDF: ${reason}. Export the comments from your PDF reader as an XFDF file (.xfdf; in Acrobat: Comments, then Export All to Data File) and import that file.`,
  );
}

function nameOf(node: XmlNode): string | null {
  return Object.keys(node).find((key) => key !== attributesKey) ?? null;
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

function childrenOf(node: XmlNode): XmlNode[] {
  const name = nameOf(node);
  const value = name === null ? undefined : node[name];
  return Array.isArray(value) ? value.filter((child): child is XmlNode => typeof child === 'object' && child !== null) : [];
}

function elementsOf(node: XmlNode): XmlNode[] {
  return childrenOf(node).filter((child) => nameOf(child) !== textKey);
}

function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[attributesKey];
  if (typeof attributes !== 'object' || attributes === null || !Object.hasOwn(attributes, name)) return undefined;
  const value = (attributes as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (nameOf(child) === textKey ? String(child[textKey]) : ''))
    .join('');
}

/** Prefixes bound to our namespace on the root or the element (`briefing` when we wrote it). */
function ourPrefixes(...nodes: XmlNode[]): Set<string> {
  const prefixes = new Set<string>();
  for (const node of nodes) {
    const attributes = node[attributesKey];
    if (typeof attributes !== 'object' || attributes === null) continue;
    for (const [key, value] of Object.entries(attributes)) {
      if (key.startsWith('xmlns:') && value === briefingXfdfNamespace) prefixes.add(key.slice('xmlns:'.length));
    }
  }
  return prefixes;
}

function isOurs(name: string | null, local: string, prefixes: Set<string>): boolean {
  if (name === null) return false;
  const colon = name.indexOf(':');
  return colon > 0 && prefixes.has(name.slice(0, colon)) && name.slice(colon + 1) === local;
}

function ourAttribute(node: XmlNode, local: string, prefixes: Set<string>): string | undefined {
  for (const prefix of prefixes) {
    const value = attributeOf(node, `${prefix}:${local}`);
    if (value !== undefined) return value;
  }
  return undefined;
}

function ourChildren(node: XmlNode, local: string, prefixes: Set<string>): XmlNode[] {
  return elementsOf(node).filter((child) => isOurs(nameOf(child), local, prefixes));
}

function numbersIn(value: string | undefined): number[] | null {
  if (value === undefined) return null;
  const numbers = value.split(/[\s,]+/u).filter(Boolean).map(Number);
  return numbers.every(Number.isFinite) ? numbers : null;
}

function rectFrom(pageIndex: number, numbers: number[]): PageRect {
  return normalisedRect({ pageIndex, x1: numbers[0], y1: numbers[1], x2: numbers[2], y2: numbers[3] });
}

/** Each quadrilateral (8 numbers, in whatever corner order the tool wrote) becomes its bounding box. */
function rectsFromCoords(pageIndex: number, coords: number[]): PageRect[] {
  const rects: PageRect[] = [];
  for (let start = 0; start + 8 <= coords.length; start += 8) {
    const quad = coords.slice(start, start + 8);
    const xs = [quad[0], quad[2], quad[4], quad[6]];
    const ys = [quad[1], quad[3], quad[5], quad[7]];
    rects.push({ pageIndex, x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) });
  }
  return rects;
}

function ourRects(pageIndex: number, value: string | undefined): PageRect[] | null {
  if (value === undefined) return null;
  const rects: PageRect[] = [];
  for (const part of value.split(';')) {
    const numbers = numbersIn(part);
    if (!numbers || numbers.length !== 4) return null;
    rects.push({ pageIndex, x1: numbers[0], y1: numbers[1], x2: numbers[2], y2: numbers[3] });
  }
  return rects;
}

function rectsOf(node: XmlNode, kind: AnnotationKind, pageIndex: number, prefixes: Set<string>): PageRect[] | null {
  if (ourAttribute(node, 'unplaced', prefixes) === 'true') return [];
  const exact = ourRects(pageIndex, ourAttribute(node, 'rects', prefixes));
  if (exact) return exact;
  if (markupKinds.has(kind)) {
    const coords = numbersIn(attributeOf(node, 'coords'));
    if (coords && coords.length >= 8) return rectsFromCoords(pageIndex, coords);
  }
  const rect = numbersIn(attributeOf(node, 'rect'));
  return rect && rect.length === 4 ? [rectFrom(pageIndex, rect)] : null;
}

const blockElements = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text of `<contents-richtext>` (XHTML): paragraphs and `<br/>` become line breaks. */
function richText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === null) continue;
    if (name === textKey) {
      text += String(node[textKey]);
      continue;
    }
    const local = localName(name);
    if (local === 'br') {
      text += '\n';
      continue;
    }
    if (blockElements.has(local) && text !== '' && !text.endsWith('\n')) text += '\n';
    text += richText(childrenOf(node));
  }
  return text;
}

function noteOf(node: XmlNode): string {
  const children = elementsOf(node);
  const contents = children.find((child) => localName(nameOf(child) ?? '') === 'contents');
  // Acrobat writes line breaks in notes as CR (&#13;).
  const plain = contents ? textOf(contents).replace(/\r\n?/gu, '\n') : '';
  if (plain !== '') return plain;
  const rich = children.find((child) => localName(nameOf(child) ?? '') === 'contents-richtext');
  return rich ? richText(childrenOf(rich)).replace(/\r\n?/gu, '\n').trim() : '';
}

/** Our colour key for the file's colour: ours if Briefing wrote it, else the nearest of our colours. */
function colourOf(node: XmlNode, colours: AnnotationColour[], prefixes: Set<string>): string {
  const key = ourAttribute(node, 'colour', prefixes);
  if (key !== undefined && colours.some((colour) => colour.key === key)) return key;
  const wanted = hexChannels(attributeOf(node, 'color') ?? '');
  let nearest = colours[0]?.key ?? key ?? '';
  if (!wanted) return nearest;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const colour of colours) {
    const channels = hexChannels(colour.hex);
    if (!channels) continue;
    const distance = channels.reduce((sum, channel, index) => sum + (channel - wanted[index]) ** 2, 0);
    if (distance < nearestDistance) {
      nearest = colour.key;
      nearestDistance = distance;
    }
  }
  return nearest;
}

function quoteOf(node: XmlNode, prefixes: Set<string>): AnnotationAnchor['quote'] {
  const quote = ourChildren(node, 'quote', prefixes)[0];
  if (!quote) return undefined;
  const part = (local: string) => {
    const child = ourChildren(quote, local, prefixes)[0];
    return child ? textOf(child) : '';
  };
  return { exact: part('exact'), prefix: part('prefix'), suffix: part('suffix') };
}

function positionOf(node: XmlNode, prefixes: Set<string>): AnnotationAnchor['position'] {
  const position = ourChildren(node, 'position', prefixes)[0];
  if (!position) return undefined;
  const start = Number(attributeOf(position, 'start'));
  const end = Number(attributeOf(position, 'end'));
  return Number.isInteger(start) && Number.isInteger(end) ? { start, end } : undefined;
}

const parserOptions: X2jOptions = {
  preserveOrder: true, // keeps rich text in order, and makes one child and many look alike
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // notes keep their spaces and line breaks
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  entityDecoder: standardEntitiesOnly,
};

/** The root element of the parsed document, past the XML declaration and processing instructions. */
function rootOf(tree: unknown): XmlNode | undefined {
  if (!Array.isArray(tree)) return undefined;
  return tree.find((node): node is XmlNode => {
    if (typeof node !== 'object' || node === null) return false;
    const name = nameOf(node as XmlNode);
    return name !== null && name !== textKey && !name.startsWith('?');
  });
}

/** Longest attribute value read: names, dates, colours, rectangles and coordinates are far shorter. */
export const maxXfdfAttributeCharacters = 64 * 1024;
/** Longest text of one element (a note, a reply): about 250 printed pages. */
export const maxXfdfTextCharacters = 1024 * 1024;

/**
 * Refuses, before parsing, a file with a value no annotation needs (a scan of the text, linear
 * in its length): in review a 19 MB attribute took the parser 7 s and 1.5 GB.
 * @throws AppError 'invalid-argument' saying which limit and what to do.
 */
function refuseOversizedValues(text: string): void {
  let longest = 0;
  for (const match of text.matchAll(/=\s*(?:"[^"]*"|'[^']*')/gu)) longest = Math.max(longest, match[0].length);
  if (longest > maxXfdfAttributeCharacters) {
    throw new AppError('invalid-argument', `This XFDF file holds a value of ${Math.round(longest / 1024)} KB in one attribute, where annotations need a few characters; it was not read, and nothing was imported. Export the annotations again from the other reader.`);
  }
  for (const match of text.matchAll(/>[^<]*/gu)) {
    if (match[0].length > maxXfdfTextCharacters) {
      throw new AppError('invalid-argument', `This XFDF file holds a note of over ${Math.round(maxXfdfTextCharacters / 1024 / 1024)} MB; it was not read, and nothing was imported. Shorten the note in the other reader, or export fewer annotations.`);
    }
  }
}

/**
 * The annotations in an XFDF file, from Briefing or any other tool. Elements Briefing wrote for
 * one mark across pages are joined again; others become one annotation each. Annotation types we
 * have no kind for are counted in `skipped`. Page numbers are not checked against the document.
 */
export function xfdfToAnnotations(xml: string, colours: AnnotationColour[]): XfdfImport {
  // XML end-of-line handling: literal CR LF and CR are LF (escaped &#13; stays CR).
  const text = xml.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  refuseOversizedValues(text);
  const validation = XMLValidator.validate(text);
  if (validation !== true) throw notXfdf(`it is not well-formed XML (${validation.err.msg} at line ${validation.err.line})`);
  let tree: unknown;
  try {
    tree = new XMLParser(parserOptions).parse(text);
  } catch {
    // The parser refuses what it will not read (external and parameter entities in a DOCTYPE,
    // for one) in its own words, which would mean nothing to the person importing.
    throw notXfdf(
      /<!ENTITY/u.test(text) ? 'it declares entities in a DOCTYPE that point outside the file, which an XFDF file never does; nothing was read from them' : 'it could not be read as XML',
    );
  }
  const root = rootOf(tree);
  const rootName = root ? nameOf(root) : null;
  if (!root || rootName === null || localName(rootName) !== 'xfdf') {
    throw notXfdf(`its root element is <${rootName ?? 'nothing'}>, not <xfdf>`);
  }

  const groups = new Map<string, ImportedAnnotation>();
  /** Each element's `name` → its mark's key in `groups`, for the replies to find their mark. */
  const groupOfName = new Map<string, string>();
  const replies: ReplyElement<ImportedAnnotation>[] = [];
  let skipped = 0;
  let foreignCount = 0;
  for (const annots of elementsOf(root).filter((child) => localName(nameOf(child) ?? '') === 'annots')) {
    for (const node of elementsOf(annots)) {
      const kind = kindOfElement.get(localName(nameOf(node) ?? ''));
      const page = attributeOf(node, 'page')?.trim();
      const prefixes = ourPrefixes(root, annots, node);
      const rects = kind && page && /^\d+$/u.test(page) ? rectsOf(node, kind, Number(page), prefixes) : null;
      const name = attributeOf(node, 'name') ?? '';
      const ourName = ourNamePattern.exec(name);
      const inReplyTo = attributeOf(node, 'inreplyto');
      // ISO 19444-1: replyType "group" joins annotations into one; only "reply" (the default) is a reply.
      if (inReplyTo && attributeOf(node, 'replyType')?.toLowerCase() !== 'group') {
        const author = authorOf(node, ourName !== null);
        const reply = { author: author ?? '', text: noteOf(node), createdAt: isoFromPdfDate(attributeOf(node, 'creationdate') ?? attributeOf(node, 'date') ?? '') ?? '' };
        // Kept as a note of its own, should its mark not be in the file.
        const alone = kind && rects ? foreignAnnotation(node, kind, rects, colours, prefixes, ourName !== null) : undefined;
        replies.push({ name, inReplyTo, reply, alone });
        continue;
      }
      if (!kind || !rects) {
        skipped += 1;
        continue;
      }
      const groupKey = ourName ? `briefing-${ourName[1]}` : `element-${(foreignCount += 1)}`;
      if (name) groupOfName.set(name, groupKey);
      const group = groups.get(groupKey);
      if (group) {
        group.anchor.rects.push(...rects);
        continue;
      }
      groups.set(groupKey, foreignAnnotation(node, kind, rects, colours, prefixes, ourName !== null));
    }
  }
  const orphans = threadReplies(replies, (name) => groups.get(groupOfName.get(name) ?? ''));
  for (const orphan of orphans) {
    if (orphan) groups.set(`element-${(foreignCount += 1)}`, orphan);
    else skipped += 1;
  }
  return { annotations: [...groups.values()], skipped };
}

/** One element as a mark (its other pages, if Briefing wrote it across a page break, are added by the caller). */
function foreignAnnotation(
  node: XmlNode,
  kind: AnnotationKind,
  rects: PageRect[],
  colours: AnnotationColour[],
  prefixes: Set<string>,
  ours: boolean,
): ImportedAnnotation {
  const anchor: AnnotationAnchor = { rects };
  const quote = quoteOf(node, prefixes);
  const position = positionOf(node, prefixes);
  if (quote) anchor.quote = quote;
  if (position) anchor.position = position;
  const createdAt = isoFromPdfDate(attributeOf(node, 'creationdate') ?? '');
  return {
    kind,
    colour: colourOf(node, colours, prefixes),
    note: noteOf(node),
    tags: ourChildren(node, 'tag', prefixes).map(textOf),
    anchor,
    author: authorOf(node, ours),
    ...(createdAt ? { createdAt } : {}),
    replies: [],
  };
}

/** Longer than any name: a title beyond this is not an author. */
const maxAuthorLength = 200;

/**
 * The author (`title`, ISO 19444-1), on one line. Briefing wrote "Briefing" there before it
 * had an author name: that is no one's name.
 */
function authorOf(node: XmlNode, ours: boolean): string | null {
  const title = (attributeOf(node, 'title') ?? '').replace(/\s+/gu, ' ').trim().slice(0, maxAuthorLength);
  if (title === '' || (ours && title === 'Briefing')) return null;
  return title;
}
