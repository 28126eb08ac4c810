import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { DocumentSummary } from '../../../../electron/common/model';
import {
  collectionCounts,
  documentLanguages,
  documentYears,
  documentsInCollection,
  filterDocuments,
  hasFilters,
  noFilters,
  sortContextFor,
  sortDocuments,
  type CollectionKey,
  type LibraryFilters,
  type LibrarySort,
} from './libraryView';
import { useLibraryLabels } from './useLibraryLabels';

/**
 * The Library's view state (collection, filters, sort) and the rows it yields. Each step is
 * memoised on what it depends on: a keystroke in the filter only re-filters the list, which
 * was put in its collection and sorted once; the filter text is deferred so typing stays
 * ahead of the table.
 */
export function useLibraryView(documents: readonly DocumentSummary[]) {
  const intl = useIntl();
  const labels = useLibraryLabels();
  const [chosenCollection, setCollectionState] = useState<CollectionKey>('all');
  // No sort chosen: the collection's own order (drafts by family, newest revision first).
  const [sort, setSort] = useState<LibrarySort | undefined>();
  const [filters, setFilters] = useState<LibraryFilters>(noFilters);
  const deferredFilters = useDeferredValue(filters);

  const counts = useMemo(() => collectionCounts(documents), [documents]);
  // A family whose drafts were all removed is gone from the left pane: show the drafts.
  const collection =
    chosenCollection.startsWith('family:') && !counts.families.some((family) => `family:${family.familyId}` === chosenCollection) ? 'drafts' : chosenCollection;
  const years = useMemo(() => documentYears(documents), [documents]);
  const languages = useMemo(() => documentLanguages(documents), [documents]);
  const inCollection = useMemo(() => documentsInCollection(documents, collection), [documents, collection]);
  const sortContext = useMemo(() => sortContextFor(intl.locale, labels.kind, labels.language), [intl.locale, labels]);
  const sorted = useMemo(() => (sort ? sortDocuments(inCollection, sort, sortContext) : inCollection), [inCollection, sort, sortContext]);
  const rows = useMemo(() => filterDocuments(sorted, deferredFilters), [sorted, deferredFilters]);
  // Another collection opens in its own order. Stable, so the collections pane need not render again.
  const setCollection = useCallback((next: CollectionKey) => {
    setCollectionState(next);
    setSort(undefined);
  }, []);
  const clearFilters = useCallback(() => setFilters(noFilters), []);

  return {
    collection,
    setCollection,
    sort,
    setSort,
    filters,
    setFilters,
    clearFilters,
    filtered: hasFilters(filters),
    /** Whether the rows shown are filtered (follows the deferred filters, as the rows do). */
    rowsFiltered: hasFilters(deferredFilters),
    counts,
    years,
    languages,
    /** How many the collection holds before filtering. */
    collectionSize: inCollection.length,
    rows,
  };
}

export type LibraryView = ReturnType<typeof useLibraryView>;
