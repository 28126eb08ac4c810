import { memo, useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTable, type Key } from 'react-aria';
import type { Selection, SortDescriptor } from 'react-aria-components';
import { useTableState } from 'react-stately';
import type { DocumentSummary } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { DocumentTableCollection, type DocumentColumn } from './documentTableCollection';
import { DocumentTableHeader } from './DocumentTableHeader';
import { DocumentTableRow } from './DocumentTableRow';
import type { DocumentRowActions } from './DocumentRowMenu';
import type { LibrarySort, SortColumn } from './libraryView';
import { useLibraryLabels } from './useLibraryLabels';
import { useRowWindow } from './useRowWindow';

export interface DocumentTableProps {
  rows: DocumentSummary[];
  sort: LibrarySort | undefined;
  selection: Selection;
  /** Whether filters hide documents: an empty table then offers to clear them. */
  filtered: boolean;
  onSortChange: (sort: LibrarySort) => void;
  onSelectionChange: (selection: Selection) => void;
  actions: DocumentRowActions;
  /** Delete or Backspace on the table: remove the selected documents (after asking). */
  onRemoveSelection: () => void;
  onClearFilters: () => void;
}

/** The table renders again only when what it shows changes; its callbacks are read at the moment they are called. */
function sameView(previous: DocumentTableProps, next: DocumentTableProps): boolean {
  return previous.rows === next.rows && previous.sort === next.sort && previous.selection === next.selection && previous.filtered === next.filtered;
}

/** Every row's height and the header's, in CSS px (library.css lays the rows out with the same figure). */
const rowHeight = 32;

const sortColumns: SortColumn[] = ['title', 'symbol', 'kind', 'date', 'language', 'pages', 'imported'];

/**
 * The documents as a table, as in Zotero or Outlook: sortable columns, multiple selection
 * (click, Shift and Ctrl/Cmd, or the boxes), double-click or Enter opens, a menu per row.
 *
 * React Aria's table hooks (grid semantics, keyboard, selection, sorting) over a collection
 * built lazily (DocumentTableCollection) and our own windowing: only the rows in view (and the
 * focused one) are rendered, and a new list costs one pass over it, so filtering and sorting
 * 10,000 documents stays close to 10's (docs/BENCHMARKS.md, "Library").
 */
export const DocumentTable = memo(function DocumentTable(props: DocumentTableProps) {
  const { rows, sort, selection, filtered } = props;
  const t = useT();
  const labels = useLibraryLabels();
  // The callbacks of the last render, called through stable functions: a keystroke in the
  // filter renders the screen, not this table.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const stableActions = useRef<DocumentRowActions>({
    open: (id) => latest.current.actions.open(id),
    edit: (id) => latest.current.actions.edit(id),
    remove: (id) => latest.current.actions.remove(id),
  }).current;

  const columns = useMemo<DocumentColumn[]>(
    () => [
      { key: 'select', name: '', allowsSorting: false, isRowHeader: false, isSelectionCell: true },
      ...sortColumns.map((key) => ({ key, name: t(`library.column.${key}`), allowsSorting: true, isRowHeader: key === 'title' || key === 'symbol', isSelectionCell: false })),
      { key: 'actions', name: t('library.column.actions'), allowsSorting: false, isRowHeader: false, isSelectionCell: false },
    ],
    [t],
  );
  const collection = useMemo(() => new DocumentTableCollection(rows, columns), [rows, columns]);
  const sortDescriptor: SortDescriptor | null = sort ? { column: sort.column, direction: sort.direction } : null;
  const state = useTableState<DocumentSummary>({
    collection,
    selectionMode: 'multiple',
    selectionBehavior: 'replace',
    selectedKeys: selection,
    onSelectionChange: (next) => latest.current.onSelectionChange(next),
    sortDescriptor: sortDescriptor ?? undefined,
    onSortChange: (next) => latest.current.onSortChange({ column: next.column as SortColumn, direction: next.direction }),
  });

  const ref = useRef<HTMLDivElement>(null);
  // A cell's key is "<row>:<column>": its row's position is the row's.
  const indexOf = useCallback((key: Key) => collection.indexOf(typeof key === 'string' && key.includes(':') ? Number(key.slice(0, key.lastIndexOf(':'))) : key), [collection]);
  const rowWindow = useRowWindow(ref, rows.length, rowHeight, rowHeight, indexOf);
  const { gridProps } = useTable(
    { 'aria-label': t('library.table.label'), isVirtualized: true, layoutDelegate: rowWindow.layoutDelegate, onRowAction: (key) => stableActions.open(Number(key)) },
    state,
    ref,
  );

  // The rows in view, and the focused row wherever it is: the keyboard moves the focus to a row
  // before it is scrolled into view, and React Aria focuses the row's element.
  const shown: number[] = [];
  for (let index = rowWindow.start; index < rowWindow.end; index += 1) shown.push(index);
  const focusedKey = state.selectionManager.focusedKey;
  const focusedIndex = focusedKey == null ? undefined : indexOf(focusedKey);
  if (focusedIndex !== undefined && (focusedIndex < rowWindow.start || focusedIndex >= rowWindow.end)) {
    shown.push(focusedIndex);
    shown.sort((a, b) => a - b);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    // On a row or one of its cells, not on the row's menu button or a box.
    const target = event.target as HTMLElement;
    const onRow = ['row', 'gridcell', 'rowheader'].includes(target.getAttribute('role') ?? '');
    if ((event.key === 'Delete' || event.key === 'Backspace') && onRow) {
      event.preventDefault();
      latest.current.onRemoveSelection();
    }
  };

  return (
    <div className="document-table-frame" onKeyDown={onKeyDown}>
      <div {...gridProps} ref={ref} className="document-table" onScroll={rowWindow.onScroll}>
        <DocumentTableHeader state={state} />
        <div role="rowgroup" className="document-table-body" style={{ height: rows.length * rowHeight }}>
          {rows.length === 0 ? (
            <div role="row" aria-rowindex={2} className="document-empty-row">
              <div role="rowheader" aria-colspan={columns.length} className="table-empty">
                <p>{filtered ? t('library.filter.noMatch') : t('library.collection.empty')}</p>
                {filtered && <Button onPress={() => latest.current.onClearFilters()}>{t('library.filter.clear')}</Button>}
              </div>
            </div>
          ) : (
            shown.map((index) => <DocumentTableRow key={rows[index].id} node={collection.rowAt(index)!} state={state} top={index * rowHeight} labels={labels} actions={stableActions} />)
          )}
        </div>
      </div>
    </div>
  );
}, sameView);
