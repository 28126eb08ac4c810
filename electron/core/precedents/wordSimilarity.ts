import { tokenizeWithOffsets } from '../search/textProcessing';

/**
 * The words of a text and of its neighbouring pairs, counted: what two texts are compared by.
 * Words are folded as the search index folds them (case, accents, width; textProcessing.ts),
 * function words included: "the Court" and "the State" differ by one word of two.
 */
export interface WordProfile {
  /** Word → how many times it occurs. */
  words: Map<string, number>;
  /** "word word" → how many times the two occur side by side. */
  pairs: Map<string, number>;
  wordCount: number;
}

/** The folded words of a text, in order (textProcessing.tokenizeWithOffsets). */
export function similarityWords(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.token);
}

/** Counts a text's words and word pairs once, so one draft paragraph is compared with many passages cheaply. */
export function wordProfile(words: readonly string[]): WordProfile {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (let at = 0; at < words.length; at += 1) {
    counts.set(words[at], (counts.get(words[at]) ?? 0) + 1);
    if (at > 0) {
      const pair = `${words[at - 1]} ${words[at]}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  return { words: counts, pairs, wordCount: words.length };
}

/** Dice's coefficient of two multisets: twice the shared count over both sizes, 0 when both are empty. */
function dice(left: Map<string, number>, right: Map<string, number>, leftSize: number, rightSize: number): number {
  if (leftSize + rightSize === 0) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0);
  return (2 * shared) / (leftSize + rightSize);
}

/**
 * How much of two texts is the same, from 0 (no word in common) to 1 (the same words in the
 * same order): the mean of Dice's coefficient over their words and over their pairs of
 * neighbouring words, each counted with repetition. The words measure what is kept, whatever
 * its order, so moving a clause costs only the pairs at its edges; the pairs measure order,
 * so the same words shuffled, or a long passage that merely uses the draft's vocabulary,
 * score low. This is the "N% the same" a precedent shows. Symmetric; a one-word text has no
 * pairs and is measured by its word alone.
 */
export function wordSimilarity(left: WordProfile, right: WordProfile): number {
  const words = dice(left.words, right.words, left.wordCount, right.wordCount);
  const leftPairs = Math.max(0, left.wordCount - 1);
  const rightPairs = Math.max(0, right.wordCount - 1);
  if (leftPairs + rightPairs === 0) return words;
  return (words + dice(left.pairs, right.pairs, leftPairs, rightPairs)) / 2;
}
