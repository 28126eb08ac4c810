import type { ITableCollection, Key } from 'react-stately';
import type { DocumentSummary } from '../../../../electron/common/model';

/** A column of the documents table: its key (a sort column, or the selection and actions columns), its name and how it is used. */
export interface DocumentColumn {
  key: string;
  /** The column's name as read by a screen reader and in the header. */
  name: string;
  allowsSorting: boolean;
  /** The title and the symbol name their row (role rowheader). */
  isRowHeader: boolean;
  /** The column of the selection boxes (React Aria's hooks look at `props.isSelectionCell`). */
  isSelectionCell: boolean;
}

const headerRowKey = 'documents-header-row';
const bodyKey = 'documents-body';
/** A cell's key: its row's (the document id, a number) and its column's, so it never equals a row's or a column's. */
const cellKey = (rowKey: Key, columnKey: string) => `${rowKey}:${columnKey}`;

/** react-stately's GridNode (not exported by name): a row, a cell, a column or the header row. */
type DocumentNode = ITableCollection<DocumentSummary>['columns'][number];

/**
 * The documents table as React Aria's table hooks see it (react-stately's `ITableCollection`):
 * one header row of columns, then one row per document, each with a cell per column.
 *
 * Built lazily, unlike the collections React Aria builds from JSX: a new list of documents (each
 * keystroke in the filter, each sort) costs one pass recording each id's position; a row's node
 * and its cells are made when something asks for them (the rows in view, the keyboard, the
 * selection) and kept for this list. React Aria Components' Table and react-stately's builder
 * both make every row and cell of the list (about 110,000 nodes at 10,000 documents) whether or
 * not they are ever shown (docs/BENCHMARKS.md, "Library").
 *
 * Keys: a row's is its document's id (a number, as the selection holds them); a cell's is
 * "<id>:<column>"; a column's is its key (a string).
 */
export class DocumentTableCollection implements ITableCollection<DocumentSummary> {
  readonly columns: DocumentNode[];
  readonly headerRows: DocumentNode[];
  readonly rowHeaderColumnKeys: Set<Key>;
  readonly body: DocumentNode;
  readonly columnCount: number;
  private readonly positions = new Map<Key, number>();
  private readonly rowNodes = new Map<Key, DocumentNode>();
  private readonly columnByKey: Map<Key, DocumentNode>;

  constructor(
    readonly documents: readonly DocumentSummary[],
    columns: readonly DocumentColumn[],
  ) {
    documents.forEach((document, index) => this.positions.set(document.id, index));
    const headerRow: DocumentNode = {
      type: 'headerrow',
      key: headerRowKey,
      value: null,
      level: 0,
      hasChildNodes: true,
      childNodes: [],
      rendered: null,
      textValue: '',
      index: 0,
      prevKey: null,
      nextKey: null,
    };
    this.columns = columns.map((column, index) => ({
      type: 'column',
      key: column.key,
      value: null,
      level: 0,
      hasChildNodes: false,
      childNodes: [],
      rendered: column.name,
      textValue: column.name,
      index,
      colIndex: index,
      parentKey: headerRowKey,
      prevKey: index > 0 ? columns[index - 1].key : null,
      nextKey: index < columns.length - 1 ? columns[index + 1].key : null,
      props: { allowsSorting: column.allowsSorting, isRowHeader: column.isRowHeader, isSelectionCell: column.isSelectionCell },
    }));
    headerRow.childNodes = this.columns;
    headerRow.nextKey = documents.length > 0 ? documents[0].id : null;
    this.headerRows = [headerRow];
    this.columnByKey = new Map(this.columns.map((column) => [column.key, column]));
    this.rowHeaderColumnKeys = new Set(columns.filter((column) => column.isRowHeader).map((column) => column.key));
    this.columnCount = columns.length;
    const bodyRows = () => this.bodyRows();
    this.body = {
      type: 'body',
      key: bodyKey,
      value: null,
      level: 0,
      hasChildNodes: true,
      get childNodes() {
        return bodyRows();
      },
      rendered: null,
      textValue: '',
      index: 1,
    };
  }

  get size(): number {
    return this.documents.length;
  }

