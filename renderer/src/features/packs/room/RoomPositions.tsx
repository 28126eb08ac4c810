import type { PackSection } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';
import { roomElementId } from './roomPlaces';

/** Other States' positions on the article, grouped by stance: who, what, the words proposed or quoted, and where it was said. */
export function RoomPositions({ sectionId, groups }: { sectionId: number; groups: NonNullable<PackSection['positionsByStance']> }) {
  const t = useT();
  if (groups.length === 0) return <p className="room-muted">{t('room.positions.none')}</p>;
  return groups.map(({ stance, positions }) => (
    <div key={stance} className="room-stance">
      <h3>{t(`positions.stance.${stance}`)}</h3>
      <ul>
        {positions.map((position) => (
          <li key={position.positionId} id={roomElementId({ sectionId, anchor: `position-${position.positionId}` })} tabIndex={-1}>
            <strong>{position.speakerName}</strong>
            {position.summary && <span dir="auto">: {position.summary}</span>}
            {position.proposedWording && <blockquote dir="auto">{position.proposedWording}</blockquote>}
            {position.quote && <blockquote dir="auto">{position.quote}</blockquote>}
            {position.citation && <cite>{position.citation}</cite>}
          </li>
        ))}
      </ul>
    </div>
  ));
}
