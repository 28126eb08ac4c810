import type { Result } from '../../common/errors';

export interface SearchWorkerData {
  databasePath: string;
  nativeBinding?: string;
}

export type SearchRequest = { id: number } & (
  | { type: 'query'; query: string; limit?: number; hitsPerDocument?: number }
  | { type: 'status' }
  | { type: 'rebuild' }
  | { type: 'page'; documentId: number; pageIndex: number; terms: string[] }
  | { type: 'close' }
);

export interface SearchReply {
  id: number;
  reply: Result<unknown>;
}
