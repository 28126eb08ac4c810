import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../electron/common/model';
import {
  collectionCounts,
  documentLanguages,
  documentYears,
  documentsInCollection,
  filterDocuments,
  foldForFilter,
  noFilters,
  sortContextFor,
  sortDocuments,
} from '../../renderer/src/features/library/libraryView';
import { documentSummary } from './helpers/documentSummaries';

const document = documentSummary;

function revision(familyId: number, revisionNumber: number, symbol: string, createdAt: string): DocumentSummary {
  return document({
    title: `Draft articles, ${revisionNumber === 0 ? 'original' : `Rev.${revisionNumber}`}`,
    kind: 'draft',
    symbol,
    createdAt,
    revision: { familyId, familyTitle: 'Draft articles on crimes against humanity', baseSymbol: 'A/CN.4/L.935', revisionNumber, revisionLabel: revisionNumber === 0 ? 'Original' : `Rev.${revisionNumber}`, ordinal: revisionNumber },
  });
}

const cote = document({ title: 'Déclaration de la Côte d’Ivoire', symbol: 'A/78/PV.5', language: 'fr', documentDate: '2023-09-20', pageCount: 4 });
const rome = document({ title: 'Rome Statute of the International Criminal Court', kind: 'instrument', symbol: 'A/CONF.183/9', language: 'en', documentDate: '1998-07-17', pageCount: 80 });
const genocide = document({ title: 'Convention on the Prevention and Punishment of the Crime of Genocide', kind: 'instrument', language: 'en', documentDate: '1948-12-09', pageCount: 12 });
const original = revision(1, 0, 'A/CN.4/L.935', '2026-02-01T09:00:00.000Z');
const rev2 = revision(1, 2, 'A/CN.4/L.935/Rev.2', '2026-02-02T09:00:00.000Z');
const rev1 = revision(1, 1, 'A/CN.4/L.935/Rev.1', '2026-02-03T09:00:00.000Z');
const unfiled = document({ title: 'Chair’s non-paper', kind: 'draft', createdAt: '2026-03-01T09:00:00.000Z' });
const all = [cote, rome, genocide, original, rev2, rev1, unfiled];
const english = sortContextFor('en');
const titles = (documents: DocumentSummary[]) => documents.map((item) => item.title);

describe('filtering the library as you type', () => {
  it('finds words in the title or the symbol, in any case and without accents', () => {
    expect(foldForFilter('Côte d’Ivoire ÉTAT')).toBe('cote d’ivoire etat');
    expect(filterDocuments(all, { ...noFilters, text: 'cote' })).toEqual([cote]);
    expect(filterDocuments(all, { ...noFilters, text: 'DÉCLARATION' })).toEqual([cote]);
    expect(filterDocuments(all, { ...noFilters, text: 'conf.183' })).toEqual([rome]);
    expect(filterDocuments(all, { ...noFilters, text: 'statute rome' })).toEqual([rome]);
    expect(filterDocuments(all, { ...noFilters, text: 'rev.' })).toEqual([rev2, rev1]);
    expect(filterDocuments(all, { ...noFilters, text: 'nothing like this' })).toEqual([]);
  });

  it('keeps the given order and narrows by kind, language and year', () => {
    expect(filterDocuments(all, noFilters)).toBe(all);
    expect(filterDocuments(all, { ...noFilters, text: '   ' })).toBe(all);
    expect(filterDocuments(all, { ...noFilters, kind: 'instrument' })).toEqual([rome, genocide]);
    expect(filterDocuments(all, { ...noFilters, language: 'fr' })).toEqual([cote]);
    expect(filterDocuments(all, { ...noFilters, year: 1998 })).toEqual([rome]);
    expect(filterDocuments(all, { ...noFilters, kind: 'instrument', text: 'genocide' })).toEqual([genocide]);
  });
});

