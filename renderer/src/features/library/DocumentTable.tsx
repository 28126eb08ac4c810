import { ArrowDown, ArrowUp, ScanText } from 'lucide-react';
import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { Cell, Column, Row, type ColumnProps, Table, TableBody, TableHeader, TableLayout, Virtualizer, type Selection, type SortDescriptor } from 'react-aria-components';
import type { DocumentSummary } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { DocumentRowMenu, type DocumentRowActions } from './DocumentRowMenu';
import type { LibrarySort, SortColumn } from './libraryView';
import { SelectionCheckbox } from './SelectionCheckbox';
import { useLibraryLabels } from './useLibraryLabels';

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

const rowHeight = 32;

/**
 * The documents as a table, as in Zotero or Outlook: sortable columns, multiple selection
 * (click, Shift and Ctrl/Cmd, or the boxes), double-click or Enter opens, a menu per row.
 * Virtualised: only the rows in view are in the page, so 10,000 documents scroll and filter
 * as smoothly as 10.
 */
export const DocumentTable = memo(function DocumentTable(props: DocumentTableProps) {
  const { rows, sort, selection, filtered } = props;
  const t = useT();
  const labels = useLibraryLabels();
  // The callbacks of the last render, called through stable functions: a keystroke in the
  // filter renders the screen, not this table (10,000 rows are costly to go through), and the
  // rows React Aria has built stay cached (it rebuilds one only when its document changes).
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const stableActions = useRef<DocumentRowActions>({
    open: (id) => latest.current.actions.open(id),
    edit: (id) => latest.current.actions.edit(id),
    remove: (id) => latest.current.actions.remove(id),
  }).current;

  const onKeyDown = (event: KeyboardEvent) => {
    // On a row or one of its cells, not on the row's menu button or a box.
    const target = event.target as HTMLElement;
    const onRow = ['row', 'gridcell', 'rowheader'].includes(target.getAttribute('role') ?? '');
    if ((event.key === 'Delete' || event.key === 'Backspace') && onRow) {
      event.preventDefault();
      latest.current.onRemoveSelection();
    }
  };

  const sortDescriptor: SortDescriptor | undefined = sort && { column: sort.column, direction: sort.direction };

  return (
    <div className="document-table-frame" onKeyDown={onKeyDown}>
      <Virtualizer layout={TableLayout} layoutOptions={{ rowHeight, headingHeight: rowHeight }}>
        <Table
          aria-label={t('library.table.label')}
          className="document-table"
          selectionMode="multiple"
          selectionBehavior="replace"
          selectedKeys={selection}
          onSelectionChange={(next) => latest.current.onSelectionChange(next)}
          sortDescriptor={sortDescriptor}
          onSortChange={(next) => latest.current.onSortChange({ column: next.column as SortColumn, direction: next.direction })}
          onRowAction={(key) => stableActions.open(Number(key))}
        >
          <TableHeader className="document-table-header">
            <Column width={32} minWidth={32} className="document-column document-column-select">
              <SelectionCheckbox />
            </Column>
            {column('title', t('library.column.title'), { defaultWidth: '3fr', minWidth: 140 }, true)}
            {column('symbol', t('library.column.symbol'), { defaultWidth: '2fr', minWidth: 132 }, true)}
            {column('kind', t('library.column.kind'), { defaultWidth: 84, minWidth: 72 })}
            {column('date', t('library.column.date'), { defaultWidth: 96, minWidth: 84 })}
            {column('language', t('library.column.language'), { defaultWidth: 80, minWidth: 64 })}
            {column('pages', t('library.column.pages'), { defaultWidth: 56, minWidth: 48 })}
            {column('imported', t('library.column.imported'), { defaultWidth: 96, minWidth: 84 })}
            <Column width={36} minWidth={36} className="document-column" textValue={t('library.column.actions')}>
              <span className="visually-hidden">{t('library.column.actions')}</span>
            </Column>
          </TableHeader>
          <TableBody items={rows} dependencies={[labels]} renderEmptyState={() => (
              <div className="table-empty">
                <p>{filtered ? t('library.filter.noMatch') : t('library.collection.empty')}</p>
                {filtered && <Button onPress={() => latest.current.onClearFilters()}>{t('library.filter.clear')}</Button>}
              </div>
            )} className="document-table-body">
            {(document) => (
              <Row id={document.id} className="document-row" textValue={document.title}>
                <Cell className="document-cell document-cell-select">
                  <SelectionCheckbox />
                </Cell>
                <Cell className="document-cell document-cell-title">
                  <span className="document-cell-text" title={document.title}>
                    {document.title}
                  </span>
                </Cell>
                <Cell className="document-cell">{document.symbol ?? <Empty />}</Cell>
                <Cell className="document-cell">{labels.kind(document.kind)}</Cell>
                <Cell className="document-cell">{document.documentDate ? labels.documentDate(document.documentDate) : <Empty />}</Cell>
                <Cell className="document-cell">{document.language ? labels.language(document.language) : <Empty />}</Cell>
                <Cell className="document-cell document-cell-number">
                  {document.pagesWithoutText > 0 && <NoTextFlag pages={document.pagesWithoutText} of={document.pageCount} />}
                  {labels.number(document.pageCount)}
                </Cell>
                <Cell className="document-cell">{labels.imported(document.createdAt)}</Cell>
                <Cell className="document-cell document-cell-actions">
                  <DocumentRowMenu id={document.id} title={document.title} actions={stableActions} />
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </Virtualizer>
    </div>
  );
}, sameView);

/** A sortable column, its arrow showing the direction. */
function column(id: SortColumn, label: string, width: Pick<ColumnProps, 'defaultWidth' | 'minWidth'>, isRowHeader = false) {
  return (
    <Column id={id} allowsSorting isRowHeader={isRowHeader} className="document-column" textValue={label} {...width}>
      {({ sortDirection }) => (
        <span className="document-column-label">
          <span className="document-column-text">{label}</span>
          {sortDirection === 'ascending' && <ArrowUp aria-hidden size={12} />}
          {sortDirection === 'descending' && <ArrowDown aria-hidden size={12} />}
        </span>
      )}
    </Column>
  );
}

/**
 * Scanned pages: kept and shown, but their words cannot be found. An icon in the table (its
 * words for screen readers and on hover); the detail pane says it in full.
 */
function NoTextFlag({ pages, of }: { pages: number; of: number }) {
  const t = useT();
  const text = pages >= of ? t('library.noText.all') : t('library.noText.some', { count: pages });
  return (
    <span className="flag document-flag" title={text}>
      <ScanText aria-hidden size={13} />
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

/** A value the document does not have (no symbol, no date): a dash for the eye, silence for the ear. */
function Empty() {
  return (
    <span className="document-cell-empty" aria-hidden>
      —
    </span>
  );
}
