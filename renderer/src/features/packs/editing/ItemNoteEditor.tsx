import type { PackItem } from '../../../../../electron/common/packs';
import { plainTextOf } from '../../../../../electron/common/richText';

/** The delegate's note on an item. Read-only for now: the rich text editor replaces this. */
export function ItemNoteEditor({ item }: { item: PackItem }) {
  return item.note ? <div className="pack-rich-text">{plainTextOf(item.note)}</div> : null;
}
