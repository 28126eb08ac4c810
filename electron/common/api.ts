/**
 * THE contract: one interface per service, one argument object per method. Every transport
 * (Electron IPC, the loopback HTTP host) and every client is derived from `BriefingApi` and
 * the schemas in schemas.ts; there is no second list of channel names.
 */
import type { DocumentKind, DocumentSummary, LibraryStatus } from './model';

export interface LibraryService {
  /** Documents in the library, newest first; optionally only one kind. */
  listDocuments(args: { kind?: DocumentKind }): Promise<DocumentSummary[]>;
  /** Where the library lives, its schema version and how many rows each table holds. */
  getStatus(args: Record<string, never>): Promise<LibraryStatus>;
}

export interface BriefingApi {
  library: LibraryService;
}

export type ServiceName = keyof BriefingApi;
export type MethodName<S extends ServiceName> = keyof BriefingApi[S] & string;

/** "library.listDocuments" and so on: the name used on the wire by both transports. */
export type OperationName = {
  [S in ServiceName]: `${S}.${MethodName<S>}`;
}[ServiceName];
