import { cjkPartMatches, holdsCjk, markedSpan, phraseSidesAt, type PairSide } from '../../common/cjkBigrams';
import type { ParsedQuery } from './queryTypes';
import type { PassageWords, TokenWithOffsets } from './textProcessing';
import type { WantedWords } from './wantedWords';

/**
 * Which words of a passage a result marks, for its snippet and for the page it opens: a
 * word of the query wherever it stands, a phrase only where the whole phrase stands — in
 * `"widespread or systematic"` the "or" of another sentence is not marked. A lone CJK
 * character of the query marks only that character of the pair that holds it.
 * Returns the marked stretches in text order (a word, or the marked character of a pair;
 * neighbouring pairs of a CJK phrase overlap) and the terms the reader marks on the page:
 * each word as its index term, each phrase found as its terms joined by single spaces.
 */
export function markedTokens(
  passage: PassageWords,
  query: ParsedQuery,
  wanted: WantedWords,
): { marked: TokenWithOffsets[]; terms: string[] } {
  const terms = query.clauses.flatMap((clause) => clause.alternatives);
  const phrases = terms.flatMap((term) => (term.kind === 'phrase' ? [term.tokens] : []));
  const words = terms.flatMap((term) => (term.kind === 'phrase' ? [] : [term.text]));
  // A token that only occurs inside phrases is marked only as part of one.
  const phraseOnly = new Set(phrases.flat().filter((token) => !words.includes(token)));
  const marked = new Map<number, TokenWithOffsets>();
  const found: string[] = [];
  const mark = (index: number, side: PairSide) => {
    const token = passage.tokenAt(index);
    const [start, end] = markedSpan(side, token.start, token.end, token.split ?? token.end);
    const earlier = marked.get(index);
    if (!earlier || end - start > earlier.end - earlier.start) marked.set(index, { token: token.token, start, end });
  };
  // One pass, a hash lookup or two per word: this runs over every word of every passage shown.
  const pairsFound: string[] = [];
  for (let index = 0; words.length > 0 && index < passage.length; index += 1) {
    // Most words are turned away by their first letter, without being folded.
    if (!wanted.mayBeginWith(passage.firstUnit(index))) continue;
    const token = passage.wordAt(index);
    if (wanted.matchesToken(token)) {
      if (phraseOnly.size > 0 && phraseOnly.has(token)) continue;
      // A pair found for a lone character of the query: mark that character, and give the
      // reader the character, not the pair.
      const character = words.find((word) => word !== token && cjkPartMatches(word, token, 0, 1) !== undefined);
      mark(index, character === undefined ? 'whole' : cjkPartMatches(character, token, 0, 1)!);
      found.push(character ?? token);
    } else if (index + 1 < passage.length && wanted.matchesPair(token, passage.wordAt(index + 1))) {
      // A closed word of the query found written in two ("cooperation" in "co-operation").
      mark(index, 'whole');
      mark(index + 1, 'whole');
      pairsFound.push(`${token} ${passage.wordAt(index + 1)}`);
    }
  }
  found.push(...pairsFound);
  const wordAt = (index: number) => (index < passage.length ? passage.wordAt(index) : undefined);
  for (const phrase of phrases) {
    const cjk = holdsCjk(phrase);
    for (let start = 0; start + phrase.length <= passage.length; start += 1) {
      if (!cjk && passage.wordAt(start) !== phrase[0]) continue;
      const sides = phraseSidesAt(phrase, wordAt, start);
      if (!sides) continue;
      sides.forEach((side, offset) => mark(start + offset, side));
      found.push(phrase.join(' '));
    }
  }
  return { marked: [...marked.entries()].toSorted(([a], [b]) => a - b).map(([, token]) => token), terms: [...new Set(found)] };
}
