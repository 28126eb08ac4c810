/** Domain types shared by every room of the house. Plain data only. */

export const documentKinds = ['draft', 'instrument', 'statement'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentStatuses = ['importing', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  title: string;
  symbol: string | null;
  documentDate: string | null;
  language: string | null;
  originalFileName: string | null;
  pageCount: number;
  status: DocumentStatus;
  createdAt: string;
}

/** Row counts per table, as shown by `cli status` and the status bar. */
export type TableCounts = Record<string, number>;

export interface LibraryStatus {
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  counts: TableCounts;
}
