import { useMemo, useState, type ReactNode } from 'react';
import type { Selection } from 'react-aria-components';
import { usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import type { DocumentKind, DocumentSummary } from '../../../../electron/common/model';
import { CommandButton } from '../../commands/CommandButton';
import { useCommand } from '../../commands/CommandRegistry';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { useNavigation } from '../shell/navigation';
import { CollectionsPane } from './CollectionsPane';
import { ConfirmChangeDialog, type PendingChange } from './ConfirmChangeDialog';
import { DetailPane } from './DetailPane';
import type { DocumentRowActions } from './DocumentRowMenu';
import { DocumentTable } from './DocumentTable';
import { LibraryFilterBar } from './LibraryFilterBar';
import { LibraryFilterField } from './LibraryFilterField';
import { LibraryPanes } from './LibraryPanes';
import { SelectionActions } from './SelectionActions';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryView } from './useLibraryView';

function toggle(panel: PanelImperativeHandle | null) {
  if (!panel) return;
  if (panel.isCollapsed()) panel.expand();
  else panel.collapse();
}

/**
 * A library with documents: the toolbar (import, filter, panes), the import's progress, then
 * collections, the table and the selected document's details. Owns what is selected and what
 * waits for a yes.
 */
export function LibraryBrowser({
  documents,
  importControls,
  bundleControls,
  notices,
}: {
  documents: DocumentSummary[];
  importControls: ReactNode;
  /** The bundle buttons for the documents selected (useBundleControls). */
  bundleControls: (selectedIds: number[], canExport: boolean) => ReactNode;
  notices: ReactNode;
}) {
  const t = useT();
  const navigation = useNavigation();
  const view = useLibraryView(documents);
  const { save, remove, changeKind } = useLibraryActions();
  const [selection, setSelection] = useState<Selection>(new Set());
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [focusTitle, setFocusTitle] = useState(0);
  // The document the last save was for: its outcome (Saved, or the error) is shown with it only.
  const [savedFor, setSavedFor] = useState<number | null>(null);
  const collectionsPanel = usePanelRef();
  const detailsPanel = usePanelRef();
  const [collectionsCollapsed, setCollectionsCollapsed] = useState(false);
  const [detailsCollapsed, setDetailsCollapsed] = useState(false);
  useCommand('library.toggleCollections', () => toggle(collectionsPanel.current));
  useCommand('library.toggleDetails', () => toggle(detailsPanel.current));

  // What is selected among the rows shown: a filter hides a row, and it is no longer acted on.
  const selected = useMemo(() => (selection === 'all' ? view.rows : view.rows.filter((document) => selection.has(document.id))), [selection, view.rows]);
  const single = selected.length === 1 ? selected[0] : undefined;
  const family = single?.revision ? view.counts.families.find((candidate) => candidate.familyId === single.revision!.familyId) : undefined;

  const open = (document: DocumentSummary) => navigation.openInReader({ documentId: document.id, pageIndex: 0, terms: [] });
  const askToRemove = (chosen: DocumentSummary[]) => {
    if (chosen.length === 0) return;
    remove.reset();
    setPending({ type: 'remove', ids: chosen.map((document) => document.id), title: chosen.length === 1 ? chosen[0].title : undefined });
  };
  const askToChangeKind = (kind: DocumentKind) => {
    changeKind.reset();
    setPending({ type: 'kind', ids: selected.map((document) => document.id), kind });
  };
  const byId = (id: number) => documents.find((document) => document.id === id);
  const rowActions: DocumentRowActions = {
    open: (id) => {
      const document = byId(id);
      if (document) open(document);
    },
    edit: (id) => {
      setSelection(new Set([id]));
      detailsPanel.current?.expand();
      // After the menu has closed and given the focus back to its button: then to the title.
      requestAnimationFrame(() => setFocusTitle((count) => count + 1));
    },
    remove: (id) => {
      const document = byId(id);
      if (document) askToRemove([document]);
    },
  };
  const confirm = (change: PendingChange) => {
    if (change.type === 'remove') {
      remove.mutate(change.ids, {
        onSuccess: () => {
          setPending(null);
          setSelection(new Set());
        },
      });
    } else changeKind.mutate({ ids: change.ids, kind: change.kind }, { onSuccess: () => setPending(null) });
  };

  return (
    <>
      <ScreenToolbar title={t('library.title')}>
        {importControls}
        {bundleControls(selected.map((document) => document.id), true)}
        <span className="toolbar-spacer" />
        <LibraryFilterField value={view.filters.text} onChange={(text) => view.setFilters({ ...view.filters, text })} />
        <span className="toolbar-separator" />
        <CommandButton id="library.toggleCollections" isSelected={!collectionsCollapsed} />
        <CommandButton id="library.toggleDetails" isSelected={!detailsCollapsed} />
      </ScreenToolbar>
      {notices}
      <LibraryPanes
        collectionsRef={collectionsPanel}
        detailsRef={detailsPanel}
        onCollectionsCollapsed={setCollectionsCollapsed}
        onDetailsCollapsed={setDetailsCollapsed}
        collections={<CollectionsPane counts={view.counts} collection={view.collection} onChange={view.setCollection} />}
        documents={
          <div className="library-pane documents-pane">
            <LibraryFilterBar
              filters={view.filters}
              onChange={view.setFilters}
              onClear={view.clearFilters}
              filtered={view.filtered}
              years={view.years}
              languages={view.languages}
              shown={view.rows.length}
              total={view.collectionSize}
            >
              {selected.length > 1 ? <SelectionActions count={selected.length} onChangeKind={askToChangeKind} onRemove={() => askToRemove(selected)} /> : undefined}
            </LibraryFilterBar>
            <DocumentTable
              rows={view.rows}
              sort={view.sort}
              selection={selection}
              filtered={view.rowsFiltered}
              onSortChange={view.setSort}
              onSelectionChange={setSelection}
              actions={rowActions}
              onRemoveSelection={() => askToRemove(selected)}
              onClearFilters={view.clearFilters}
            />
          </div>
        }
        details={
          <DetailPane
            selected={selected}
            family={family}
            onSave={(id, patch) => {
              setSavedFor(id);
              save.mutate({ id, patch });
            }}
            saveState={{ forId: savedFor, isPending: save.isPending, isSuccess: save.isSuccess, error: save.error }}
            onOpen={open}
            onRemove={(document) => askToRemove([document])}
            focusTitle={focusTitle}
          />
        }
      />
      <ConfirmChangeDialog
        change={pending}
        onConfirm={confirm}
        onClose={() => setPending(null)}
        isPending={remove.isPending || changeKind.isPending}
        error={pending?.type === 'remove' ? remove.error : changeKind.error}
      />
    </>
  );
}
