import type { PackItemInput } from '../../../../electron/common/packs';
import { useT } from '../../i18n/useT';
import { PositionSources } from './PositionSources';
import { SearchSources } from './SearchSources';

/**
 * The sources to add from without leaving the screen: a search of the library and the
 * positions on the pack's revision. What is added goes to the end of the section chosen in the
 * outline (`target` names it); what is dragged goes where it is dropped.
 */
export function SourcesPane({ revisionDocumentId, target, onAdd }: { revisionDocumentId: number | null; target: string | undefined; onAdd: (input: PackItemInput) => void }) {
  const t = useT();
  return (
    <aside className="pack-sources" aria-label={t('packs.sources.label')}>
      <div className="pack-pane-header">
        <h2 className="pack-pane-title">{t('packs.sources.title')}</h2>
      </div>
      <p className="hint pack-sources-target">{target ? t('packs.sources.addingTo', { section: target }) : t('packs.sources.chooseSection')}</p>
      <SearchSources target={target} onAdd={onAdd} />
      <h3 className="pack-sources-heading">{t('packs.sources.positions')}</h3>
      {revisionDocumentId === null ? <p className="hint">{t('packs.sources.noRevision')}</p> : <PositionSources revisionDocumentId={revisionDocumentId} target={target} onAdd={onAdd} />}
    </aside>
  );
}
