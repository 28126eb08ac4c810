import { ArrowDown, ArrowUp } from 'lucide-react';
import { useRef } from 'react';
import { mergeProps, useFocusRing, useHover, useTableColumnHeader, useTableHeaderRow, useTableSelectAllCheckbox } from 'react-aria';
import type { TableState } from 'react-stately';
import type { DocumentSummary } from '../../../../electron/common/model';
import { SelectionCheckbox } from './SelectionCheckbox';

type DocumentState = TableState<DocumentSummary>;
type ColumnNode = DocumentState['collection']['columns'][number];

/** The table's header row: "select all", then a heading per column (sortable by click, Enter or Space). */
export function DocumentTableHeader({ state }: { state: DocumentState }) {
  const ref = useRef<HTMLDivElement>(null);
  const headerRow = state.collection.headerRows[0];
  const { rowProps } = useTableHeaderRow({ node: headerRow, isVirtualized: true }, state, ref);
  return (
    <div role="rowgroup" className="document-table-header">
      <div {...rowProps} ref={ref} className="document-header-row">
        {state.collection.columns.map((column) => (
          <ColumnHeader key={column.key} column={column} state={state} />
        ))}
      </div>
    </div>
  );
}

function ColumnHeader({ column, state }: { column: ColumnNode; state: DocumentState }) {
  const ref = useRef<HTMLDivElement>(null);
  const { columnHeaderProps } = useTableColumnHeader({ node: column, isVirtualized: true }, state, ref);
  const { isFocusVisible, focusProps } = useFocusRing();
  const { isHovered, hoverProps } = useHover({ isDisabled: !column.props.allowsSorting });
  const direction = state.sortDescriptor?.column === column.key ? state.sortDescriptor.direction : undefined;
  const classes = `document-column${column.props.isSelectionCell ? ' document-column-select' : ''}`;
  return (
    <div
      {...mergeProps(columnHeaderProps, focusProps, hoverProps)}
      ref={ref}
      className={classes}
      data-key={column.key}
      data-allows-sorting={column.props.allowsSorting || undefined}
      data-sort-direction={direction}
      data-hovered={isHovered || undefined}
      data-focus-visible={isFocusVisible || undefined}
    >
      {column.props.isSelectionCell ? (
        <SelectAll state={state} />
      ) : column.props.allowsSorting ? (
        <span className="document-column-label">
          <span className="document-column-text">{column.textValue}</span>
          {direction === 'ascending' && <ArrowUp aria-hidden size={12} />}
          {direction === 'descending' && <ArrowDown aria-hidden size={12} />}
        </span>
      ) : (
        <span className="visually-hidden">{column.textValue}</span>
      )}
    </div>
  );
}

function SelectAll({ state }: { state: DocumentState }) {
  const { checkboxProps } = useTableSelectAllCheckbox(state);
  return <SelectionCheckbox {...checkboxProps} />;
}
