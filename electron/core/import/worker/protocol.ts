import type { ExtractionFailureKind } from '../extractors/extractedDocument';
import type { SupportedFileType } from '../extractors/detectFileType';
import type { StoreOutcome, StoreRequest } from '../storeAnalysedDocument';

/** Messages between the import coordinator and an extraction worker process. */
export interface ExtractionRequest {
  type: 'extract';
  jobId: number;
  filePath: string;
  fileName: string;
  fileType: SupportedFileType;
  password?: string;
  /** The worker writes the document itself, on its own connection to this database. */
  databasePath: string;
  nativeBinding?: string;
  store: StoreRequest;
}

export type ExtractionReply =
  | { type: 'progress'; jobId: number; pagesDone: number; pageCount: number }
  | { type: 'done'; jobId: number; outcome: StoreOutcome }
  | { type: 'failed'; jobId: number; kind: ExtractionFailureKind; message: string };

/** A worker process as the pool sees it, whatever started it (child_process, utilityProcess). */
export interface WorkerChannel {
  postMessage(message: ExtractionRequest): void;
  onMessage(listener: (message: ExtractionReply) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type WorkerLauncher = () => WorkerChannel;
