import type { AnnotationReply, ImportNotice } from '../../../common/model';

/** What an extractor reads from one file, before structure is found. */
export interface ExtractedPage {
  lines: string[];
  /** PDF points; null for documents without pages (Word, text). */
  width: number | null;
  height: number | null;
  /** Indexes of the lines the source marks as headings (Markdown's `#` lines), if it marks any. */
  headingLines?: number[];
}

export interface ExtractedDocument {
  pages: ExtractedPage[];
  /** The title the file declares about itself (PDF Info, Word core properties), if any. */
  declaredTitle: string | null;
  mediaType: string;
  /** Comments the file carries on its text (Word), to become annotations. */
  comments?: ExtractedComment[];
  /** What the user should know of how the file was read (tracked changes). */
  notices?: ImportNotice[];
}

/** A comment on a range of the extracted text: found again in the stored text by its quote. */
export interface ExtractedComment {
  /** The page whose lines (joined with "\n") hold the range, and its [start, end) offsets there. */
  page: number;
  start: number;
  end: number;
  quote: { exact: string; prefix: string; suffix: string };
  author: string | null;
  /** ISO 8601 UTC, or null when the file does not say. */
  createdAt: string | null;
  text: string;
  replies: AnnotationReply[];
}

/** Failures an extractor can name precisely; anything else is reported as a damaged file. */
export type ExtractionFailureKind =
  | 'needs-password'
  | 'wrong-password'
  | 'empty'
  | 'unsupported'
  | 'damaged'
  | 'timeout'
  | 'out-of-memory'
  | 'crashed'
  | 'storage'
  | 'cancelled';

export class ExtractionFailure extends Error {
  constructor(
    readonly kind: ExtractionFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionFailure';
  }
}
