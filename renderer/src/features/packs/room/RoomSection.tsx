import type { PackSection } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';
import { RoomCard } from './RoomCard';
import { RoomDraftText } from './RoomDraftText';
import { RoomItems } from './RoomItems';
import { RoomPositions } from './RoomPositions';
import { roomElementId } from './roomPlaces';
import { RoomRichText } from './RoomRichText';

/**
 * One section as the room reads it: its title, then what its kind shows (the draft text, our
 * card, other States' positions), its body and its items. Every part a jump can reach has an
 * id (roomElementId) and takes the focus (tabIndex -1), so a screen reader follows the jump.
 */
export function RoomSection({ section, title }: { section: PackSection; title: string }) {
  const t = useT();
  const id = roomElementId({ sectionId: section.id, anchor: null });
  return (
    <section id={id} className="room-section" aria-labelledby={`${id}-title`} data-section-id={section.id} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {section.kind === 'draft-text' && (section.draft ? <RoomDraftText sectionId={section.id} draft={section.draft} /> : <p className="room-muted">{t('room.draft.noRevision')}</p>)}
      {section.kind === 'position-card' && <RoomCard sectionId={section.id} card={section.card} />}
      {section.positionsByStance && <RoomPositions sectionId={section.id} groups={section.positionsByStance} />}
      {section.body && (
        <div id={roomElementId({ sectionId: section.id, anchor: 'body' })} tabIndex={-1}>
          <RoomRichText text={section.body} />
        </div>
      )}
      <RoomItems sectionId={section.id} items={section.items} />
    </section>
  );
}
