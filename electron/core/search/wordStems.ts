import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';

/**
 * Word forms that share a stem, so "informed" finds "inform" and "persecution" finds
 * "persecuted". Stems group the index's own words (already folded by normalizeToken); the
 * index keeps exact forms, and the ranking puts them above stemmed ones.
 *
 * Stemmers: English, French, Spanish and Russian from @orama/stemmers (Snowball-derived,
 * maintained with Orama, Apache-2.0). Arabic: Larkey, Ballesteros and Connell's "light10"
 * stemmer (Light Stemming for Arabic Information Retrieval, 2007), written here because it
 * must work on our folded Arabic (ة folded to ه, hamza seats and alef forms folded), which
 * the Snowball Arabic stemmer does not expect. Chinese has no inflection: no stemming.
 */

export type StemLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar';

const LATIN = /^[a-z\u00DF-\u00FF\u0100-\u024F]+$/u;
const CYRILLIC = /^[\u0400-\u04FF]+$/u;
const ARABIC = /^[\u0621-\u064A]+$/u;
/** Shorter words are left alone: their stems would join unrelated words ("act", "actor"). */
const minimumLength = 4;

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل'];
// Light10's suffixes, written as our folding leaves them (ة is folded to ه, so "ية" is "يه").
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light10 (Larkey et al. 2007): drop a leading و when three letters remain, then one definite
 * article when two remain, then each suffix in turn when two letters remain.
 */
export function arabicLightStem(word: string): string {
  let stem = word;
  if (stem.startsWith('و') && stem.length - 1 >= 3) stem = stem.slice(1);
  for (const prefix of ARABIC_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= 2) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

const stemmers: Record<StemLanguage, (word: string) => string> = {
  en: englishStem,
  fr: frenchStem,
  es: spanishStem,
  ru: russianStem,
  ar: arabicLightStem,
};

/** One folded word's stem in one language (the same stemmers the index groups words by). */
export function stemIn(language: StemLanguage, word: string): string {
  return stemmers[language](word);
}

const latinLanguages: StemLanguage[] = ['en', 'fr', 'es'];

const bits: Record<StemLanguage, number> = { en: 1, fr: 2, es: 4, ru: 8, ar: 16 };
/** Any language, or one without a stemmer, or not known: such words join every group of their script. */
export const anyLanguage = 32 | 31;

/** A document language (BCP 47 primary tag, or null) as a bit: see StemGroups' `languagesOf`. */
export function languageBit(language: string | null): number {
  return language !== null && language in bits ? bits[language as StemLanguage] : anyLanguage;
}

/**
 * The stemmers that apply to a folded word: by its script (Latin → English, French and
 * Spanish; Cyrillic → Russian; Arabic → Arabic), narrowed to `languages` (lang: filters, BCP 47
 * primary tags) when given. None for short words, digits, Chinese.
 */
export function stemLanguagesOf(word: string, languages?: readonly string[]): StemLanguage[] {
  if (Array.from(word).length < minimumLength) return [];
  let candidates: StemLanguage[];
  if (LATIN.test(word)) candidates = latinLanguages;
  else if (CYRILLIC.test(word)) candidates = ['ru'];
  else if (ARABIC.test(word)) candidates = ['ar'];
  else return [];
  return languages ? candidates.filter((language) => languages.includes(language)) : candidates;
}

/** How many variants() answers StemGroups keeps (a few hundred bytes each). */
const remembered = 2000;

/**
 * Groups the words of the index by stem, one map per language, built on first use (or ahead,
 * when the search thread is idle) and kept up to date as words are added.
 */
export class StemGroups {
  private readonly groups = new Map<StemLanguage, Map<string, string[]>>();
  /**
   * Answers of variants() by languages and word: a query asks for the same word's forms to
   * score it, for title context and for common words, and the person typing asks again with
   * each keystroke. Emptied when a word is added; bounded by `remembered`.
   */
  private readonly answers = new Map<string, readonly string[]>();

  /**
   * `allTerms`: the index's words. `languagesOf`: the languageBit()s of the documents a word
   * occurs in, OR-ed together; a word joins a language's groups only when it occurs in that
   * language (or in a document of unknown language), so that French stemming does not make
   * "statement" a form of "state".
   */
  constructor(
    private readonly allTerms: () => readonly string[],
    private readonly languagesOf: (term: string) => number,
  ) {}

  /** Builds every language's groups now (about a microsecond or two per word and language). */
  prepare(): void {
    for (const language of Object.keys(stemmers) as StemLanguage[]) this.groupsOf(language);
  }

  /** Records a word added to the index (in every group of its script: its language is not known yet). */
  add(term: string): void {
    if (this.answers.size > 0) this.answers.clear();
    for (const language of stemLanguagesOf(term)) {
      const groups = this.groups.get(language);
      if (groups) addTo(groups, stemmers[language](term), term);
    }
  }

  /**
   * The index's words that share a stem with `word` in any of its languages, without `word`
   * itself: ["informs", "informed", "information"] for "inform". Empty when none.
   */
  variants(word: string, languages?: readonly string[]): readonly string[] {
    const key = `${languages?.join(',') ?? '*'}|${word}`;
    const known = this.answers.get(key);
    if (known) return known;
    const found = new Set<string>();
    for (const language of stemLanguagesOf(word, languages)) {
      for (const term of this.groupsOf(language).get(stemmers[language](word)) ?? []) {
        if (term !== word) found.add(term);
      }
    }
    if (this.answers.size >= remembered) this.answers.clear();
    const answer = [...found];
    this.answers.set(key, answer);
    return answer;
  }

  private groupsOf(language: StemLanguage): Map<string, string[]> {
    let groups = this.groups.get(language);
    if (!groups) {
      groups = new Map();
      const stem = stemmers[language];
      for (const term of this.allTerms()) {
        if ((this.languagesOf(term) & bits[language]) !== 0 && stemLanguagesOf(term).includes(language)) addTo(groups, stem(term), term);
      }
      this.groups.set(language, groups);
    }
    return groups;
  }
}

function addTo(groups: Map<string, string[]>, stem: string, term: string): void {
  const members = groups.get(stem);
  if (members) members.push(term);
  else groups.set(stem, [term]);
}
