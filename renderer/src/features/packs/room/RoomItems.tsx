import type { PackItem } from '../../../../../electron/common/packs';
import { roomElementId } from './roomPlaces';
import { RoomRichText } from './RoomRichText';

/** A section's clips: the words quoted (in their language and direction), the citation, the delegate's note. */
export function RoomItems({ sectionId, items }: { sectionId: number; items: PackItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="room-items">
      {items.map((item) => (
        <li key={item.id} id={roomElementId({ sectionId, anchor: `item-${item.id}` })} tabIndex={-1}>
          {item.quote && (
            <blockquote lang={item.language ?? undefined} dir="auto">
              {item.quote}
            </blockquote>
          )}
          {item.citation && <cite>{item.citation}</cite>}
          {item.note && <RoomRichText text={item.note} />}
        </li>
      ))}
    </ul>
  );
}
