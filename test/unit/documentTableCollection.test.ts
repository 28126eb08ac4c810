import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../electron/common/model';
import { documentSummary } from './helpers/documentSummaries';
import { DocumentTableCollection, type DocumentColumn } from '../../renderer/src/features/library/documentTableCollection';

function document(id: number, title: string, symbol: string | null = null): DocumentSummary {
  return documentSummary({ id, title, symbol });
}

const columns: DocumentColumn[] = [
  { key: 'select', name: '', allowsSorting: false, isRowHeader: false, isSelectionCell: true },
  { key: 'title', name: 'Title', allowsSorting: true, isRowHeader: true, isSelectionCell: false },
  { key: 'symbol', name: 'Symbol', allowsSorting: true, isRowHeader: true, isSelectionCell: false },
  { key: 'actions', name: 'Actions', allowsSorting: false, isRowHeader: false, isSelectionCell: false },
];

describe('the documents table as React Aria sees it', () => {
  const documents = [document(7, 'Rome Statute', 'A/CONF.183/9'), document(3, 'Genocide Convention'), document(12, 'Statement by Mexico')];
  const collection = new DocumentTableCollection(documents, columns);

  it('has a header row of columns, then a row per document in the order given', () => {
    expect(collection.size).toBe(3);
    expect(collection.columnCount).toBe(4);
    expect([...collection.rowHeaderColumnKeys]).toEqual(['title', 'symbol']);
    expect(collection.getFirstKey()).toBe(7);
    expect(collection.getLastKey()).toBe(12);
    expect(collection.getKeyAfter(7)).toBe(3);
    expect(collection.getKeyBefore(3)).toBe(7);
    expect(collection.getKeyAfter(12)).toBeNull();
    // Above the first row is the header row, as in react-stately's TableCollection.
    expect(collection.getItem(collection.getKeyBefore(7)!)?.type).toBe('headerrow');
    expect([...collection].map((row) => row.key)).toEqual([7, 3, 12]);
  });

  it('gives each row its position and its cells, each pointing at its column', () => {
    const row = collection.getItem(3)!;
    expect(row).toMatchObject({ type: 'item', index: 1, textValue: 'Genocide Convention', value: documents[1] });
    const cells = [...collection.getChildren(3)];
    expect(cells.map((cell) => cell.key)).toEqual(['3:select', '3:title', '3:symbol', '3:actions']);
    expect(cells.map((cell) => cell.column?.key)).toEqual(['select', 'title', 'symbol', 'actions']);
    expect(collection.getItem('3:symbol')).toBe(cells[2]);
    expect(collection.getItem('3:symbol')?.parentKey).toBe(3);
    expect(collection.getKeyAfter('3:title')).toBe('3:symbol');
    // The same node every time it is asked for, for as long as the list is the same.
    expect(collection.getItem(3)).toBe(row);
  });

  it('lists its rows with the header row first, without making the ones never read', () => {
    const rows = collection.rows;
    expect(rows.length).toBe(4);
    expect(rows[0].type).toBe('headerrow');
    expect(rows[3].key).toBe(12);
    expect([...rows].map((node) => node.key)).toEqual([collection.headerRows[0].key, 7, 3, 12]);
  });

  it('knows nothing of a key it does not hold', () => {
    expect(collection.getItem(99)).toBeNull();
    expect(collection.getItem('99:title')).toBeNull();
    expect(collection.indexOf(12)).toBe(2);
  });

  it('is empty for an empty list', () => {
    const empty = new DocumentTableCollection([], columns);
    expect(empty.size).toBe(0);
    expect(empty.getFirstKey()).toBeNull();
    expect(empty.rows.length).toBe(1);
  });
});
