import type { PassageLevel } from '../../../common/model';

/** A place in a document: a page index and a character offset into that page's stored text. */
export interface TextPoint {
  page: number;
  offset: number;
}

/** A citable segment found in a document's text, before it is written to the database. */
export interface FoundPassage {
  level: PassageLevel;
  /** Citable label, e.g. "Art. 7(1)(h)", "Preamble, para. 3", "Part 2", "Chunk 4". */
  label: string;
  /** Heading text when the segment has one, e.g. "Crimes against humanity". */
  heading: string | null;
  /** The segment's text (heading line included), whitespace as on the page. */
  text: string;
  start: TextPoint;
  /** Exclusive end. */
  end: TextPoint;
  /** Index into the returned array of the enclosing passage, or null at top level. */
  parentIndex: number | null;
}

/** Metadata guessed from a document's text; every field can be edited by the user later. */
export interface GuessedMetadata {
  title: string | null;
  /** UN document symbol, e.g. "A/CN.4/L.935", "A/RES/60/147", "S/2024/12". */
  symbol: string | null;
  /** ISO 8601 date (yyyy-mm-dd) of the document, when one is stated. */
  documentDate: string | null;
  /** One of ar, zh, en, fr, ru, es, or null when unsure. */
  language: string | null;
}
