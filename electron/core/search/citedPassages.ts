import type { Database } from 'better-sqlite3';
import { parseCitation, type Citation } from '../../common/citations';
import { passagesLabelled } from '../db/repos/searchRepo';
import { matchesFilters, type DocumentFacts } from './documentFacts';
import type { RankedPassage } from './passageIndex';
import type { ParsedQuery } from './queryTypes';

/** Above any BM25 score a passage can reach: cited passages come before the text's matches. */
const citedScore = 1_000_000;

/**
 * The passages a citation in the query names, best first, within the query's filters:
 * passages whose label is the citation's ("Art. 7(1)(h)") or lies below it ("Art. 7(1)(h)(i)").
 * Ordered by how many of the query's other words stand in the document's title ("article 33
 * refugee convention"), then by their BM25 score for those words (`textScores`, by passage
 * id), then the exact label before its sub-paragraphs, then by document and reading order.
 * Scores are above any text match, so they stay first when merged with the text's results.
 */
export function rankCitedPassages(
  db: Database,
  citation: Citation,
  query: ParsedQuery,
  documents: ReadonlyMap<number, DocumentFacts>,
  textScores: ReadonlyMap<number, number>,
): RankedPassage[] {
  const words = query.clauses.flatMap((clause) =>
    clause.alternatives.flatMap((term) => (term.kind === 'word' ? [term.text] : term.tokens)),
  );
  const ranked = passagesLabelled(db, citation.label).flatMap((passage, order) => {
    const facts = documents.get(passage.documentId);
    if (!facts || !matchesFilters(facts, query.filters)) return [];
    const inTitle = words.filter((word) => facts.titleTokens.has(word)).length;
    const exact = passage.label === citation.label ? 1 : 0;
    const text = textScores.get(passage.id) ?? 0;
    return [{ passage, inTitle, exact, text, order }];
  });
  ranked.sort(
    (left, right) =>
      right.inTitle - left.inTitle || right.text - left.text || right.exact - left.exact || left.order - right.order,
  );
  return ranked.map(({ passage }, position) => ({
    passageId: passage.id,
    documentId: passage.documentId,
    score: citedScore + (ranked.length - position),
  }));
}

/**
 * The passages a citation names, or, when none carries its label, those of the nearest
 * enclosing article or paragraph that exists ("2(4)" → "2(4)" missing → "2"): a numbering the
 * import could not read still leads to the right article. `cited` is the citation whose
 * passages were found (the query's own, or an enclosing one); empty when none exists.
 */
export function findCitedPassages(
  db: Database,
  citation: Citation,
  query: ParsedQuery,
  documents: ReadonlyMap<number, DocumentFacts>,
  textScores: ReadonlyMap<number, number>,
): { cited: Citation; passages: RankedPassage[] } {
  for (let depth = citation.path.length; depth >= 0; depth -= 1) {
    const cited = depth === citation.path.length ? citation : enclosing(citation, depth);
    const passages = rankCitedPassages(db, cited, query, documents, textScores);
    if (passages.length > 0) return { cited, passages };
  }
  return { cited: citation, passages: [] };
}

function enclosing(citation: Citation, depth: number): Citation {
  const steps = citation.path.slice(0, depth).map((step) => `(${step})`).join('');
  return parseCitation(`art. ${citation.article}${steps}`) ?? citation;
}
