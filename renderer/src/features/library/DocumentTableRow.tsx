import { ScanText } from 'lucide-react';
import { memo, useRef, type ReactNode } from 'react';
import { mergeProps, useFocusRing, useHover, useTableCell, useTableRow, useTableSelectionCheckbox } from 'react-aria';
import type { TableState } from 'react-stately';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';
import { DocumentRowMenu, type DocumentRowActions } from './DocumentRowMenu';
import { SelectionCheckbox } from './SelectionCheckbox';
import type { LibraryLabels } from './useLibraryLabels';

type DocumentState = TableState<DocumentSummary>;
type DocumentNode = DocumentState['collection']['columns'][number];

export interface DocumentTableRowProps {
  node: DocumentNode;
  state: DocumentState;
  /** The row's top in px from the top of the rows (its position × the row height). */
  top: number;
  labels: LibraryLabels;
  actions: DocumentRowActions;
}

/** One document's row: React Aria's row and cell hooks (selection, focus, keyboard, double-click opens) on our own markup. */
export const DocumentTableRow = memo(function DocumentTableRow({ node, state, top, labels, actions }: DocumentTableRowProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { rowProps, isSelected } = useTableRow({ node, isVirtualized: true }, state, ref);
  const { isFocusVisible, focusProps } = useFocusRing();
  const { isHovered, hoverProps } = useHover({});
  return (
    <div
      {...mergeProps(rowProps, focusProps, hoverProps)}
      ref={ref}
      className="document-row"
      style={{ top }}
      data-key={node.key}
      data-selected={isSelected || undefined}
      data-hovered={isHovered || undefined}
      data-focus-visible={isFocusVisible || undefined}
    >
      {[...node.childNodes].map((cell) => (
        <DocumentTableCell key={cell.key} cell={cell} state={state}>
          {cellContent(cell, state, labels, actions)}
        </DocumentTableCell>
      ))}
    </div>
  );
});

const cellClasses: Record<string, string> = {
  select: 'document-cell document-cell-select',
  title: 'document-cell document-cell-title',
  pages: 'document-cell document-cell-number',
  actions: 'document-cell document-cell-actions',
};

function DocumentTableCell({ cell, state, children }: { cell: DocumentNode; state: DocumentState; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { gridCellProps } = useTableCell({ node: cell, isVirtualized: true }, state, ref);
  const { isFocusVisible, focusProps } = useFocusRing();
  return (
    <div {...mergeProps(gridCellProps, focusProps)} ref={ref} className={cellClasses[String(cell.column?.key)] ?? 'document-cell'} data-key={cell.key} data-focus-visible={isFocusVisible || undefined}>
      {children}
    </div>
  );
}

function cellContent(cell: DocumentNode, state: DocumentState, labels: LibraryLabels, actions: DocumentRowActions): ReactNode {
  const document = cell.value!;
  switch (cell.column?.key) {
    case 'select':
      return <RowCheckbox rowKey={cell.parentKey!} state={state} />;
    case 'title':
      return (
        <span className="document-cell-text" title={document.title}>
          {document.title}
        </span>
      );
    case 'symbol':
      return document.symbol ?? <Empty />;
    case 'kind':
      return labels.kind(document.kind);
    case 'date':
      return document.documentDate ? labels.documentDate(document.documentDate) : <Empty />;
    case 'language':
      return document.language ? labels.language(document.language) : <Empty />;
    case 'pages':
      return (
        <>
          {document.pagesWithoutText > 0 && <NoTextFlag pages={document.pagesWithoutText} of={document.pageCount} />}
          {labels.number(document.pageCount)}
        </>
      );
    case 'imported':
      return labels.imported(document.createdAt);
    case 'actions':
      return <DocumentRowMenu id={document.id} title={document.title} actions={actions} />;
    default:
      return null;
  }
}

function RowCheckbox({ rowKey, state }: { rowKey: DocumentNode['key']; state: DocumentState }) {
  const { checkboxProps } = useTableSelectionCheckbox({ key: rowKey }, state);
  return <SelectionCheckbox {...checkboxProps} />;
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
