import type { Database } from 'better-sqlite3';
import { passageCitation } from '../../common/citations';
import { AppError } from '../../common/errors';
import type { Precedent } from '../../common/model';
import { passagesByIds } from '../db/repos/searchRepo';
import type { PassageIndex, RankedPassage } from '../search/passageIndex';
import type { ParsedQuery } from '../search/queryTypes';
import { stopWords } from '../search/textProcessing';
import { wordDiff } from './wordDiff';
import { similarityWords, sourceScore, wordProfile, wordSimilarity } from './wordSimilarity';

/** Precedents a paragraph gets unless it asks for another number. */
export const defaultPrecedentLimit = 5;
/**
 * How many of BM25's best passages are compared word by word. The source of a lightly edited
 * paragraph is almost always within BM25's first few; the rest of the pool catches the
 * paragraph whose words a longer article also holds (bench:precedents, docs/BENCHMARKS.md).
 */
const candidatePool = 60;
/**
 * Below this sourceScore, a passage shares little more than the language's common words and
 * phrases with the draft ("of the", "each State"): it is no precedent.
 */
export const minimumSourceScore = 0.3;

/**
 * The plain BM25 query of a paragraph: each of its words the index holds (function words are
 * not indexed), OR-ed in one clause, exact forms and their other forms (stems), no typos,
 * over the library's instruments only. Best first, as PassageIndex.search ranks them.
 */
export function bm25Candidates(index: PassageIndex, words: readonly string[]): RankedPassage[] {
  const distinct = [...new Set(words)].filter((word) => !stopWords.has(word));
  if (distinct.length === 0) return [];
  const query: ParsedQuery = {
    clauses: [{ alternatives: distinct.map((text) => ({ kind: 'word' as const, text, prefix: false, fuzzy: 0 })) }],
    excluded: [],
    filters: { kinds: ['instrument'] },
    filterChips: [],
  };
  return index.search(query).ranked;
}

/**
 * The instrument passages closest to `text`, best first, at most `limit`: BM25's best
 * `candidatePool` passages for the text's words (bm25Candidates), ordered again by how likely
 * each is the text's source (sourceScore: how much of the text's words and word pairs it
 * holds), then by how much of the two is the same (wordSimilarity, the `similarity` shown),
 * then BM25; each with its citation (the passage's start page) and the word diff from it to
 * the text (wordDiff, the `diff` package). Passages under minimumSourceScore are left out.
 * Errors: invalid-argument when the text has no word to compare (empty, punctuation, only
 * function words).
 */
export function findPrecedents(index: PassageIndex, db: Database, text: string, limit = defaultPrecedentLimit): Precedent[] {
  const words = similarityWords(text);
  const ranked = bm25Candidates(index, words);
  if (ranked.length === 0 && !words.some((word) => !stopWords.has(word))) {
    throw new AppError(
      'invalid-argument',
      'There is nothing to find precedents for: select a paragraph of the draft, or a few of its words, and try again.',
    );
  }
  const pool = ranked.slice(0, candidatePool);
  const bm25Rank = new Map(pool.map((passage, rank) => [passage.passageId, rank]));
  const draft = wordProfile(words);
  const scored = passagesByIds(db, pool.map((passage) => passage.passageId))
    .map((passage) => {
      const profile = wordProfile(similarityWords(passage.text));
      return { passage, score: sourceScore(draft, profile), similarity: wordSimilarity(draft, profile) };
    })
    .filter(({ score }) => score >= minimumSourceScore)
    .toSorted((left, right) => right.score - left.score || right.similarity - left.similarity || bm25Rank.get(left.passage.id)! - bm25Rank.get(right.passage.id)!);
  return scored.slice(0, limit).map(({ passage, similarity }) => {
    const title = index.documents.get(passage.documentId)?.title ?? 'Untitled document';
    return {
      passageId: passage.id,
      documentId: passage.documentId,
      title,
      label: passage.label,
      citation: passageCitation(title, passage.label, passage.startPage),
      pageIndex: passage.startPage,
      similarity: Math.round(similarity * 1000) / 1000,
      text: passage.text,
      diff: wordDiff(passage.text, text),
    };
  });
}
