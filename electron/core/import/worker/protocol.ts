import type { ExtractionFailureKind } from '../extractors/extractedDocument';
import type { SupportedFileType } from '../extractors/detectFileType';
import type { StoreOutcome, StoreRequest } from '../storeAnalysedDocument';
import type { AnnotationColour, CarryResult } from '../../../common/model';
import type { XfdfImport } from '../../export/xfdf';

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

/**
 * Brings the previous revision's marks to a stored document (the reader's command, or the
 * revisions of one batch in revision order): its text is read again from its stored original.
 */
export interface CarryRequest {
  type: 'carry';
  jobId: number;
  documentId: number;
  filePath: string;
  fileType: SupportedFileType;
  password?: string;
  databasePath: string;
  nativeBinding?: string;
}

/**
 * Reads an XFDF file's annotations in a worker, not on the thread that answers the user: a
 * hostile file (a 19 MB attribute) held the host for 7 s and 1.5 GB in review.
 */
export interface XfdfRequest {
  type: 'xfdf';
  jobId: number;
  xml: string;
  colours: AnnotationColour[];
  databasePath: string;
  nativeBinding?: string;
}

export type WorkerRequest = ExtractionRequest | CarryRequest | XfdfRequest;

export type ExtractionReply =
  | { type: 'progress'; jobId: number; pagesDone: number; pageCount: number }
  | { type: 'done'; jobId: number; outcome: StoreOutcome }
  /** `summary` is null when no earlier revision has marks. */
  | { type: 'carried'; jobId: number; summary: CarryResult | null }
  | { type: 'xfdfRead'; jobId: number; read: XfdfImport }
  /** An XFDF file refused for what it holds; the message says what to do. */
  | { type: 'xfdfRefused'; jobId: number; message: string }
  | { type: 'failed'; jobId: number; kind: ExtractionFailureKind; message: string };

/** A worker process as the pool sees it, whatever started it (child_process, utilityProcess). */
export interface WorkerChannel {
  postMessage(message: WorkerRequest): void;
  onMessage(listener: (message: ExtractionReply) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type WorkerLauncher = () => WorkerChannel;
