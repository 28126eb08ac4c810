import { markedSpan, phraseSidesAt, type PairSide } from './cjkBigrams';

/** A word of a text, folded as the index folds it, with where it stands (UTF-16 offsets). */
export interface MarkableWord {
  token: string;
  start: number;
  end: number;
  /** Where a CJK pair's second character begins (see common/cjkBigrams.ts). */
  split?: number;
}

/** One marked stretch: the word at `index`, or only the character [start, end) of it. */
export interface TermMark {
  index: number;
  start: number;
  end: number;
}

/**
 * What a text's words mark for a result's terms (SearchHit.matchedTerms): a one-word term
 * wherever it stands, a phrase ("widespread or systematic": its words joined by single
 * spaces) only where its words stand one after the other. A term of one CJK character
 * marks that character inside the pairs that hold it (common/cjkBigrams.ts, cjkPartMatches).
 * Used on the server's page text and on the reader's text layer alike, so both mark the same.
 * Returns one mark per marked word, by ascending index; marks of neighbouring CJK pairs
 * overlap (the caller joins them, see joinSpans).
 */
export function termMarks(words: MarkableWord[], terms: string[]): TermMark[] {
  const marks = new Map<number, TermMark>();
  const mark = (index: number, side: PairSide) => {
    const word = words[index];
    const [start, end] = markedSpan(side, word.start, word.end, word.split ?? word.end);
    const earlier = marks.get(index);
    // A word marked whole by one term and in part by another stays whole.
    if (!earlier || end - start > earlier.end - earlier.start) marks.set(index, { index, start, end });
  };
  const wordAt = (index: number) => words[index]?.token;
  for (const term of terms) {
    const parts = term.split(' ');
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      phraseSidesAt(parts, wordAt, start)?.forEach((side, offset) => mark(start + offset, side));
    }
  }
  return [...marks.values()].toSorted((left, right) => left.index - right.index);
}

/**
 * Which words of a text to mark for a result's terms (see termMarks), as word indexes,
 * ascending. `words` are the text's words, folded as the index folds them.
 */
export function termMatches(words: string[], terms: string[]): number[] {
  return termMarks(
    words.map((token) => ({ token, start: 0, end: 0 })),
    terms,
  ).map((mark) => mark.index);
}
