/**
 * Rich text as structured data: the ProseMirror document JSON that Tiptap's editor reads and
 * writes (https://prosemirror.net/docs/guide/#doc, Tiptap's `editor.getJSON()`), limited to what
 * a position card or a note needs: paragraphs, headings, bullet and numbered lists, bold,
 * italics and links (to a web page or to a source in the library). Stored as JSON, never as an
 * HTML string, so every export (PDF, Word, Markdown) writes it its own way and nothing a
 * colleague pastes can carry a script.
 */
import { z } from 'zod';

export type RichMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface RichTextNode {
  type: 'text';
  text: string;
  marks?: RichMark[];
}

export interface RichParagraph {
  type: 'paragraph';
  content?: RichInline[];
}

export interface RichHeading {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 };
  content?: RichInline[];
}

export interface RichList {
  type: 'bulletList' | 'orderedList';
  content: RichListItem[];
}

export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}

export type RichInline = RichTextNode | { type: 'hardBreak' };
export type RichBlock = RichParagraph | RichHeading | RichList;

/** A rich text document: Tiptap's `{type: 'doc', content: [...]}`. */
export interface RichText {
  type: 'doc';
  content: RichBlock[];
}

/** An empty document, as the editor makes one. */
export const emptyRichText = (): RichText => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** A document of plain paragraphs, one per line of `text` (a snapshot, a quote turned into a note). */
export function richTextOf(text: string): RichText {
  const lines = text.split(/\r?\n/u);
  return { type: 'doc', content: lines.map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })) };
}

/** The words of a document, paragraphs and list items on lines of their own (search, previews, a Markdown fallback). */
const inlineText = (content: RichInline[] | undefined) => (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');

export function plainTextOf(doc: RichText): string {
  const lines: string[] = [];
  const block = (node: RichBlock, prefix: string): void => {
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(prefix + inlineText(node.content));
    else
      node.content.forEach((item, index) => {
        const marker = node.type === 'orderedList' ? `${index + 1}. ` : '• ';
        item.content.forEach((child, childIndex) => block(child, childIndex === 0 ? prefix + marker : prefix + '   '));
      });
  };
  doc.content.forEach((node) => block(node, ''));
  return lines.join('\n').trim();
}

/** Links may go to the web or to a page of a library document (`briefing://document/12?page=3`); nothing else (no javascript:, no file:). */
const allowedHref = /^(https?:\/\/|mailto:|briefing:\/\/document\/\d+)/u;

/** Whether a link may be stored: a web page (http, https), an e-mail address (mailto:) or a library source (briefing://document/ID?page=N). */
export const isAllowedHref = (value: string): boolean => value.length <= 2_000 && allowedHref.test(value);

/** The link to page `pageNumber` (1-based, as printed in the reader's page box) of a library document. */
export const sourceHref = (documentId: number, pageNumber: number): string => `briefing://document/${documentId}?page=${pageNumber}`;

/** The document and page (1-based; 1 when the link names none) of a library source's link, or null for any other link. */
export function sourceOfHref(value: string): { documentId: number; pageNumber: number } | null {
  const match = /^briefing:\/\/document\/(\d+)(?:\?page=(\d+))?/u.exec(value);
  return match ? { documentId: Number(match[1]), pageNumber: Math.max(1, Number(match[2] ?? 1)) } : null;
}

const href = z.string().max(2_000).regex(allowedHref, 'a link to a web page (https://…) or to a document in the library');

const textNode = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(100_000),
  marks: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('bold') }),
        z.strictObject({ type: z.literal('italic') }),
        z.strictObject({ type: z.literal('link'), attrs: z.looseObject({ href }) }),
      ]),
    )
    .max(3)
    .optional(),
});
const inlineNodes = z.array(z.union([textNode, z.strictObject({ type: z.literal('hardBreak') })])).max(5_000).optional();

// Recursive through lists; depth is bounded by the size check below, and zod's lazy keeps it typed.
const block: z.ZodType<RichBlock> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.literal('paragraph'), attrs: z.looseObject({}).optional(), content: inlineNodes }),
    z.strictObject({ type: z.literal('heading'), attrs: z.looseObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }), content: inlineNodes }),
    z.strictObject({
      type: z.enum(['bulletList', 'orderedList']),
      attrs: z.looseObject({}).optional(),
      content: z.array(z.strictObject({ type: z.literal('listItem'), content: z.array(block).min(1).max(200) })).min(1).max(500),
    }),
  ]) as z.ZodType<RichBlock>,
);

/** A rich text document at the door: the node types above only, at most about 1 MB of JSON. */
export const richTextSchema = z
  .strictObject({ type: z.literal('doc'), content: z.array(block).max(5_000) })
  .refine((doc) => JSON.stringify(doc).length <= 1_000_000, 'a text of at most about 1 MB; split it into several notes') as unknown as z.ZodType<RichText>;
