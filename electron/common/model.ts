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
  /** Pages without a text layer (scans): kept, shown, but not searchable. */
  pagesWithoutText: number;
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

/** Where one file of an import batch stands; the last five are final. */
export const importItemStatuses = [
  'queued',
  'reading',
  'imported',
  'duplicate',
  'needs-password',
  'error',
  'cancelled',
] as const;
export type ImportItemStatus = (typeof importItemStatuses)[number];

export interface ImportItem {
  index: number;
  name: string;
  status: ImportItemStatus;
  /** For the person: why it failed, what to do, or a remark (scanned pages, duplicate of …). */
  message: string | null;
  documentId: number | null;
  title: string | null;
  pagesDone: number;
  pageCount: number | null;
  pagesWithoutText: number;
  passageCount: number;
  /** True when the file was tried with a password and it was wrong. */
  wrongPassword: boolean;
}

export interface ImportBatch {
  id: string;
  state: 'running' | 'finished' | 'cancelled';
  filesTotal: number;
  filesDone: number;
  pagesDone: number;
  /** Files in dropped folders that are not PDF, Word, text or Markdown. */
  skippedFiles: number;
  items: ImportItem[];
}

export interface DocumentMetadataPatch {
  kind?: DocumentKind;
  title?: string;
  symbol?: string | null;
  documentDate?: string | null;
  language?: string | null;
}
