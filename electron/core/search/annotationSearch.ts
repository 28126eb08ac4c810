import type { Database } from 'better-sqlite3';
import { prepared } from '../db/preparedStatements';
import { readableQuote } from '../../common/lineText';
import type { AnnotationSearchHit } from '../../common/model';
import { cjkPartMatches, phraseStandsIn } from '../../common/cjkBigrams';
import { documentFactsById } from '../db/repos/searchRepo';
import { documentFacts, matchesFilters } from './documentFacts';
import type { ParsedQuery, QueryTerm } from './queryTypes';
import { normalizeToken, tokenize } from './textProcessing';

interface AnnotationRow {
  id: number;
  documentId: number;
  pageIndex: number;
  kind: AnnotationSearchHit['kind'];
  colour: string;
  note: string;
  tags: string;
  quote: string | null;
  title: string;
}

interface Searchable {
  updatedAt: string;
  documentId: number;
  /** Tokens of the note and tags, then of the quote: a match in the user's own words ranks first. */
  ownWords: string[];
  quoteWords: string[];
}

const toTokens = (text: string) => tokenize(text).map(normalizeToken).filter(Boolean);

/**
 * The user's own annotations (notes, tags, quoted text) matched against the same query as the
 * passages. A delegation has hundreds or a few thousand, so they are scanned; each one's
 * tokens are kept between queries until it changes, so a query reads only ids and dates, and
 * the details of the hits it shows.
 */
export class AnnotationSearch {
  private readonly cache = new Map<number, Searchable>();

  constructor(private readonly db: Database) {}

  search(query: ParsedQuery, limit: number): { total: number; hits: AnnotationSearchHit[] } {
    const current = prepared<[], { id: number; updatedAt: string }>(
      this.db,
      'SELECT id, updated_at AS updatedAt FROM annotations WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC',
    ).all();
    const seen = new Set<number>();
    const facts = new Map<number, ReturnType<typeof documentFacts> | undefined>();
    const factsOf = (documentId: number) => {
      if (!facts.has(documentId)) {
        const row = documentFactsById(this.db, documentId);
        facts.set(documentId, row && documentFacts(row));
      }
      return facts.get(documentId);
    };
    const found: { id: number; score: number }[] = [];
    for (const { id, updatedAt } of current) {
      seen.add(id);
      const searchable = this.searchableOf(id, updatedAt);
      const all = [...searchable.ownWords, ...searchable.quoteWords];
      if (!query.clauses.every((clause) => clause.alternatives.some((term) => holds(term, all)))) continue;
      if (query.excluded.some((term) => holds(term, all))) continue;
      const documentFactsOfHit = factsOf(searchable.documentId);
      if (!documentFactsOfHit || !matchesFilters(documentFactsOfHit, query.filters)) continue;
      const ownMatches = query.clauses.filter((clause) => clause.alternatives.some((term) => holds(term, searchable.ownWords))).length;
      found.push({ id, score: ownMatches });
    }
    for (const id of this.cache.keys()) if (!seen.has(id)) this.cache.delete(id);
    // Matches in notes and tags first; then the most recently edited (the SQL order, kept by a stable sort).
    found.sort((a, b) => b.score - a.score);
    const details = prepared<[number], AnnotationRow>(
      this.db,
      `SELECT a.id, a.document_id AS documentId, a.page_index AS pageIndex, a.kind, a.colour, a.note, a.tags,
              json_extract(a.anchor, '$.quote.exact') AS quote, d.title
         FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
        WHERE a.id = ?`,
    );
    const hits = found
      .slice(0, limit)
      .map(({ id }) => details.get(id))
      .filter((row) => row !== undefined)
      .map(toHit);
    return { total: found.length, hits };
  }

  private searchableOf(id: number, updatedAt: string): Searchable {
    const cached = this.cache.get(id);
    if (cached?.updatedAt === updatedAt) return cached;
    const row = prepared<[number], { documentId: number; note: string; tags: string; quote: string | null }>(
      this.db,
      `SELECT document_id AS documentId, note, tags, json_extract(anchor, '$.quote.exact') AS quote FROM annotations WHERE id = ?`,
    ).get(id)!;
    const tags = JSON.parse(row.tags) as string[];
    const searchable = {
      updatedAt,
      documentId: row.documentId,
      ownWords: toTokens(`${row.note} ${tags.join(' ')}`),
      quoteWords: toTokens(readableQuote(row.quote ?? '')),
    };
    this.cache.set(id, searchable);
    return searchable;
  }
}

function holds(term: QueryTerm, tokens: string[]): boolean {
  // As for passages: CJK pairs, a lone CJK character inside them (common/cjkBigrams.ts).
  if (term.kind === 'phrase') {
    return term.tokens.length > 0 && phraseStandsIn(term.tokens, tokens);
  }
  return tokens.some((token) => cjkPartMatches(term.text, token, 0, 1) !== undefined || (term.prefix && token.startsWith(term.text)));
}

function toHit(row: AnnotationRow): AnnotationSearchHit {
  const quote = row.quote && readableQuote(row.quote);
  return {
    annotationId: row.id,
    documentId: row.documentId,
    documentTitle: row.title,
    pageIndex: row.pageIndex,
    kind: row.kind,
    colour: row.colour,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    quote: quote && quote.length > 300 ? `${quote.slice(0, 300)}…` : quote,
    citation: `${row.title}, p. ${row.pageIndex + 1}`,
  };
}