describe('sorting the library by a column', () => {
  it('sorts text by the interface language’s rules, numbers as numbers, empty values last', () => {
    expect(titles(sortDocuments([rome, cote, genocide], { column: 'title', direction: 'ascending' }, english))).toEqual([
      'Convention on the Prevention and Punishment of the Crime of Genocide',
      'Déclaration de la Côte d’Ivoire',
      'Rome Statute of the International Criminal Court',
    ]);
    expect(sortDocuments([genocide, rome, cote], { column: 'pages', direction: 'descending' }, english)).toEqual([rome, genocide, cote]);
    // Rev.10 comes after Rev.2 (numeric), and documents without a symbol go last either way.
    const rev10 = document({ title: 'Rev 10', symbol: 'A/CN.4/L.935/Rev.10' });
    expect(sortDocuments([unfiled, rev10, rev2], { column: 'symbol', direction: 'ascending' }, english)).toEqual([rev2, rev10, unfiled]);
    expect(sortDocuments([unfiled, rev2, rev10], { column: 'symbol', direction: 'descending' }, english)).toEqual([rev10, rev2, unfiled]);
    expect(sortDocuments([genocide, unfiled, rome], { column: 'date', direction: 'descending' }, english)).toEqual([rome, genocide, unfiled]);
  });

  it('sorts kinds and languages by the names the user reads', () => {
    const french = sortContextFor('fr', (kind) => ({ draft: 'Projet', instrument: 'Instrument', statement: 'Déclaration' })[kind]);
    expect(sortDocuments([unfiled, rome, cote], { column: 'kind', direction: 'ascending' }, french)).toEqual([cote, rome, unfiled]);
    const named = sortContextFor('en', undefined, (code) => ({ en: 'English', fr: 'French' })[code] ?? code);
    expect(sortDocuments([cote, rome, unfiled], { column: 'language', direction: 'descending' }, named)).toEqual([cote, rome, unfiled]);
  });

  it('breaks ties by the newest import, so equal rows keep one order', () => {
    const a = document({ title: 'Same', createdAt: '2026-05-01T00:00:00.000Z' });
    const b = document({ title: 'Same', createdAt: '2026-05-02T00:00:00.000Z' });
    expect(sortDocuments([a, b], { column: 'title', direction: 'ascending' }, english)).toEqual([b, a]);
    expect(sortDocuments([a, b], { column: 'title', direction: 'descending' }, english)).toEqual([b, a]);
  });
});

describe('the collections of the left pane', () => {
  it('groups drafts by family, revisions newest first, unfiled drafts after', () => {
    expect(documentsInCollection(all, 'drafts')).toEqual([rev2, rev1, original, unfiled]);
    expect(documentsInCollection(all, 'family:1')).toEqual([rev2, rev1, original]);
    expect(documentsInCollection(all, 'family:99')).toEqual([]);
    expect(documentsInCollection(all, 'instruments')).toEqual([rome, genocide]);
    expect(documentsInCollection(all, 'all')).toEqual(all);
  });

  it('lists the recently opened, last opened first, and counts each collection', () => {
    const opened = [{ ...rome, openedAt: '2026-04-01T10:00:00.000Z' }, { ...cote, openedAt: '2026-04-02T10:00:00.000Z' }, genocide];
    expect(titles(documentsInCollection(opened, 'recent'))).toEqual([cote.title, rome.title]);
    const counts = collectionCounts([...all.filter((item) => item !== rome && item !== cote), ...opened.slice(0, 2)]);
    expect(counts).toMatchObject({ all: 7, drafts: 4, instruments: 2, statements: 1, recent: 2 });
    expect(counts.families.map((family) => [family.title, family.revisions.length])).toEqual([['Draft articles on crimes against humanity', 3]]);
  });

  it('offers the years and languages the library holds', () => {
    expect(documentYears(all)).toEqual([2023, 1998, 1948]);
    expect(documentLanguages(all)).toEqual(['en', 'fr']);
  });
});
