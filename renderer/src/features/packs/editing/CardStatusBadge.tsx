import { CircleCheck, Hourglass, MoveHorizontal, type LucideIcon } from 'lucide-react';
import type { PositionCardStatus } from '../../../../../electron/common/packs';
import { useT } from '../../../i18n/useT';

const icons: Record<PositionCardStatus, LucideIcon> = { instructed: CircleCheck, 'awaiting-instructions': Hourglass, flexible: MoveHorizontal };

/** A card's status as a badge: an icon and its words (never a colour alone, WCAG 1.4.1), on the card and in the matrix. */
export function CardStatusBadge({ status }: { status: PositionCardStatus }) {
  const t = useT();
  const Icon = icons[status];
  return (
    <span className={`card-status-badge card-status-${status}`}>
      <Icon aria-hidden size={12} strokeWidth={2} />
      {t(`positionCard.status.${status}`)}
    </span>
  );
}
