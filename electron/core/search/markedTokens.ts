import type { ParsedQuery } from './queryTypes';
import type { TokenWithOffsets } from './textProcessing';

/**
 * Which words of a passage a result marks, for its snippet and for the page it opens: a
 * word of the query wherever it stands, a phrase only where the whole phrase stands — in
 * `"widespread or systematic"` the "or" of another sentence is not marked.
 * Returns the marked tokens in text order and the terms the reader marks on the page: each
 * word as its index term, each phrase found as its terms joined by single spaces.
 */
export function markedTokens(
  tokens: TokenWithOffsets[],
  query: ParsedQuery,
  matchesToken: (token: string) => boolean,
): { marked: TokenWithOffsets[]; terms: string[] } {
  const terms = query.clauses.flatMap((clause) => clause.alternatives);
  const phrases = terms.flatMap((term) => (term.kind === 'phrase' ? [term.tokens] : []));
  const words = terms.flatMap((term) => (term.kind === 'phrase' ? [] : [term.text]));
  // A token that only occurs inside phrases is marked only as part of one.
  const phraseOnly = new Set(phrases.flat().filter((token) => !words.includes(token)));
  const marked = new Set<number>();
  const found: string[] = [];
  tokens.forEach((token, index) => {
    if (words.length > 0 && !phraseOnly.has(token.token) && matchesToken(token.token)) {
      marked.add(index);
      found.push(token.token);
    }
  });
  // A closed word of the query found written in two ("cooperation" in "co-operation").
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const pair = tokens[index].token + tokens[index + 1].token;
    if (words.length === 0 || !matchesToken(pair) || matchesToken(tokens[index].token)) continue;
    marked.add(index);
    marked.add(index + 1);
    found.push(`${tokens[index].token} ${tokens[index + 1].token}`);
  }
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
      if (!phrase.every((part, offset) => tokens[start + offset].token === part)) continue;
      for (let offset = 0; offset < phrase.length; offset += 1) marked.add(start + offset);
      found.push(phrase.join(' '));
    }
  }
  return { marked: [...marked].toSorted((a, b) => a - b).map((index) => tokens[index]), terms: [...new Set(found)] };
}
