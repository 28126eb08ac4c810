import type { Database } from 'better-sqlite3';
import { parseCitation, type Citation } from '../../common/citations';
import { passagesLabelled } from '../db/repos/searchRepo';
import { matchesFilters, type DocumentFacts } from './documentFacts';
import type { RankedPassage } from './passageIndex';
import type { ParsedQuery } from './queryTypes';

/** Above any BM25 score a passage can reach: cited passages come before the text's matches. */
const citedScore = 1_000_000;

/** How closely a passage answers the citation: its label, below it, or the enclosing one. */
const enum Closeness {
  Exact = 3,
  Below = 2,
  Enclosing = 1,
}

interface Candidate {
  passage: { id: number; documentId: number };
  closeness: Closeness;
  inTitle: number;
  text: number;
  order: number;
}

/**
 * The passages a citation in the query names, best first, within the query's filters:
 * - passages labelled with the citation ("Art. 7(1)(h)") or below it ("Art. 7(1)(h)(i)");
 * - in a document whose title holds another word of the query ("article 2(4) UN Charter") but
 *   which has no such label (its numbering was not read, or is written otherwise), the
 *   nearest enclosing passage that exists ("Art. 2");
 * - when no document has the label at all, the nearest enclosing one in every document.
 * Ordered by how many of the query's other words stand in the document's title, then by their
 * BM25 score for those words (`textScores`, by passage id), then exact label, below it,
 * enclosing, then by document and reading order. Scores are above any text match, so they
 * stay first when merged with the text's results. `nearest` is set when the first passage is
 * an enclosing one (the citation as it was found: "2" for "2(4)").
 */
export function findCitedPassages(
  db: Database,
  citation: Citation,
  query: ParsedQuery,
  documents: ReadonlyMap<number, DocumentFacts>,
  textScores: ReadonlyMap<number, number>,
): { passages: RankedPassage[]; nearest?: Citation } {
  const words = query.clauses.flatMap((clause) =>
    clause.alternatives.flatMap((term) => (term.kind === 'word' ? [term.text] : term.tokens)),
  );
  const inTitle = (facts: DocumentFacts) => words.filter((word) => facts.titleTokens.has(word)).length;
  const allowed = (documentId: number) => {
    const facts = documents.get(documentId);
    return facts !== undefined && matchesFilters(facts, query.filters) ? facts : undefined;
  };
  const candidates: (Candidate & { label: Citation })[] = [];
  const add = (label: Citation, only?: ReadonlySet<number>) => {
    passagesLabelled(db, label.label).forEach((passage) => {
      const facts = only && !only.has(passage.documentId) ? undefined : allowed(passage.documentId);
      // An enclosing passage stands for the missing one alone, not with its other paragraphs.
      if (!facts || (label !== citation && passage.label !== label.label)) return;
      const closeness = label !== citation ? Closeness.Enclosing : passage.label === label.label ? Closeness.Exact : Closeness.Below;
      const text = textScores.get(passage.id) ?? 0;
      candidates.push({ passage, closeness, inTitle: inTitle(facts), text, order: candidates.length, label });
    });
  };
  add(citation);
  const cited = new Set(candidates.map((candidate) => candidate.passage.documentId));
  const named = new Set([...documents.values()].filter((facts) => !cited.has(facts.id) && inTitle(facts) > 0).map((facts) => facts.id));
  for (let depth = citation.path.length - 1; depth >= 0 && (named.size > 0 || cited.size === 0); depth -= 1) {
    const found = candidates.length;
    add(enclosing(citation, depth), cited.size === 0 ? undefined : named);
    for (const candidate of candidates.slice(found)) named.delete(candidate.passage.documentId);
    if (cited.size === 0 && candidates.length > 0) break;
  }
  candidates.sort(
    (left, right) =>
      right.inTitle - left.inTitle || right.text - left.text || right.closeness - left.closeness || left.order - right.order,
  );
  const first = candidates[0];
  return {
    passages: candidates.map(({ passage }, position) => ({
      passageId: passage.id,
      documentId: passage.documentId,
      score: citedScore + (candidates.length - position),
    })),
    ...(first?.closeness === Closeness.Enclosing && { nearest: first.label }),
  };
}

function enclosing(citation: Citation, depth: number): Citation {
  const steps = citation.path.slice(0, depth).map((step) => `(${step})`).join('');
  return parseCitation(`art. ${citation.article}${steps}`) ?? citation;
}
