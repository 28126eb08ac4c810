/**
 * What the Library table shows, as plain functions of the documents: the collection chosen
 * on the left, the filters, the sort. Pure and memo-friendly, so the screen recomputes only
 * what a keystroke changed (the filter) over a list sorted once.
 */
import type { DocumentKind, DocumentSummary } from '../../../../electron/common/model';
import { draftFamilies, recentlyOpened, type DraftFamily } from './draftFamilies';

/** A collection of the left pane: all, one kind, a draft family, or the recently opened. */
export type CollectionKey = 'all' | 'drafts' | 'instruments' | 'statements' | 'recent' | `family:${number}`;

export const recentLimit = 100;

export interface LibraryFilters {
  /** Words to find in the title or the symbol, in any case and with or without accents. */
  text: string;
  kind: DocumentKind | null;
  language: string | null;
  year: number | null;
}

export const noFilters: LibraryFilters = { text: '', kind: null, language: null, year: null };

export const sortColumns = ['title', 'symbol', 'kind', 'date', 'language', 'pages', 'imported'] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface LibrarySort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** How text columns compare and how kinds and languages are named, in the interface language. */
export interface SortContext {
  collator: Intl.Collator;
  kindLabel: (kind: DocumentKind) => string;
  languageLabel: (language: string) => string;
}

export function sortContextFor(locale: string, kindLabel: SortContext['kindLabel'] = (kind) => kind, languageLabel: SortContext['languageLabel'] = (language) => language): SortContext {
  // numeric: "Rev.10" after "Rev.2", "A/78/L.9" before "A/78/L.10", as a delegate reads them.
  return { collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), kindLabel, languageLabel };
}

const kindOfCollection: Partial<Record<CollectionKey, DocumentKind>> = { drafts: 'draft', instruments: 'instrument', statements: 'statement' };

function familyIdOf(collection: CollectionKey): number | null {
  return collection.startsWith('family:') ? Number(collection.slice('family:'.length)) : null;
}

/**
 * The documents of a collection in its own order: newest import first; Drafts by family
 * (newest family first, each family's revisions newest first, unfiled drafts after);
 * a family's revisions newest first; Recently opened by the last opening.
 */
export function documentsInCollection(documents: readonly DocumentSummary[], collection: CollectionKey): DocumentSummary[] {
  if (collection === 'recent') return recentlyOpened(documents, recentLimit);
  const familyId = familyIdOf(collection);
  if (familyId !== null) return draftFamilies(documents).find((family) => family.familyId === familyId)?.revisions ?? [];
  if (collection === 'drafts') {
    const drafts = documents.filter((document) => document.kind === 'draft');
    const filed = draftFamilies(drafts).flatMap((family) => family.revisions);
    return [...filed, ...drafts.filter((document) => !document.revision)];
  }
  const kind = kindOfCollection[collection];
  return kind ? documents.filter((document) => document.kind === kind) : [...documents];
}

export interface CollectionCounts {
  all: number;
  drafts: number;
  instruments: number;
  statements: number;
  recent: number;
  families: DraftFamily[];
}

/** How many documents each collection holds, and the draft families to list under Drafts. */
export function collectionCounts(documents: readonly DocumentSummary[]): CollectionCounts {
  const counts = { draft: 0, instrument: 0, statement: 0 };
  let opened = 0;
  for (const document of documents) {
    counts[document.kind] += 1;
    if (document.openedAt !== null) opened += 1;
  }
  return {
    all: documents.length,
    drafts: counts.draft,
    instruments: counts.instrument,
    statements: counts.statement,
    recent: Math.min(opened, recentLimit),
    families: draftFamilies(documents),
  };
}

/** Folds case, accents and compatibility forms: "Côte d’Ivoire" is found by "cote d". */
export function foldForFilter(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// One folded copy of each document's title and symbol, made the first time it is filtered
// and kept as long as the document object lives (the list is refetched as a whole).
const folded = new WeakMap<DocumentSummary, string>();
function haystackOf(document: DocumentSummary): string {
  let text = folded.get(document);
  if (text === undefined) {
    text = foldForFilter(document.symbol ? `${document.title}\n${document.symbol}` : document.title);
    folded.set(document, text);
  }
  return text;
}

export function yearOf(document: DocumentSummary): number | null {
  return document.documentDate ? Number(document.documentDate.slice(0, 4)) : null;
}

export function hasFilters(filters: LibraryFilters): boolean {
  return filters.text.trim() !== '' || filters.kind !== null || filters.language !== null || filters.year !== null;
}

/**
 * The documents that pass every filter, in the order given. Each word typed must be in the
 * title or the symbol (so "statute rome" finds the Rome Statute).
 */
export function filterDocuments(documents: readonly DocumentSummary[], filters: LibraryFilters): DocumentSummary[] {
  if (!hasFilters(filters)) return documents as DocumentSummary[];
  const words = foldForFilter(filters.text).split(/\s+/u).filter(Boolean);
  return documents.filter((document) => {
    if (filters.kind !== null && document.kind !== filters.kind) return false;
    if (filters.language !== null && document.language !== filters.language) return false;
    if (filters.year !== null && yearOf(document) !== filters.year) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(document);
    return words.every((word) => haystack.includes(word));
  });
}

type Comparable = string | number | null;

function sortValue(document: DocumentSummary, column: SortColumn, context: SortContext): Comparable {
  switch (column) {
    case 'title':
      return document.title;
    case 'symbol':
      return document.symbol;
    case 'kind':
      return context.kindLabel(document.kind);
    case 'date':
      return document.documentDate;
    case 'language':
      return document.language === null ? null : context.languageLabel(document.language);
    case 'pages':
      return document.pageCount;
    case 'imported':
      return document.createdAt;
  }
}

/**
 * The documents sorted by a column. Empty values (no symbol, no date) go last in either
 * direction; ties keep the newest import first, so the order never jumps between renders.
 */
export function sortDocuments(documents: readonly DocumentSummary[], sort: LibrarySort, context: SortContext): DocumentSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const text = sort.column !== 'pages';
  // The value of each document once, not once per comparison.
  const keyed = documents.map((document) => ({ document, value: sortValue(document, sort.column, context) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const order = text ? context.collator.compare(a.value as string, b.value as string) : (a.value as number) - (b.value as number);
      if (order !== 0) return order * sign;
    }
    return b.document.createdAt.localeCompare(a.document.createdAt) || b.document.id - a.document.id;
  });
  return keyed.map((entry) => entry.document);
}

/** The years of the documents' dates, newest first, for the Year filter. */
export function documentYears(documents: readonly DocumentSummary[]): number[] {
  const years = new Set<number>();
  for (const document of documents) {
    const year = yearOf(document);
    if (year !== null) years.add(year);
  }
  return [...years].toSorted((a, b) => b - a);
}

/** The languages the documents are in, for the Language filter. */
export function documentLanguages(documents: readonly DocumentSummary[]): string[] {
  const languages = new Set<string>();
  for (const document of documents) if (document.language) languages.add(document.language);
  return [...languages].toSorted();
}
