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

/** How many of the counted things two multisets share (each counted as often as both have it). */
function sharedCount(left: Map<string, number>, right: Map<string, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0);
  return shared;
}

/** Dice's coefficient of two multisets: twice the shared count over both sizes, 0 when both are empty. */
function dice(left: Map<string, number>, right: Map<string, number>, leftSize: number, rightSize: number): number {
  if (leftSize + rightSize === 0) return 0;
  return (2 * sharedCount(left, right)) / (leftSize + rightSize);
}

/**
 * How little a passage's words beyond the draft's count against it in sourceScore: a
 * twentieth of the draft's own words missing from it. bench:precedents tried 0.5 (Dice) down
 * to 0: the edited paragraphs found their source first as often from 0.5 to 0.05 (99.6%),
 * selections of 8 words far more often the smaller it was (48% at 0.5, 87% at 0.05), and at
 * 0 any article holding the paragraph tied with it (31%).
 */
const extraWordWeight = 0.05;

/** Tversky's index of a draft text and a passage: shared / (shared + missing × (1 − w) + extra × w). */
function tversky(shared: number, draftSize: number, passageSize: number): number {
  if (draftSize === 0) return 0;
  return shared / (shared + (1 - extraWordWeight) * (draftSize - shared) + extraWordWeight * (passageSize - shared));
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

/**
 * How likely a passage is the source of a draft's text, from 0 to 1: how much of the draft's
 * words and pairs of neighbouring words the passage holds, its words beyond them weighing
 * little (Tversky's index, A. Tversky, "Features of similarity", Psychological Review 84,
 * 1977, with the draft's missing words weighing 0.95 and the passage's extra words 0.05;
 * the mean over words and over pairs, as wordSimilarity). A selection of a few words scores
 * high against the paragraph holding it, which its whole paragraph against the selection
 * would not (wordSimilarity); between the paragraph and the article holding it, the
 * article's extra words decide. Not symmetric: precedents are ordered by it, and show
 * wordSimilarity, which compares the two texts whole.
 */
export function sourceScore(draft: WordProfile, passage: WordProfile): number {
  const words = tversky(sharedCount(draft.words, passage.words), draft.wordCount, passage.wordCount);
  const draftPairs = Math.max(0, draft.wordCount - 1);
  if (draftPairs === 0) return words;
  return (words + tversky(sharedCount(draft.pairs, passage.pairs), draftPairs, Math.max(0, passage.wordCount - 1))) / 2;
}
