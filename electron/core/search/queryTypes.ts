import type { Citation } from '../../common/citations';
import type { DocumentKind } from '../../common/model';

/** One thing to look for, already normalised with the same processing as the index. */
export type QueryTerm =
  | {
      kind: 'word';
      /** Normalised token (see textProcessing.normalizeToken). */
      text: string;
      /** Match words starting with this (only the word being typed, at the end of the query). */
      prefix: boolean;
      /**
       * Allowed edit distance for typos (0 = exact); for a prefix, used only when no word of
       * the library begins with it.
       */
      fuzzy: number;
    }
  | {
      kind: 'phrase';
      /** The phrase as typed, for display. */
      raw: string;
      /** Its normalised tokens, in order; a passage matches when they occur consecutively. */
      tokens: string[];
    };

/** Alternatives joined by OR; a query is an AND of clauses. */
export interface QueryClause {
  alternatives: QueryTerm[];
}

export interface QueryFilters {
  kinds?: DocumentKind[];
  /** BCP 47 primary tags: en, fr, es, ru, ar, zh. */
  languages?: string[];
  yearFrom?: number;
  yearTo?: number;
  /** Normalised words that must all occur in the document title (doc:"rome statute"). */
  documentTitle?: string[];
  /** ISO 3166-1 alpha-3 codes, upper case (state:FRA). */
  states?: string[];
  /** Only these documents: set by the engine for one document's passages, never typed. */
  documentIds?: number[];
}

export interface ParsedQuery {
  clauses: QueryClause[];
  excluded: QueryTerm[];
  filters: QueryFilters;
  /** Filters as typed, for the removable chips in the UI: [{ key: 'kind', value: 'draft', raw: 'kind:draft' }]. */
  filterChips: { key: string; value: string; raw: string }[];
  /**
   * The query's plain words as typed, folded, function words included ("from the violence
   * in"), when it has three or more and no OR, quotes or exclusions: passages holding them side
   * by side rank first (adjacencyBoost.ts).
   */
  words?: string[];
  /** A citation typed at the start or end of the query ("art. 7(1)(h)"): the passages with that label come first. */
  citation?: Citation;
}

export interface QuerySyntaxError {
  /** For the person: what is wrong and how to write it. */
  message: string;
  /** Character offset in the input where the problem starts. */
  position: number;
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: QuerySyntaxError };
