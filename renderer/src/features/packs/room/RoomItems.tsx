import type { PackItem, PackPosition } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';
import { roomElementId } from './roomPlaces';
import { RoomRichText } from './RoomRichText';

/** A position added as an item, as the positions section reads one: "Brazil · Proposes an amendment · Art. 6(4)", what it said, the wording proposed, where. */
function RoomItemPosition({ position }: { position: PackPosition }) {
  const t = useT();
  return (
    <>
      <strong>{[position.speakerName, t(`positions.stance.${position.stance}`), position.targetLabel].filter(Boolean).join(' · ')}</strong>
      {position.summary && <p dir="auto">{position.summary}</p>}
      {position.proposedWording && (
        <p dir="auto">
          <span className="room-label">{t('packs.positions.wording')} </span>
          {position.proposedWording}
        </p>
      )}
      {position.quote && <blockquote dir="auto">{position.quote}</blockquote>}
      {position.citation && <cite>{position.citation}</cite>}
    </>
  );
}

/**
 * A section's clips: the words quoted (in their language and direction), the citation, the
 * delegate's note; a position (kind 'position', with `position` resolved) reads as the position
 * as it stands now, not as the words clipped when it was added.
 */
export function RoomItems({ sectionId, items }: { sectionId: number; items: PackItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="room-items">
      {items.map((item) => (
        <li key={item.id} id={roomElementId({ sectionId, anchor: `item-${item.id}` })} tabIndex={-1}>
          {item.kind === 'position' && item.position ? (
            <RoomItemPosition position={item.position} />
          ) : (
            <>
              {item.quote && (
                <blockquote lang={item.language ?? undefined} dir="auto">
                  {item.quote}
                </blockquote>
              )}
              {item.citation && <cite>{item.citation}</cite>}
            </>
          )}
          {item.note && <RoomRichText text={item.note} />}
        </li>
      ))}
    </ul>
  );
}
