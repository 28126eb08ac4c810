import type { Database } from 'better-sqlite3';
import type { AnnotationSearchHit, DocumentKind } from '../../common/model';
import { documentFacts, matchesFilters } from './passageIndex';
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
  anchor: string;
  updatedAt: string;
  title: string;
  documentKind: DocumentKind;
  language: string | null;
  documentDate: string | null;
  stateCode: string | null;
  symbol: string | null;
}

interface Searchable {
  updatedAt: string;
  /** Tokens of the note and tags, then of the quote: a match in the user's own words ranks first. */
  ownWords: string[];
  quoteWords: string[];
}

const toTokens = (text: string) => tokenize(text).map(normalizeToken).filter(Boolean);

/**
 * The user's own annotations (notes, tags, quoted text) matched against the same query as the
 * passages. A delegation has hundreds or a few thousand, so they are scanned, with their
 * tokens kept between queries until the annotation changes.
 */
export class AnnotationSearch {
  private readonly cache = new Map<number, Searchable>();

  constructor(private readonly db: Database) {}

  search(query: ParsedQuery, limit: number): { total: number; hits: AnnotationSearchHit[] } {
    const rows = this.db
      .prepare<[], AnnotationRow>(
        `SELECT a.id, a.document_id AS documentId, a.page_index AS pageIndex, a.kind, a.colour, a.note, a.tags, a.anchor,
                a.updated_at AS updatedAt, d.title, d.kind AS documentKind, d.language, d.document_date AS documentDate,
                d.state_code AS stateCode, d.symbol
           FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
          WHERE a.deleted_at IS NULL
          ORDER BY a.updated_at DESC`,
      )
      .all();
    const seen = new Set<number>();
    const found: { row: AnnotationRow; score: number }[] = [];
    for (const row of rows) {
      seen.add(row.id);
      const searchable = this.searchableOf(row);
      const all = [...searchable.ownWords, ...searchable.quoteWords];
      if (!query.clauses.every((clause) => clause.alternatives.some((term) => holds(term, all)))) continue;
      if (query.excluded.some((term) => holds(term, all))) continue;
      const facts = documentFacts({ ...row, id: row.documentId, kind: row.documentKind });
      if (!matchesFilters(facts, query.filters)) continue;
      const ownMatches = query.clauses.filter((clause) => clause.alternatives.some((term) => holds(term, searchable.ownWords))).length;
      found.push({ row, score: ownMatches });
    }
    for (const id of this.cache.keys()) if (!seen.has(id)) this.cache.delete(id);
    // Matches in notes and tags first; then the most recently edited (the SQL order, kept by a stable sort).
    found.sort((a, b) => b.score - a.score);
    return { total: found.length, hits: found.slice(0, limit).map(({ row }) => toHit(row)) };
  }

  private searchableOf(row: AnnotationRow): Searchable {
    const cached = this.cache.get(row.id);
    if (cached?.updatedAt === row.updatedAt) return cached;
    const tags = JSON.parse(row.tags) as string[];
    const quote = (JSON.parse(row.anchor) as { quote?: { exact: string } }).quote?.exact ?? '';
    const searchable = { updatedAt: row.updatedAt, ownWords: toTokens(`${row.note} ${tags.join(' ')}`), quoteWords: toTokens(quote) };
    this.cache.set(row.id, searchable);
    return searchable;
  }
}

function holds(term: QueryTerm, tokens: string[]): boolean {
  if (term.kind === 'phrase') {
    return tokens.some((_, start) => term.tokens.length > 0 && term.tokens.every((token, offset) => tokens[start + offset] === token));
  }
  return tokens.some((token) => token === term.text || (term.prefix && token.startsWith(term.text)));
}

function toHit(row: AnnotationRow): AnnotationSearchHit {
  const quote = (JSON.parse(row.anchor) as { quote?: { exact: string } }).quote?.exact ?? null;
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
