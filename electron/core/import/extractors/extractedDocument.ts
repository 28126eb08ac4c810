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
