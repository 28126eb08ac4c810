import { isCjk, normalizeToken, stopWords, tokenize } from '../search/textProcessing';
import { stemIn, stemLanguagesOf, type StemLanguage } from '../search/wordStems';

/** An article as the linker weighs it: its label and its words (heading included). */
export interface TermUnit {
  label: string;
  text: string;
}

/** The article a paragraph's words point to, and why. */
export interface TermMatch {
  /** Index into the units given. */
  unit: number;
  /** Sum of the shared terms' weights (idf); `runnerUp` the next article's. */
  score: number;
  runnerUp: number;
  /** The shared distinctive words as the paragraph writes them, heaviest first. */
  terms: string[];
}

/** How many distinctive words a paragraph must share with an article to be linked to it by words alone. */
const minimumSharedTerms = 2;
/** A word is distinctive when at most this share of the articles (and at least one) carry it. */
const distinctiveShare = 0.25;

/**
 * Key terms of a draft's articles: each stem weighted by its inverse document frequency over
 * the articles (tf-idf's idf, ln(N / df); Spärck Jones 1972), so "extradition" weighs in the
 * one article on extradition and "State" in none. Words are folded and cut as the search index
 * does (textProcessing.ts) and stemmed in the draft's language (wordStems.ts), so "extradite"
 * in a statement meets "extradition" in the draft.
 */
export class ArticleTerms {
  private readonly units: Map<string, number>[];
  private readonly documentFrequency = new Map<string, number>();

  /** `language`: the draft's (BCP 47 primary tag), for the stemmer; null tries English, then the word's script. */
  constructor(
    units: readonly TermUnit[],
    private readonly language: string | null,
  ) {
    this.units = units.map((unit) => {
      const counts = new Map<string, number>();
      for (const { stem } of this.terms(unit.text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      for (const stem of counts.keys()) this.documentFrequency.set(stem, (this.documentFrequency.get(stem) ?? 0) + 1);
      return counts;
    });
  }

  /**
   * The article whose distinctive words the paragraph shares most (by summed idf), when it
   * shares at least two with it; undefined otherwise (a greeting, a procedural remark).
   */
  bestFor(paragraph: string): TermMatch | undefined {
    const count = this.units.length;
    if (count < 2) return undefined;
    const limit = Math.max(1, Math.floor(count * distinctiveShare));
    const written = new Map<string, string>();
    for (const { stem, word } of this.terms(paragraph)) if (!written.has(stem)) written.set(stem, word);
    const scored = this.units.map((counts, unit) => {
      const shared = [...written.keys()].filter((stem) => counts.has(stem) && (this.documentFrequency.get(stem) ?? 0) <= limit);
      const weight = (stem: string) => Math.log(count / (this.documentFrequency.get(stem) ?? count));
      const ranked = shared.toSorted((left, right) => weight(right) - weight(left));
      return { unit, score: ranked.reduce((sum, stem) => sum + weight(stem), 0), shared: ranked };
    });
    const [best, next] = scored.toSorted((left, right) => right.score - left.score || left.unit - right.unit);
    if (!best || best.shared.length < minimumSharedTerms) return undefined;
    return { unit: best.unit, score: best.score, runnerUp: next?.score ?? 0, terms: best.shared.slice(0, 5).map((stem) => written.get(stem)!) };
  }

  /** A text's words worth weighing: folded, no function words, no numbers, no single letters; each with its stem. */
  private terms(text: string): { stem: string; word: string }[] {
    const found: { stem: string; word: string }[] = [];
    for (const raw of tokenize(text)) {
      const word = normalizeToken(raw);
      if (word === '' || stopWords.has(word) || /^\p{N}+$/u.test(word) || (!isCjk(word) && word.length < 3)) continue;
      found.push({ stem: this.stem(word), word: raw });
    }
    return found;
  }

  private stem(word: string): string {
    const languages = stemLanguagesOf(word);
    if (languages.length === 0) return word;
    const language = languages.find((candidate) => candidate === this.language) ?? (languages.includes('en') ? 'en' : languages[0]);
    return stemIn(language as StemLanguage, word);
  }
}
