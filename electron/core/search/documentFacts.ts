import type { DocumentKind } from '../../common/model';
import type { DocumentFactsRow } from '../db/repos/searchRepo';
import type { QueryFilters } from './queryTypes';
import { hyphenCompounds, normalizeToken, tokenize } from './textProcessing';

/** What filters and citations need to know about a document; read from the database. */
export interface DocumentFacts {
  id: number;
  title: string;
  titleTokens: ReadonlySet<string>;
  kind: DocumentKind;
  language: string | null;
  year: number | null;
  stateCode: string | null;
  symbol: string | null;
}

/** Whether a document passes the query's filters (kind:, lang:, year:, state:, doc:). */
export function matchesFilters(facts: DocumentFacts, filters: QueryFilters): boolean {
  if (filters.kinds && !filters.kinds.includes(facts.kind)) return false;
  if (filters.languages && (!facts.language || !filters.languages.includes(facts.language))) return false;
  if (filters.yearFrom !== undefined && (facts.year === null || facts.year < filters.yearFrom)) return false;
  if (filters.yearTo !== undefined && (facts.year === null || facts.year > filters.yearTo)) return false;
  if (filters.states && (!facts.stateCode || !filters.states.includes(facts.stateCode))) return false;
  if (filters.documentTitle && !filters.documentTitle.every((token) => facts.titleTokens.has(token))) return false;
  if (filters.documentIds && !filters.documentIds.includes(facts.id)) return false;
  return true;
}

/** The facts of a document row, with its title tokenised the way queries are. */
export function documentFacts(row: DocumentFactsRow): DocumentFacts {
  const year = row.documentDate ? Number(row.documentDate.slice(0, 4)) : NaN;
  return {
    id: row.id,
    title: row.title,
    // With the closed form of hyphenated words: "Co-operation" is also "cooperation".
    titleTokens: new Set([...tokenize(row.title).map(normalizeToken).filter(Boolean), ...hyphenCompounds(row.title)]),
    kind: row.kind,
    language: row.language,
    year: Number.isFinite(year) ? year : null,
    stateCode: row.stateCode,
    symbol: row.symbol,
  };
}
