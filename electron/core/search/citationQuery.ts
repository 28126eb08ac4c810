import { parseCitation, type Citation } from '../../common/citations';

/** A citation found among the words of a query: words[from, to) are the citation. */
export interface CitationWords {
  citation: Citation;
  from: number;
  to: number;
}

const ARTICLE_WORD = /^(?:draft\s+|projet\s+|proyecto\s+)?(?:art|d\.?\s*a\b)/iu;
const SUFFIX = /\d\s*-?\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)\b/iu;

/**
 * Whether text that parses as a citation reads as one to a person: it names an article
 * ("art. 7", "article 7, paragraph 1 (h)", "DA 6"), has bracketed paragraphs ("7(1)(h)") or
 * an article suffix ("8 bis"). A bare number ("1998", "7") stays a word to search for.
 */
function readsAsCitation(text: string): boolean {
  return ARTICLE_WORD.test(text) || text.includes('(') || SUFFIX.test(text);
}

/**
 * Looks for a citation at the start of the query's words, then at their end (the longest
 * one wins): "art. 7(1)(h) rome statute" → Art. 7(1)(h) and the words "rome statute".
 * `words` are the query's plain words as typed (no quotes, filters or exclusions).
 * Undefined when no run of words at either end is a citation (see citations.parseCitation).
 */
export function findCitationWords(words: readonly string[]): CitationWords | undefined {
  for (let to = words.length; to > 0; to -= 1) {
    const found = citationOf(words.slice(0, to).join(' '));
    if (found) return { citation: found, from: 0, to };
  }
  for (let from = 1; from < words.length; from += 1) {
    const found = citationOf(words.slice(from).join(' '));
    if (found) return { citation: found, from, to: words.length };
  }
  return undefined;
}

/** Words a citation may hold besides numbers and bracketed steps. */
const CITATION_WORD =
  /^(?:draft|projet|proyecto|de|d'|articles?|arts?\.?|art[íi]culos?|d\.?a\.?|(?:sub-?)?paragraphs?|paras?\.?|subparas?\.?|párrafos?|parrafos?|alinéas?|alineas?|apartados?|incisos?|bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)$/iu;

/**
 * A word of letters alone ("UN" in "article 2(4) UN Charter") is a word of the query, not a
 * paragraph letter: in a search, paragraph letters are written in brackets, "(h)".
 */
function hasBareLetters(text: string): boolean {
  return text
    .split(/[\s,;:]+/u)
    .slice(1)
    .some((word) => /^\p{L}+\.?$/u.test(word) && !CITATION_WORD.test(word));
}

function citationOf(text: string): Citation | undefined {
  if (!readsAsCitation(text) || hasBareLetters(text)) return undefined;
  return parseCitation(text);
}