  /**
   * Every row, the header row first, as `GridCollection.rows` is: React Aria reads its length
   * (select all) and, when the focused row leaves the list, looks for the nearest remaining one.
   * A view over the documents: a row's node is made only when read.
   */
  get rows(): DocumentNode[] {
    const headerRow = this.headerRows[0];
    const length = this.documents.length + 1;
    const rowAt = (index: number) => this.rowAt(index);
    const bodyRows = () => this.bodyRows();
    return new Proxy([] as DocumentNode[], {
      get(target, property) {
        if (property === 'length') return length;
        if (typeof property === 'string' && /^\d+$/.test(property)) {
          const index = Number(property);
          return index === 0 ? headerRow : rowAt(index - 1);
        }
        if (property === Symbol.iterator) return () => [headerRow, ...bodyRows()][Symbol.iterator]();
        return Reflect.get(target, property);
      },
    });
  }

  /** The position of a document's row in the list (0 for the first), or undefined. */
  indexOf(key: Key): number | undefined {
    return this.positions.get(key);
  }

  /** The row at a position of the list. */
  rowAt(index: number): DocumentNode | null {
    const document = this.documents[index];
    if (!document) return null;
    let node = this.rowNodes.get(document.id);
    if (!node) {
      node = this.makeRow(document, index);
      this.rowNodes.set(document.id, node);
    }
    return node;
  }

  *[Symbol.iterator](): IterableIterator<DocumentNode> {
    yield* this.bodyRows();
  }

  private *bodyRows(): IterableIterator<DocumentNode> {
    for (let index = 0; index < this.documents.length; index += 1) yield this.rowAt(index)!;
  }

  *getKeys(): IterableIterator<Key> {
    yield headerRowKey;
    for (const column of this.columns) yield column.key;
    for (const document of this.documents) yield document.id;
  }

  getItem(key: Key): DocumentNode | null {
    const index = this.positions.get(key);
    if (index !== undefined) return this.rowAt(index);
    if (key === headerRowKey) return this.headerRows[0];
    if (key === bodyKey) return this.body;
    const column = this.columnByKey.get(key);
    if (column) return column;
    if (typeof key === 'string') {
      const separator = key.lastIndexOf(':');
      if (separator > 0) {
        const rowText = key.slice(0, separator);
        const row = this.getItem(Number(rowText));
        if (row) return (row.childNodes as DocumentNode[]).find((cell) => cell.key === key) ?? null;
      }
    }
    return null;
  }

  at(index: number): DocumentNode | null {
    return this.rowAt(index);
  }

  getChildren(key: Key): Iterable<DocumentNode> {
    const node = this.getItem(key);
    return (node?.childNodes as Iterable<DocumentNode> | undefined) ?? [];
  }

  getKeyBefore(key: Key): Key | null {
    return this.getItem(key)?.prevKey ?? null;
  }

  getKeyAfter(key: Key): Key | null {
    return this.getItem(key)?.nextKey ?? null;
  }

  getFirstKey(): Key | null {
    return this.documents[0]?.id ?? null;
  }

  getLastKey(): Key | null {
    return this.documents.at(-1)?.id ?? null;
  }

  getTextValue(key: Key): string {
    return this.getItem(key)?.textValue ?? '';
  }

  private makeRow(document: DocumentSummary, index: number): DocumentNode {
    const key = document.id;
    const columns = this.columns;
    let cells: DocumentNode[] | undefined;
    // The cells are made the first time they are asked for: walking the rows (select all, Shift+click) never needs them.
    const makeCells = () =>
      (cells ??= columns.map((column, columnIndex) => ({
        type: 'cell',
        key: cellKey(key, String(column.key)),
        value: document,
        level: 1,
        hasChildNodes: false,
        childNodes: [],
        rendered: null,
        // What type-to-select and the announcements read: the title and the symbol.
        textValue: column.key === 'title' ? document.title : column.key === 'symbol' ? (document.symbol ?? '') : '',
        index: columnIndex,
        colIndex: columnIndex,
        parentKey: key,
        column,
        prevKey: columnIndex > 0 ? cellKey(key, String(columns[columnIndex - 1].key)) : null,
        nextKey: columnIndex < columns.length - 1 ? cellKey(key, String(columns[columnIndex + 1].key)) : null,
        props: {},
      })));
    return {
      type: 'item',
      key,
      value: document,
      level: 0,
      hasChildNodes: true,
      get childNodes() {
        return makeCells();
      },
      rendered: null,
      textValue: document.title,
      index,
      parentKey: bodyKey,
      prevKey: index > 0 ? this.documents[index - 1].id : headerRowKey,
      nextKey: index < this.documents.length - 1 ? this.documents[index + 1].id : null,
      firstChildKey: columns.length > 0 ? cellKey(key, String(columns[0].key)) : null,
      lastChildKey: columns.length > 0 ? cellKey(key, String(columns[columns.length - 1].key)) : null,
      props: {},
    };
  }
}
