import type { PositionCard } from '../../../../../electron/common/packs';
import { positionCardHeadings } from '../../../../../electron/common/packs';
import { plainTextOf } from '../../../../../electron/common/richText';

/** Our card on an article of a revision. Read-only for now: the card editor replaces this. */
export function PositionCardEditor({ card }: { revisionDocumentId: number; articleLabel: string; card: PositionCard | null }) {
  if (!card) return null;
  return (
    <div className="pack-card">
      {positionCardHeadings.map((heading) => (card.fields[heading] ? <p key={heading}>{plainTextOf(card.fields[heading])}</p> : null))}
    </div>
  );
}
