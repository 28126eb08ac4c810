import type { Result } from '../../common/errors';
import type { SearchQueryOptions } from '../../common/model';

export interface SearchWorkerData {
  databasePath: string;
  nativeBinding?: string;
}

export type SearchRequest = { id: number } & (
  | { type: 'query'; query: string; options: SearchQueryOptions }
  | { type: 'status' }
  | { type: 'rebuild' }
  | { type: 'page'; documentId: number; pageIndex: number; terms: string[] }
  | { type: 'precedents'; text: string; limit: number }
  | { type: 'close' }
);

export interface SearchReply {
  id: number;
  reply: Result<unknown>;
}
