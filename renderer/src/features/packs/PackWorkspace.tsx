import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { InterfaceLanguage } from '../../../../electron/common/model';
import { sectionTitle } from '../../../../electron/common/packSectionTitle';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCommand } from '../../commands/CommandRegistry';
import { useT } from '../../i18n/useT';
import { stepMove } from './packOrder';
import { PackDocument } from './PackDocument';
import { PackExportDialog } from './PackExportDialog';
import { PackOutline } from './PackOutline';
import { PackToolbar } from './PackToolbar';
import { SectionDialog } from './SectionDialog';
import type { SectionRowAction } from './SectionRowMenu';
import { SourcesPane } from './SourcesPane';
import { usePackActions } from './usePackActions';
import { usePackCommands } from './usePackCommands';
import { useStructureHistory } from './useStructureHistory';

/** Brings a section into view in the document (the outline chose it). */
function scrollToSection(id: number) {
  requestAnimationFrame(() => document.getElementById(`pack-section-${id}`)?.scrollIntoView({ block: 'start' }));
}

/**
 * An open pack, as Word's outline view: the sections on the left (reordered by dragging or
 * Alt+Shift+↑/↓), the whole pack as one document in the middle, the sources to add on the
 * right; panes resize and keep their sizes. Undo and Redo take back changes to the structure.
 */
export function PackWorkspace({ packId, onBack, onEnterRoom }: { packId: number; onBack: () => void; onEnterRoom: () => void }) {
  const t = useT();
  const api = useApi();
  const intl = useIntl();
  const language = intl.locale.slice(0, 2) as InterfaceLanguage;
  const key = queryKeys.pack(packId, language);
  // Packs read the library and the positions when shown: read again each time (staleTime 0).
  const pack = useQuery({ queryKey: key, queryFn: () => api.packs.get({ id: packId, language }), staleTime: 0 });
  const history = useStructureHistory();
  const actions = usePackActions(key, history);
  const [chosenId, setChosenId] = useState<number>();
  const [dialog, setDialog] = useState<{ mode: 'add' } | { mode: 'rename'; sectionId: number }>();
  const [exporting, setExporting] = useState(false);
  useCommand('packs.export', () => setExporting(true));
  const layout = useDefaultLayout({ id: 'briefing-pack-panes', storage: localStorage });
  const data = pack.data;
  // The section chosen, or the first while none is (or the chosen one was deleted).
  const selected = data?.sections.find((section) => section.id === chosenId) ?? data?.sections[0];
  const select = (id: number) => {
    setChosenId(id);
    scrollToSection(id);
  };
  const addSection = () => setDialog({ mode: 'add' });
  usePackCommands(data, selected?.id, actions, addSection);

  const onSectionAction = (sectionId: number, action: SectionRowAction) => {
    const section = data?.sections.find((candidate) => candidate.id === sectionId);
    if (!data || !section) return;
    if (action === 'rename') setDialog({ mode: 'rename', sectionId });
    if (action === 'delete') actions.deleteSection(section);
    if (action === 'moveUp' || action === 'moveDown') {
      const step = stepMove(
        data.sections.map((candidate) => candidate.id),
        sectionId,
        action === 'moveUp' ? -1 : 1,
      );
      if (step) actions.moveSection(sectionId, step);
    }
  };
  const renamed = dialog?.mode === 'rename' ? data?.sections.find((section) => section.id === dialog.sectionId) : undefined;
  const target = selected ? sectionTitle(selected, language) : undefined;
  return (
    <section aria-labelledby="screen-title" className="screen packs-screen">
      <PackToolbar title={data?.title ?? ''} history={history} onBack={onBack} onAddSection={addSection} onExport={() => setExporting(true)} onEnterRoom={onEnterRoom} />
      {pack.isError && <ErrorMessage title={t('packs.loadFailed')} error={pack.error} />}
      {history.error ? <ErrorMessage title={t('packs.changeFailed')} error={history.error} /> : null}
      {data && (
        <Group orientation="horizontal" className="pack-panes" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
          <Panel id="outline" className="pack-panel" defaultSize="22%" minSize={180} maxSize="40%">
            <PackOutline pack={data} language={language} selectedId={selected?.id} onSelect={select} onSectionAction={onSectionAction} onAddSection={addSection} actions={actions} />
          </Panel>
          <Separator className="pane-separator" aria-label={t('packs.resizeOutline')} />
          <Panel id="document" className="pack-panel" minSize={360}>
            <PackDocument pack={data} language={language} selectedId={selected?.id} actions={actions} onFocusSection={setChosenId} />
          </Panel>
          <Separator className="pane-separator" aria-label={t('packs.resizeSources')} />
          <Panel id="sources" className="pack-panel" defaultSize="26%" minSize={220} maxSize="45%" collapsible>
            <SourcesPane revisionDocumentId={data.session.revisionDocumentId} target={target} onAdd={(input) => selected && actions.addItem(selected.id, input)} />
          </Panel>
        </Group>
      )}
      {dialog && data && (
        <SectionDialog
          section={renamed}
          onClose={() => setDialog(undefined)}
          onSave={(value) => {
            setDialog(undefined);
            if (renamed) actions.renameSection(renamed, { title: value.title, articleLabel: value.articleLabel });
            else actions.addSection(data.id, value, selected?.id ?? null, (added) => select(added.id));
          }}
        />
      )}
      {exporting && <PackExportDialog packId={packId} isOpen onClose={() => setExporting(false)} />}
    </section>
  );
}
