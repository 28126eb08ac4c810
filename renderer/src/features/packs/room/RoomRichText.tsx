import type { ReactNode } from 'react';
import type { RichBlock, RichInline, RichText } from '../../../../../electron/common/richText';

/** Inline runs with their bold and italics; links read as their words (the room is for reading, not for leaving). */
function inline(content: RichInline[] | undefined): ReactNode[] {
  return (content ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let shown: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') shown = <strong>{shown}</strong>;
      if (mark.type === 'italic') shown = <em>{shown}</em>;
    }
    return <span key={index}>{shown}</span>;
  });
}

function block(node: RichBlock, index: number): ReactNode {
  // A heading inside a card's field sits below the card's own headings (h3).
  if (node.type === 'heading') return <h4 key={index}>{inline(node.content)}</h4>;
  if (node.type === 'paragraph') return <p key={index}>{inline(node.content)}</p>;
  const List = node.type === 'orderedList' ? 'ol' : 'ul';
  return (
    <List key={index}>
      {node.content.map((item, itemIndex) => (
        <li key={itemIndex}>{item.content.map(block)}</li>
      ))}
    </List>
  );
}

/** A card's field or a section's body, read-only: paragraphs, headings, lists, bold and italics (common/richText.ts). */
export function RoomRichText({ text }: { text: RichText }) {
  return <div dir="auto">{text.content.map(block)}</div>;
}
