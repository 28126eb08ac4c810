import { positionCardHeadings, type PositionCard } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';
import { roomElementId } from './roomPlaces';
import { RoomRichText } from './RoomRichText';

/** Our card on the article: its status as a badge in words, then each heading that has text. */
export function RoomCard({ sectionId, card }: { sectionId: number; card: PositionCard | null }) {
  const t = useT();
  if (!card) return <p className="room-muted">{t('room.card.none')}</p>;
  return (
    <div className="room-card">
      <p>
        <span className="room-badge" data-status={card.status}>
          {t(`room.card.status.${card.status}`)}
        </span>
        {card.carriedFromDocumentId !== null && <span className="room-muted"> {t('room.card.carried')}</span>}
      </p>
      {positionCardHeadings.map((heading) => {
        const field = card.fields[heading];
        if (!field) return null;
        return (
          <div key={heading} id={roomElementId({ sectionId, anchor: `card-${heading}` })} tabIndex={-1}>
            <h3>{t(`room.card.heading.${heading}`)}</h3>
            <RoomRichText text={field} />
          </div>
        );
      })}
    </div>
  );
}
