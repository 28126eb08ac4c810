/**
 * Tiptap configured to read and write exactly the rich text of electron/common/richText.ts:
 * paragraphs, headings 1–3, bullet and numbered lists, hard breaks, bold, italics and links to
 * the schemes the contract allows. Everything else StarterKit brings (code, blockquote, strike,
 * underline, horizontal rule, code block) is left out, so a paste of HTML from Word or a web
 * page keeps only these: ProseMirror's clipboard parser drops what the schema does not know and
 * keeps its text (https://prosemirror.net/docs/ref/#model.DOMParser).
 */
import type { Extensions, JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isAllowedHref, type RichBlock, type RichInline, type RichMark, type RichText } from '../../../../../electron/common/richText';

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    heading: { levels: [1, 2, 3] },
    // No empty paragraph forced after a list: a card's fallbacks start as a numbered list and the caret belongs in it.
    trailingNode: false,
    link: {
      // A click places the caret (to edit the link's words); Ctrl+click is not wired yet.
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      // The same rule as the contract's schema: no javascript:, no file:, nothing the host refuses.
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
    },
  }),
];

const inline = (node: JSONContent): RichInline | null => {
  if (node.type === 'hardBreak') return { type: 'hardBreak' };
  if (node.type !== 'text' || !node.text) return null;
  const marks = (node.marks ?? []).flatMap((mark): RichMark[] => {
    if (mark.type === 'bold' || mark.type === 'italic') return [{ type: mark.type }];
    const href = mark.attrs?.href;
    return mark.type === 'link' && typeof href === 'string' && isAllowedHref(href) ? [{ type: 'link', attrs: { href } }] : [];
  });
  return marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
};

const inlines = (content: JSONContent[] | undefined): { content?: RichInline[] } => {
  const kept = (content ?? []).map(inline).filter((node): node is RichInline => node !== null);
  return kept.length > 0 ? { content: kept } : {};
};

const block = (node: JSONContent): RichBlock[] => {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', ...inlines(node.content) }];
    case 'heading': {
      const level = Number(node.attrs?.level);
      return [{ type: 'heading', attrs: { level: level === 1 || level === 2 ? level : 3 }, ...inlines(node.content) }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => {
        const children = (item.content ?? []).flatMap(block);
        return { type: 'listItem' as const, content: children.length > 0 ? children : [{ type: 'paragraph' as const }] };
      });
      return items.length > 0 ? [{ type: node.type, content: items }] : [];
    }
    default:
      // Not produced by the extensions above; its words are kept rather than lost.
      return node.content ? node.content.flatMap((child) => (child.type === 'text' ? [{ type: 'paragraph' as const, ...inlines([child]) }] : block(child))) : [];
  }
};

/**
 * The contract's rich text from the editor's JSON (`editor.getJSON()`): the same document with
 * the attributes only the editor needs left out (a link's rel and target, a list's start), so
 * what is stored is what richTextSchema accepts and every export reads.
 */
export function toRichText(json: JSONContent): RichText {
  const content = (json.content ?? []).flatMap(block);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** Whether a document holds no words (an empty note is stored as none). */
export function isEmptyRichText(doc: RichText): boolean {
  const empty = (node: RichBlock): boolean =>
    node.type === 'paragraph' || node.type === 'heading' ? (node.content ?? []).length === 0 : node.content.every((item) => item.content.every(empty));
  return doc.content.every(empty);
}
