import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import type { DocumentKind } from '../../common/model';
import type { ParsedQuery, QueryFilters, QueryTerm } from './queryTypes';
import { normalizeToken, stopWords, tokenize } from './textProcessing';

/** A passage as the index receives it; only its words and its document are kept in memory. */
export interface IndexedPassage {
  id: number;
  documentId: number;
  text: string;
  /** An article's title ("Crimes against humanity"): its words weigh more. */
  heading: string | null;
}

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

export interface RankedPassage {
  passageId: number;
  documentId: number;
  score: number;
  /** The index terms that matched, for highlighting. */
  matchedTerms: string[];
}

/** Bumped whenever the saved form or the text processing changes: older files are rebuilt. */
export const indexFormatVersion = 2;

const indexOptions = {
  fields: ['text', 'heading'],
  storeFields: ['d'],
  idField: 'id',
  // Stop words are not indexed: their posting lists would be most of the index and they
  // carry no meaning on their own. Phrases containing them are checked against the text.
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => {
    const normalized = normalizeToken(term);
    return normalized && !stopWords.has(normalized) ? normalized : null;
  },
  searchOptions: {
    // Query leaves arrive as single, already normalised tokens.
    tokenize: (query: string) => [query],
    processTerm: (term: string) => term,
    boost: { heading: 2 },
  },
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

/**
 * The passage index: MiniSearch over passage text, with the document facts beside it for
 * filters. Pure in-memory logic; the search worker owns loading, saving and syncing.
 */
export class PassageIndex {
  readonly documents = new Map<number, DocumentFacts>();

  private constructor(
    private readonly miniSearch: MiniSearch<{ id: number; d: number; text: string; heading: string }>,
  ) {}

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch(indexOptions));
  }

  /** From the parsed form of toJSON()'s output (saved inside a larger file). */
  static fromPlainObject(saved: unknown): PassageIndex {
    return new PassageIndex(MiniSearch.loadJS(saved as AsPlainObject, indexOptions));
  }

  toJSON(): string {
    return JSON.stringify(this.miniSearch);
  }

  get passageCount(): number {
    return this.miniSearch.documentCount;
  }

  get termCount(): number {
    return this.miniSearch.termCount;
  }

  /** Adds passages, replacing any earlier version of the same id. */
  upsert(passages: IndexedPassage[]): void {
    for (const passage of passages) {
      if (this.miniSearch.has(passage.id)) this.miniSearch.discard(passage.id);
      this.miniSearch.add({ id: passage.id, d: passage.documentId, text: passage.text, heading: passage.heading ?? '' });
    }
  }

  remove(passageIds: number[]): void {
    for (const id of passageIds) if (this.miniSearch.has(id)) this.miniSearch.discard(id);
  }

  /**
   * Every passage matching the words of the query (phrases as all their words; the caller
   * checks adjacency against the text), best first, filtered by document facts.
   */
  search(query: ParsedQuery): RankedPassage[] {
    // Typo tolerance costs a walk of the whole term tree per word: try the words as typed
    // first, and forgive typos only when that finds (almost) nothing.
    const exact = this.searchWith(query, false);
    const fuzzyWanted = query.clauses.some((clause) =>
      clause.alternatives.some((term) => term.kind === 'word' && term.fuzzy > 0),
    );
    return exact.length >= fewResults || !fuzzyWanted ? exact : this.searchWith(query, true);
  }

  private searchWith(query: ParsedQuery, fuzzy: boolean): RankedPassage[] {
    const leaf = (term: QueryTerm) => leafQuery(term, fuzzy);
    const positive: Query = {
      combineWith: 'AND',
      queries: query.clauses.map((clause) => ({
        combineWith: 'OR',
        queries: clause.alternatives.map(leaf),
      })),
    };
    const excludedWords = query.excluded.filter((term) => term.kind === 'word').map((term) => leafQuery(term, false));
    const tree: Query =
      excludedWords.length > 0 ? { combineWith: 'AND_NOT', queries: [positive, ...excludedWords] } : positive;
    const allowed = this.documentFilter(query.filters);
    const results = this.miniSearch.search(tree, {
      filter: allowed ? (result: SearchResult) => allowed(result.d as number) : undefined,
    });
    return results.map((result) => ({
      passageId: result.id as number,
      documentId: result.d as number,
      score: result.score,
      matchedTerms: result.terms,
    }));
  }

  private documentFilter(filters: QueryFilters): ((documentId: number) => boolean) | undefined {
    const active = Object.values(filters).some((value) => value !== undefined);
    if (!active) return undefined;
    const cache = new Map<number, boolean>();
    return (documentId) => {
      let verdict = cache.get(documentId);
      if (verdict === undefined) {
        const facts = this.documents.get(documentId);
        verdict = facts !== undefined && matchesFilters(facts, filters);
        cache.set(documentId, verdict);
      }
      return verdict;
    };
  }
}

/** Below this many exact matches, a search is tried again with typo tolerance. */
const fewResults = 3;

function leafQuery(term: QueryTerm, fuzzy: boolean): Query {
  if (term.kind === 'word') {
    const distance = fuzzy ? term.fuzzy : 0;
    return { queries: [term.text], prefix: term.prefix, fuzzy: distance, maxFuzzy: distance };
  }
  // A phrase narrows to passages holding all its indexed words; adjacency is checked later.
  const words = term.tokens.filter((token) => !stopWords.has(token));
  return { combineWith: 'AND', queries: (words.length > 0 ? words : term.tokens).map((token) => ({ queries: [token] })) };
}

export function matchesFilters(facts: DocumentFacts, filters: QueryFilters): boolean {
  if (filters.kinds && !filters.kinds.includes(facts.kind)) return false;
  if (filters.languages && (!facts.language || !filters.languages.includes(facts.language))) return false;
  if (filters.yearFrom !== undefined && (facts.year === null || facts.year < filters.yearFrom)) return false;
  if (filters.yearTo !== undefined && (facts.year === null || facts.year > filters.yearTo)) return false;
  if (filters.states && (!facts.stateCode || !filters.states.includes(facts.stateCode))) return false;
  if (filters.documentTitle && !filters.documentTitle.every((token) => facts.titleTokens.has(token))) return false;
  return true;
}

/** The facts of a document row, with its title tokenised the way queries are. */
export function documentFacts(row: {
  id: number;
  title: string;
  kind: DocumentKind;
  language: string | null;
  documentDate: string | null;
  stateCode: string | null;
  symbol: string | null;
}): DocumentFacts {
  const year = row.documentDate ? Number(row.documentDate.slice(0, 4)) : NaN;
  return {
    id: row.id,
    title: row.title,
    titleTokens: new Set(tokenize(row.title).map(normalizeToken).filter(Boolean)),
    kind: row.kind,
    language: row.language,
    year: Number.isFinite(year) ? year : null,
    stateCode: row.stateCode,
    symbol: row.symbol,
  };
}
