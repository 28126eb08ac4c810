import type { InterfaceLanguage } from '../../../../electron/common/model';
import type { Pack } from '../../../../electron/common/packs';
import { useT } from '../../i18n/useT';
import { PackSectionView } from './PackSectionView';
import type { PackActions } from './usePackActions';

/**
 * The whole pack as one scroll, like the document it becomes: every section in order, so the
 * delegate reads on from article 2 to article 6 as she will in the room and in the export, and
 * choosing a section in the outline scrolls to it rather than hiding the rest.
 */
export function PackDocument({
  pack,
  language,
  selectedId,
  actions,
  onFocusSection,
}: {
  pack: Pack;
  language: InterfaceLanguage;
  selectedId: number | undefined;
  actions: PackActions;
  /** Working in a section (typing in its card, a note) makes it the chosen one, where the sources pane adds. */
  onFocusSection: (sectionId: number) => void;
}) {
  const t = useT();
  return (
    <div className="pack-document" role="region" aria-label={t('packs.document.label', { title: pack.title })}>
      <header className="pack-document-header">
        <h2 className="pack-document-title">{pack.title}</h2>
        {pack.classification && <span className="pack-classification">{pack.classification}</span>}
        {pack.session.name && <p className="hint">{pack.session.name}</p>}
      </header>
      {pack.sections.length === 0 && <p className="notice">{t('packs.document.empty')}</p>}
      {pack.sections.map((section) => (
        <PackSectionView key={section.id} pack={pack} section={section} language={language} isSelected={section.id === selectedId} actions={actions} onFocus={() => onFocusSection(section.id)} />
      ))}
    </div>
  );
}
