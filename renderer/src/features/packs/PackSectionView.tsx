import type { InterfaceLanguage } from '../../../../electron/common/model';
import { sectionTitle } from '../../../../electron/common/packSectionTitle';
import type { Pack, PackSection } from '../../../../electron/common/packs';
import { useT } from '../../i18n/useT';
import { DraftTextView } from './DraftTextView';
import { PositionCardEditor } from './editing/PositionCardEditor';
import { SectionBodyEditor } from './editing/SectionBodyEditor';
import { NewerSourceNotice } from './NewerSourceNotice';
import { PackItemList } from './PackItemList';
import { StatePositionsView } from './StatePositionsView';
import type { PackActions } from './usePackActions';

/**
 * One section as the document shows it: its title, then what its kind reads from the library
 * (the draft article with its redline, our position card, other States' positions, or the
 * delegate's text), then its items.
 */
export function PackSectionView({
  pack,
  section,
  language,
  isSelected,
  actions,
  onFocus,
}: {
  pack: Pack;
  section: PackSection;
  language: InterfaceLanguage;
  isSelected: boolean;
  actions: PackActions;
  onFocus: () => void;
}) {
  const t = useT();
  const title = sectionTitle(section, language);
  const headingId = `pack-section-title-${section.id}`;
  const revisionDocumentId = section.revisionDocumentId ?? pack.session.revisionDocumentId;
  return (
    <section id={`pack-section-${section.id}`} className={`pack-section${isSelected ? ' pack-section-selected' : ''}`} aria-labelledby={headingId} tabIndex={-1} onFocus={onFocus}>
      <h3 id={headingId} className="pack-section-title">
        {title}
      </h3>
      {section.newerSource && <NewerSourceNotice newer={section.newerSource} />}
      {section.kind === 'draft-text' && (section.draft ? <DraftTextView draft={section.draft} /> : <p className="hint">{t('packs.draft.noRevision')}</p>)}
      {section.kind === 'position-card' &&
        (revisionDocumentId !== null && section.articleLabel ? (
          <PositionCardEditor revisionDocumentId={revisionDocumentId} articleLabel={section.articleLabel} card={section.card} />
        ) : (
          <p className="hint">{t('packs.card.needsRevision')}</p>
        ))}
      {section.kind === 'state-positions' && <StatePositionsView groups={section.positionsByStance ?? []} />}
      {section.kind === 'notes' && <SectionBodyEditor section={section} />}
      <PackItemList pack={pack} section={section} sectionName={title} actions={actions} />
    </section>
  );
}
