import { phraseStandsIn } from '../../common/cjkBigrams';
import type { RankedPassage } from './passageIndex';
import { tokenizeWithOffsets } from './textProcessing';

/** How many of the best passages are read to look for the words side by side. */
export const adjacencyWindow = 40;
/** The score of a passage holding the query's words side by side, as typed, is multiplied by this. */
const adjacencyFactor = 2;

/**
 * Puts first, among the best `adjacencyWindow` passages, those that hold the query's words
 * side by side in the order typed ("from the violence in"), function words included: BM25
 * scores each word alone, and a fragment remembered word for word should beat a passage that
 * only has the same words apart. Solr's edismax does the same with its phrase-field boost
 * (`pf`). `words` are the query's plain words, folded, in order; `textOf` reads passages' text
 * by id. Returns a new list; the passages past the window keep their order.
 */
export function boostAdjacentWords(
  matches: readonly RankedPassage[],
  words: readonly string[],
  textOf: (passageIds: number[]) => Map<number, string>,
): RankedPassage[] {
  if (words.length < 3 || matches.length < 2) return [...matches];
  const window = matches.slice(0, adjacencyWindow);
  const texts = textOf(window.map((match) => match.passageId));
  const boosted = window.map((match) => {
    const text = texts.get(match.passageId);
    const together = text !== undefined && phraseStandsIn(words, tokenizeWithOffsets(text).map((token) => token.token));
    return together ? { ...match, score: match.score * adjacencyFactor } : match;
  });
  boosted.sort((left, right) => right.score - left.score);
  return [...boosted, ...matches.slice(adjacencyWindow)];
}
