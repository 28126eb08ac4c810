import type { DocumentKind } from '../../../electron/common/model';
import type { PackItemInput } from '../../../electron/common/packs';

/** Every react-query key in one factory, so a mutation can invalidate exactly what it changed. */
export const queryKeys = {
  library: ['library'] as const,
  documents: (filter: { kind?: DocumentKind }) => ['library', 'documents', filter] as const,
  status: () => ['library', 'status'] as const,
  importBatch: (batchId: string) => ['imports', batchId] as const,
  search: (query: string) => ['search', 'query', query] as const,
  /** One document's passages for a query ("All 16 passages"): under the query's key, so both go together. */
  searchDocument: (query: string, documentId: number) => ['search', 'query', query, 'document', documentId] as const,
  searchStatus: () => ['search', 'status'] as const,
  /** The room's quick search in the library: its first passages only, a page of its own. */
  roomSearch: (query: string) => ['search', 'room', query] as const,
  /** The instrument passages closest to a text (a draft's paragraph or a selection). */
  precedents: (text: string) => ['precedents', text] as const,
  annotations: (documentId: number) => ['annotations', documentId] as const,
  colours: () => ['annotations', 'colours'] as const,
  original: (documentId: number) => ['library', 'original', documentId] as const,
  passages: (documentId: number) => ['library', 'passages', documentId] as const,
  page: (documentId: number, pageIndex: number, terms: string[]) =>
    ['library', 'page', documentId, pageIndex, terms] as const,
  settings: () => ['settings'] as const,
  /** The snapshots of the library, the last failure and a pending recovery offer. */
  backups: () => ['backups'] as const,
  /** The 195 States: a fixed catalogue, loaded once. */
  states: () => ['states'] as const,
  stateGroups: () => ['states', 'groups'] as const,
  /** Under library: an import or a deletion refreshes comparisons and histories. */
  comparison: (olderDocumentId: number, newerDocumentId: number) => ['library', 'comparison', olderDocumentId, newerDocumentId] as const,
  articleHistory: (documentId: number, label: string) => ['library', 'articleHistory', documentId, label] as const,
  draftFamilies: () => ['library', 'draftFamilies'] as const,
  positions: () => ['positions'] as const,
  /** Under positions(): recording or deleting a position refreshes the matrix too. */
  positionMatrix: (revisionDocumentId: number) => ['positions', 'matrix', revisionDocumentId] as const,
  /** Under positions() too: a statement read against a draft (the linker), and a revision's bracket ledger, whose holders are positions. */
  statementLinks: (sourceDocumentId: number, revisionDocumentId: number | undefined) => ['positions', 'link', sourceDocumentId, revisionDocumentId ?? 'newest'] as const,
  bracketLedger: (revisionDocumentId: number) => ['positions', 'brackets', revisionDocumentId] as const,
  /** Under positions(): our card on an article, and every card's status on a revision (the matrix shows them). */
  positionCard: (revisionDocumentId: number, articleLabel: string) => ['positions', 'card', revisionDocumentId, articleLabel] as const,
  cardStatuses: (revisionDocumentId: number) => ['positions', 'cardStatuses', revisionDocumentId] as const,
  /** Packs resolve the library and the positions when read: refetched when shown (staleTime 0), invalidated by every pack write. */
  packs: () => ['packs'] as const,
  pack: (id: number, language: string) => ['packs', id, language] as const,
  packTemplates: () => ['packs', 'templates'] as const,
  /** What an item will carry into a pack (citation, words), read from the library: under library, so a deletion refreshes it. */
  packItemPreview: (item: PackItemInput) => ['library', 'packItemPreview', JSON.stringify(item)] as const,
  /** The Packs screen's sources pane: a search's first passages (under search, which a re-import refreshes). */
  packSourceSearch: (query: string) => ['search', 'packSources', query] as const,
  /** Under positions(): the positions on one revision, to add to a pack. */
  revisionPositions: (revisionDocumentId: number) => ['positions', 'revision', revisionDocumentId] as const,
};
