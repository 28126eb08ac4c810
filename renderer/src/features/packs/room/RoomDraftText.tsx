import type { PackDraftText } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';
import { RedlineText } from '../../revisions/RedlineText';
import { articleBlocks } from './articleBlocks';
import { paragraphAnchor, roomElementId } from './roomPlaces';

/**
 * An article's text paragraph by paragraph, each a place the go-to box and search can reach,
 * with the changes since the previous revision as <ins> and <del> (read as insertion and
 * deletion, not by colour alone).
 */
export function RoomDraftText({ sectionId, draft }: { sectionId: number; draft: PackDraftText }) {
  const t = useT();
  if (draft.missing) return <p className="room-muted">{t('room.draft.missing', { revision: draft.revisionName })}</p>;
  return (
    <>
      <p className="room-source">
        {draft.redline && draft.previousRevisionName ? t('room.draft.changesSince', { revision: draft.revisionName, previous: draft.previousRevisionName }) : draft.revisionName}
      </p>
      <div className="room-draft">
        {articleBlocks(draft.text, draft.redline, draft.heading).map((block, index) => {
          const anchor = block.path.length > 0 ? paragraphAnchor(block.path) : null;
          return (
            <p
              // Paths are unique but for the heading and the unnumbered text before the first paragraph.
              key={`${index}-${block.path.join('-')}`}
              id={anchor ? roomElementId({ sectionId, anchor }) : undefined}
              tabIndex={anchor ? -1 : undefined}
              dir="auto"
              className={block.lead ? 'room-draft-lead' : `room-draft-level-${Math.max(1, block.path.length)}`}
            >
              <RedlineText segments={block.segments} />
            </p>
          );
        })}
      </div>
    </>
  );
}
