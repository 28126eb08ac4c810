import { ExternalLink } from 'lucide-react';
import type { PackSection } from '../../../../electron/common/packs';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useOpenSource } from './useOpenSource';

/** Other States' positions on the article, grouped by stance (supports, opposes …), each with where it was said. */
export function StatePositionsView({ groups }: { groups: NonNullable<PackSection['positionsByStance']> }) {
  const t = useT();
  const openSource = useOpenSource();
  const shown = groups.filter((group) => group.positions.length > 0);
  if (shown.length === 0) return <p className="hint">{t('packs.positions.none')}</p>;
  return (
    <div className="pack-positions">
      {shown.map((group) => (
        <section key={group.stance} className="pack-stance" aria-label={t(`positions.stance.${group.stance}`)}>
          <h4 className="pack-stance-title">
            {t(`positions.stance.${group.stance}`)} <span className="hint">({group.positions.length})</span>
          </h4>
          <ul className="pack-position-list">
            {group.positions.map((position) => (
              <li key={position.positionId} className="pack-position">
                <strong>{position.speakerName}</strong>
                {position.summary && <p dir="auto">{position.summary}</p>}
                {position.proposedWording && (
                  <p dir="auto" className="pack-wording">
                    <span className="hint">{t('packs.positions.wording')} </span>
                    {position.proposedWording}
                  </p>
                )}
                {position.quote && <blockquote dir="auto">{position.quote}</blockquote>}
                <div className="pack-citation-row">
                  <cite className="hint">{position.citation}</cite>
                  {position.sourceDocumentId !== null && (
                    <Button variant="quiet" onPress={() => openSource(position.sourceDocumentId!, position.sourcePageIndex)}>
                      <ExternalLink aria-hidden size={14} />
                      {t('packs.openSource')}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
