import type { ReactNode } from 'react';
import { sourceOfHref, type RichBlock, type RichInline, type RichText } from '../../../../../electron/common/richText';
import { useNavigation, type ReaderTarget } from '../../shell/navigation';

/**
 * A link as the room shows it: one to a library source opens the reader at its page (as the
 * editor's Ctrl+click does); the app has no way to open a web page, so a web or mail link
 * reads as its words with its address after them, to copy or type.
 */
function RoomLink({ href, children, open }: { href: string; children: ReactNode; open: (target: ReaderTarget) => void }) {
  const source = sourceOfHref(href);
  if (source) {
    return (
      <a
        href={href}
        className="room-link"
        onClick={(event) => {
          event.preventDefault();
          open({ documentId: source.documentId, pageIndex: source.pageNumber - 1, terms: [] });
        }}
      >
        {children}
      </a>
    );
  }
  return (
    <>
      {children} <span className="room-link-address">({href.replace(/^mailto:/u, '')})</span>
    </>
  );
}

/** Inline runs with their bold, italics and links (see RoomLink). */
function inline(content: RichInline[] | undefined, open: (target: ReaderTarget) => void): ReactNode[] {
  return (content ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let shown: ReactNode = node.text;
    let href: string | undefined;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') shown = <strong>{shown}</strong>;
      if (mark.type === 'italic') shown = <em>{shown}</em>;
      if (mark.type === 'link') href = mark.attrs.href;
    }
    return (
      <span key={index}>
        {href ? (
          <RoomLink href={href} open={open}>
            {shown}
          </RoomLink>
        ) : (
          shown
        )}
      </span>
    );
  });
}

function block(node: RichBlock, index: number, open: (target: ReaderTarget) => void): ReactNode {
  // A heading inside a card's field sits below the card's own headings (h3).
  if (node.type === 'heading') return <h4 key={index}>{inline(node.content, open)}</h4>;
  if (node.type === 'paragraph') return <p key={index}>{inline(node.content, open)}</p>;
  const List = node.type === 'orderedList' ? 'ol' : 'ul';
  return (
    <List key={index}>
      {node.content.map((item, itemIndex) => (
        <li key={itemIndex}>{item.content.map((child, childIndex) => block(child, childIndex, open))}</li>
      ))}
    </List>
  );
}

/** A card's field or a section's body, read-only: paragraphs, headings, lists, bold, italics and links (common/richText.ts). */
export function RoomRichText({ text }: { text: RichText }) {
  const { openInReader } = useNavigation();
  return <div dir="auto">{text.content.map((node, index) => block(node, index, openInReader))}</div>;
}
