/**
 * Which words of a text to mark for a result's terms (SearchHit.matchedTerms): a one-word
 * term wherever it stands, a phrase ("widespread or systematic": its words joined by single
 * spaces) only where its words stand one after the other. Used on the server's page text and
 * on the reader's text layer alike, so both mark the same words.
 * `words` are the text's words, folded as the index folds them; returns their indexes, ascending.
 */
export function termMatches(words: string[], terms: string[]): number[] {
  const single = new Set(terms.filter((term) => !term.includes(' ')));
  const phrases = terms.filter((term) => term.includes(' ')).map((term) => term.split(' '));
  const marked = new Set<number>();
  words.forEach((word, index) => single.has(word) && marked.add(index));
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      if (phrase.every((part, offset) => words[start + offset] === part)) phrase.forEach((_, offset) => marked.add(start + offset));
    }
  }
  return [...marked].toSorted((a, b) => a - b);
}
