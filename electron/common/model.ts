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

export const passageLevels = [
  'preamble',
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'subparagraph',
  'chunk',
] as const;
export type PassageLevel = (typeof passageLevels)[number];

/** The six official languages of the United Nations, as BCP 47 tags. */
export const unLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof unLanguages)[number];
