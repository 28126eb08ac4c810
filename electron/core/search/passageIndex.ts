import { crc32 } from 'node:zlib';
import SearchableMap from 'minisearch/SearchableMap';
import { CJK_CHARACTER, isCjkBigram, isLoneCjkCharacter, isOpenEnd } from '../../common/cjkBigrams';
import type { PassageLevel } from '../../common/model';
import { cheaperToLookUp, FloatList, IntList, postingIndex, postingsHave, type Postings } from './postings';
import { matchesFilters, type DocumentFacts } from './documentFacts';
import type { ParsedQuery, QueryClause, QueryFilters, QueryTerm } from './queryTypes';
import { hyphenCompounds, normalizeToken, stopWords, tokenize } from './textProcessing';
import { kthLargest } from './selection';
import { WantedWords } from './wantedWords';
import { anyLanguage, languageBit, StemGroups } from './wordStems';

/** A passage as the index receives it; only its words and its document are kept in memory. */
export interface IndexedPassage {
  id: number;
  documentId: number;
  text: string;
  /** An article's title ("Crimes against humanity"): its words weigh more. */
  heading: string | null;
  /** Parts, chapters and sections are indexed by their heading only (see addOne). */
  level?: PassageLevel;
}

/**
 * Passages that contain whole articles. Their text is their articles' text, already indexed
 * there: indexed again, a part holding every word of a query somewhere in its thirty articles
 * would outrank the article the person means (bench:known-items found Part I of the CRC and
 * the CAT answering for an article).
 */
const containerLevels: ReadonlySet<PassageLevel> = new Set(['part', 'chapter', 'section']);

export interface RankedPassage {
  passageId: number;
  documentId: number;
  score: number;
}

export interface IndexSearch {
  /** The best matching passages, best first (at most rankedLimit of them). */
  ranked: RankedPassage[];
  /** How many passages and documents match in all. */
  totalPassages: number;
  totalDocuments: number;
  /** The index words the query looked for, to mark them in passages. */
  wanted: WantedWords;
  /**
   * Set when no passage holds every word: the best passages hold `matched` of the query's
   * `of` words (or phrases), and every passage returned holds at least `least` of them.
   */
  partial?: { matched: number; least: number; of: number };
  /** The clauses searched: the query's, with words typed apart that the library writes as one joined. */
  clauses: QueryClause[];
  /** The index words a word term of `clauses` was searched as (itself, other forms, typos). */
  formsOf(term: QueryTerm): ReadonlySet<string>;
  /** Whether a word term stands in the document's title (context of all its passages). */
  inTitle(documentId: number, term: QueryTerm): boolean;
}

/** Bumped whenever the saved form or the text processing changes: older files are rebuilt. */
// 8: a CRC-32 of the whole file after it, so damage is found when loading.
export const indexFormatVersion = 8;

const headingWeight = 2;
const k1 = 1.2;
const b = 0.7;
/** When the exact words find nothing, the search is tried again with typo tolerance. */
const fewResults = 1;
/** Only this many best passages are ordered and returned; the rest are only counted. */
export const rankedLimit = 2_000;
const prefixWeight = 0.6;
/** Exact forms rank above other forms of the word, which rank above typos. */
const stemWeight = 0.7;
/** A principle named by its negation, written closed or hyphenated: "nonrefoulement". */
const NEGATION = /^non(\p{L}+)$/u;
/** A partial answer keeps passages holding at least this share of the words (or the most any holds). */
const partialQuorum = 0.6;
/**
 * The nearest correction of a word the library does not hold is almost certainly what was
 * meant ("inviolabel" → "inviolable"): it weighs nearly as much as the word itself.
 */
const nearestTypoWeight = 0.9;
/** A word in more than this share of the passages is common: see isCommon. */
const commonShare = 0.02;
const commonMinimum = 200;
const fuzzyWeight = 0.45;
/**
 * A word that is only in the document's title ("torture" for any article of the Convention
 * against Torture) counts as context of each passage, worth this share of a word's BM25 idf.
 */
const titleWeight = 0.3;
const magic = 0x42524658; // "BRFX"
/** The trailer: CRC-32 (ISO-HDLC, as zlib computes it) of every byte before it. */
const checksumBytes = 4;

/**
 * The passage index: an inverted index with compact postings (typed arrays of passage slots
 * and weighted frequencies), BM25 ranking, the word being typed completed from a sorted term
 * list, typos found with MiniSearch's radix tree. Passages are slots; a replaced or removed
 * passage leaves a dead slot until the next compaction.
 *
 * Why not MiniSearch's own document index: over 5.4M words it needed 17× the text in heap,
 * loaded in 0.64 of a rebuild and scored every posting as objects (docs/BENCHMARKS.md).
 */
export class PassageIndex {
  readonly documents = new DocumentMap();
  /** Documents by the words of their title, for title context; rebuilt when `documents` changes. */
  private titleIndex: { version: number; byWord: Map<string, number[]> } | undefined;

  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: Postings[] = [];
  private passageIdOf = new IntList(1024);
  private documentIdOf = new IntList(1024);
  private lengthOf = new FloatList(1024);
  private alive: Uint8Array = new Uint8Array(1024);
  private readonly slotOf = new Map<number, number>();
  private totalLength = 0;
  private sortedTerms: string[] | undefined;
  /** Buffers of one number per slot (scores, counts) reused across queries, zeroed where touched, so a query allocates little. */
  private readonly scratch: Float64Array[] = [];
  private fuzzyTree: SearchableMap<number> | undefined;
  private readonly stems = new StemGroups(() => this.terms, (term) => this.languagesOfTerm(term));
  /** Languages of the documents each term occurs in (wordStems.languageBit, OR-ed), computed with the stem groups. */
  private termLanguages: Uint8Array | undefined;
  /** Live slots of each document, for title context; rebuilt after any change. */
  private slotsByDocument: Map<number, number[]> | undefined;
  /** For each CJK character, the indexed pairs holding it; built on the first lone-character query. */
  private pairsByCharacter: Map<string, string[]> | undefined;

  static empty(): PassageIndex {
    return new PassageIndex();
  }

  get passageCount(): number {
    return this.slotOf.size;
  }

  /** Whether the passage (by its id in the library) is indexed and not removed. */
  holdsPassage(passageId: number): boolean {
    return this.slotOf.has(passageId);
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** Adds passages, replacing any earlier version of the same id. */
  upsert(passages: IndexedPassage[]): void {
    for (const passage of passages) {
      this.removeOne(passage.id);
      this.addOne(passage);
    }
    if (this.deadShare() > 0.25) this.compact();
  }

  remove(passageIds: number[]): void {
    for (const id of passageIds) this.removeOne(id);
    if (this.deadShare() > 0.25) this.compact();
  }

  /**
   * Ranks the passages matching every clause of the query (BM25, with other word forms, typos
   * of words the library does not hold, and title context). Words the library holds are tried
   * as typed first; typos of those are forgiven only when that finds (almost) nothing, and when
   * even that finds nothing, the passages holding most of the words are returned (`partial`).
   */
  search(query: ParsedQuery): IndexSearch {
    const joined = { ...query, clauses: this.joinCompoundPairs(query.clauses) };
    const exact = this.searchWith(joined, false, false);
    if (exact.ranked.length >= fewResults) return exact;
    const fuzzyWanted = joined.clauses.some((clause) =>
      clause.alternatives.some((term) => term.kind === 'word' && term.fuzzy > 0),
    );
    const forgiving = fuzzyWanted ? this.searchWith(joined, true, false) : exact;
    if (forgiving.ranked.length >= fewResults || joined.clauses.length < 2) return forgiving;
    return this.searchWith(joined, fuzzyWanted, true);
  }

  /**
   * Two words typed apart that the library writes as one ("co operation", "peace keeping")
   * become one clause: the two words one after the other, or the closed form.
   */
  private joinCompoundPairs(clauses: QueryClause[]): QueryClause[] {
    const joined: QueryClause[] = [];
    for (let at = 0; at < clauses.length; at += 1) {
      const first = singleWord(clauses[at]);
      const second = singleWord(clauses[at + 1]);
      const closed = first && second ? first.text + second.text : undefined;
      if (first && second && closed && this.termIds.has(closed)) {
        joined.push({
          alternatives: [
            { kind: 'phrase', raw: `${first.text} ${second.text}`, tokens: [first.text, second.text] },
            { kind: 'word', text: closed, prefix: second.prefix, fuzzy: 0 },
          ],
        });
        at += 1;
      } else {
        joined.push(clauses[at]);
      }
    }
    return joined;
  }

  private borrow(): Float64Array {
    const slots = this.passageIdOf.length;
    const buffer = this.scratch.pop();
    return buffer && buffer.length >= slots ? buffer : new Float64Array(Math.max(1024, Math.ceil(slots * 1.25)));
  }

  private giveBack(buffer: Float64Array, touched: number[]): void {
    for (const slot of touched) buffer[slot] = 0;
    this.scratch.push(buffer);
  }

  private searchWith(query: ParsedQuery, fuzzy: boolean, partial: boolean): IndexSearch {
    const totalScore = this.borrow();
    // Counts in a borrowed buffer too: a fresh typed array per search made a third of a
    // search's time garbage collection.
    const clausesMet = this.borrow();
    const touched: number[] = [];
    const wanted = new Set<string>();
    const wantedPrefixes: string[] = [];
    const languages = query.filters.languages;
    const forms = new Map<QueryTerm, Set<string>>();

    // Clauses of common words last, in the order typed: their other forms are only looked up
    // for the passages the rarer clauses found (addCommonForms), and the first clause takes all
    // its forms (allForms), so this order decides scores and partial answers. The rarer
    // clauses go first with the fewest postings first, as a conjunctive query processor orders
    // its terms: the later ones are then only looked up for the passages it found (`among`).
    // That order changes no score.
    const common = new Map(query.clauses.map((clause) => [clause, this.isCommonClause(clause)]));
    const cost = new Map(
      query.clauses.length < 2 ? [] : query.clauses.filter((clause) => !common.get(clause)).map((clause) => [clause, this.clauseCost(clause, languages)]),
    );
    const ordered = query.clauses.toSorted((left, right) => {
      if (common.get(left) !== common.get(right)) return Number(common.get(left)) - Number(common.get(right));
      return common.get(left) ? 0 : (cost.get(left) ?? 0) - (cost.get(right) ?? 0);
    });
    ordered.forEach((clause, processed) => {
      const clauseScore = this.borrow();
      const inClause: number[] = [];
      // Only a clause with a common word looks its other forms up among the candidates.
      const hasCommonWord = clause.alternatives.some((term) => term.kind === 'word' && !term.prefix && this.isCommon(term.text));
      const candidates = processed === 0 || !hasCommonWord ? [] : touched.filter((slot) => clausesMet[slot] >= (partial ? 1 : processed));
      // Every clause must be met (unless partial): a later clause need only be scored for the
      // passages that met all before it, looked up where that is cheaper than reading its postings.
      const among = processed === 0 || partial ? undefined : survivors(touched, clausesMet, processed);
      for (const term of clause.alternatives) {
        const termWanted = new Set<string>();
        // The first clause has no candidates to look other forms up in: when other clauses
        // follow ("state party" must find "States Parties"), it takes them all.
        const allForms = processed === 0 && ordered.length > 1;
        this.addLeaf(term, { fuzzy, languages, allForms, among }, clauseScore, inClause, termWanted, wantedPrefixes);
        if (term.kind === 'word' && !term.prefix && this.isCommon(term.text)) {
          this.addCommonForms(term.text, languages, candidates, clauseScore, inClause, termWanted);
        }
        forms.set(term, termWanted);
        for (const form of termWanted) wanted.add(form);
      }
      // Alone, a word found only in a title would list every passage of that document below
      // the real matches and swell the count: the title is context for the other words.
      if (ordered.length > 1) this.addTitleContext(clause, languages, clauseScore, inClause);
      for (const slot of inClause) {
        if (clausesMet[slot] === 0) touched.push(slot);
        clausesMet[slot] += 1;
        totalScore[slot] += clauseScore[slot];
      }
      this.giveBack(clauseScore, inClause);
    });

    const excluded = this.borrow();
    const excludedSlots: number[] = [];
    for (const term of query.excluded) {
      // Excluded phrases are checked against the text; excluded words here.
      if (term.kind === 'word') this.addLeaf({ ...term, prefix: false, fuzzy: 0 }, { fuzzy: false, exact: true }, excluded, excludedSlots, new Set(), []);
    }

    const allowed = this.documentFilter(query.filters);
    const clauseCount = query.clauses.length;
    let needed = clauseCount;
    let mostMet = clauseCount;
    if (partial) {
      // The most clauses any allowed passage meets, and a quorum below it (Lucene's
      // minimum_should_match): a paraphrase rarely shares every word with its provision.
      mostMet = 0;
      for (const slot of touched) {
        if (clausesMet[slot] <= mostMet || excluded[slot] > 0 || !this.alive[slot]) continue;
        if (!allowed || allowed(this.documentIdOf.data[slot])) mostMet = clausesMet[slot];
      }
      needed = Math.max(1, Math.min(mostMet, Math.ceil(partialQuorum * clauseCount)));
    }
    const matching: number[] = [];
    const documents = new Set<number>();
    for (const slot of touched) {
      if (clausesMet[slot] < needed || excluded[slot] > 0 || !this.alive[slot]) continue;
      const documentId = this.documentIdOf.data[slot];
      if (allowed && !allowed(documentId)) continue;
      // Each passage's share of the words weighs its score (Lucene's classic coord factor).
      if (partial) totalScore[slot] *= clausesMet[slot] / clauseCount;
      matching.push(slot);
      documents.add(documentId);
    }
    // Order only the best: find the score of the rankedLimit-th passage, keep those above.
    let threshold = -Infinity;
    if (matching.length > rankedLimit) {
      const scores = new Float64Array(matching.length);
      for (let index = 0; index < matching.length; index += 1) scores[index] = totalScore[matching[index]];
      threshold = kthLargest(scores, rankedLimit);
    }
    const ranked: RankedPassage[] = [];
    for (const slot of matching) {
      if (totalScore[slot] < threshold) continue;
      ranked.push({ passageId: this.passageIdOf.data[slot], documentId: this.documentIdOf.data[slot], score: totalScore[slot] });
    }
    ranked.sort((left, right) => right.score - left.score);
    this.giveBack(totalScore, touched);
    this.giveBack(clausesMet, touched);
    this.giveBack(excluded, excludedSlots);
    return {
      ranked: ranked.slice(0, rankedLimit),
      totalPassages: matching.length,
      totalDocuments: documents.size,
      wanted: new WantedWords(wanted, wantedPrefixes),
      ...(partial && matching.length > 0 && { partial: { matched: mostMet, least: needed, of: clauseCount } }),
      clauses: query.clauses,
      formsOf: (term) => forms.get(term) ?? new Set(),
      inTitle: (documentId, term) => {
        // As in the index: a title is context for the other words, never for a word alone.
        const title = this.documents.get(documentId)?.titleTokens;
        return ordered.length > 1 && title !== undefined && term.kind === 'word' && [...(forms.get(term) ?? [])].some((form) => title.has(form));
      },
    };
  }

  /**
   * Passages of documents whose title holds a word of the clause (or another form of it) meet
   * the clause as context, with a small score, when their text does not.
   */
  private addTitleContext(clause: QueryClause, languages: readonly string[] | undefined, scores: Float64Array, touched: number[]): void {
    if (this.documents.size === 0) return;
    const forms = new Set<string>();
    for (const term of clause.alternatives) {
      if (term.kind !== 'word') continue;
      forms.add(term.text);
      for (const variant of this.stems.variants(term.text, languages)) forms.add(variant);
    }
    if (forms.size === 0) return;
    const slots: number[] = [];
    const titled = new Set<number>();
    for (const form of forms) for (const documentId of this.documentsTitled(form)) titled.add(documentId);
    for (const documentId of titled) {
      // One at a time: a spread of a large document's slots would overflow the stack.
      for (const slot of this.documentSlots().get(documentId) ?? []) slots.push(slot);
    }
    if (slots.length === 0) return;
    const live = Math.max(1, this.slotOf.size);
    const idf = Math.log(1 + (live - slots.length + 0.5) / (slots.length + 0.5));
    for (const slot of slots) {
      if (scores[slot] !== 0) continue;
      touched.push(slot);
      scores[slot] = titleWeight * idf;
    }
  }

  /** The documents whose title holds `word`. */
  private documentsTitled(word: string): readonly number[] {
    if (this.titleIndex?.version !== this.documents.version) {
      const byWord = new Map<string, number[]>();
      for (const facts of this.documents.values()) {
        for (const token of facts.titleTokens) {
          const list = byWord.get(token);
          if (list) list.push(facts.id);
          else byWord.set(token, [facts.id]);
        }
      }
      this.titleIndex = { version: this.documents.version, byWord };
    }
    return this.titleIndex.byWord.get(word) ?? [];
  }

  private documentSlots(): Map<number, number[]> {
    if (!this.slotsByDocument) {
      const bySlot = new Map<number, number[]>();
      for (let slot = 0; slot < this.passageIdOf.length; slot += 1) {
        if (!this.alive[slot]) continue;
        const documentId = this.documentIdOf.data[slot];
        const list = bySlot.get(documentId);
        if (list) list.push(slot);
        else bySlot.set(documentId, [slot]);
      }
      this.slotsByDocument = bySlot;
    }
    return this.slotsByDocument;
  }

  /** Adds the BM25 scores of the passages matching one term of the query into `scores`. */
  private addLeaf(
    term: QueryTerm,
    options: { fuzzy: boolean; exact?: boolean; languages?: readonly string[]; allForms?: boolean; among?: readonly number[] },
    scores: Float64Array,
    touched: number[],
    wanted: Set<string>,
    wantedPrefixes: string[],
  ): void {
    if (term.kind === 'phrase') {
      // Passages holding every indexed word of the phrase; adjacency is checked on the text.
      for (const token of term.tokens) wanted.add(token);
      // A number or Latin word cut at an end of a CJK fragment ("015年底") is not a term of
      // the index: it only adds to the score of passages where it stands whole.
      const openEnds = term.tokens.filter((_, position) => isOpenEnd(term.tokens, position));
      const words = term.tokens.filter((token, position) => !stopWords.has(token) && !isOpenEnd(term.tokens, position));
      if (words.length === 0) return;
      const openScore = this.borrow();
      const inOpenEnds: number[] = [];
      this.addScores(openEnds.map((token): [string, number] => [token, 1]), openScore, inOpenEnds);
      const phraseScore = this.borrow();
      const wordsFound = this.borrow();
      const seen: number[] = [];
      for (const word of words) {
        const perWord = this.borrow();
        const inWord: number[] = [];
        this.addScores(this.cjkCharacterTerms(word) ?? [[word, 1]], perWord, inWord);
        for (const slot of inWord) {
          if (wordsFound[slot] === 0) seen.push(slot);
          wordsFound[slot] += 1;
          phraseScore[slot] += perWord[slot];
        }
        this.giveBack(perWord, inWord);
      }
      for (const slot of seen) {
        if (wordsFound[slot] !== words.length) continue;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += phraseScore[slot] + openScore[slot];
      }
      this.giveBack(phraseScore, seen);
      this.giveBack(wordsFound, seen);
      this.giveBack(openScore, inOpenEnds);
      return;
    }
    const { forms, completions } = options.exact
      ? { forms: [[term.text, 1] as [string, number]], completions: [] }
      : this.expansionsOf(term, options.fuzzy, options.languages, options.allForms);
    for (const [candidate] of [...forms, ...completions]) wanted.add(candidate);
    if (term.prefix) wantedPrefixes.push(term.text);
    // Completions of the word being typed are words of their own; the other forms and typos
    // of a word are that word (see addFormScores).
    this.addFormScores(forms, scores, touched, options.among);
    this.addScores(completions, scores, touched, options.among);
  }

  /**
   * Scores the forms of one word (itself, other forms, typos) as one term, the way Lucene's
   * SynonymQuery does: their frequencies are added, each times its weight, and BM25 is applied
   * once, with the document frequency of the most frequent form. A passage that writes both
   * "genocide" and "genocidal" is not counted twice, and an exact form outweighs a stemmed one.
   */
  private addFormScores(forms: [string, number][], scores: Float64Array, touched: number[], among?: readonly number[]): void {
    const found = forms.flatMap(([text, weight]) => {
      const id = this.termIds.get(text);
      return id === undefined ? [] : [{ postings: this.postings[id], weight }];
    });
    if (found.length === 0) return;
    if (found.length === 1 && found[0].weight === 1) {
      this.addScores([[forms.find(([text]) => this.termIds.has(text))![0], 1]], scores, touched, among);
      return;
    }
    const live = Math.max(1, this.slotOf.size);
    const averageLength = this.totalLength / live || 1;
    const lengths = this.lengthOf.data;
    const weighted = this.borrow();
    const inForms: number[] = [];
    let documentFrequency = 0;
    for (const { postings, weight } of found) {
      documentFrequency = Math.max(documentFrequency, postings.slots.length);
      const frequencies = postings.frequencies.data;
      const slots = postings.slots.data;
      const length = postings.slots.length;
      const lookUp = among !== undefined && cheaperToLookUp(among.length, length);
      for (let step = 0; step < (lookUp ? among.length : length); step += 1) {
        const index = lookUp ? postingIndex(postings, among[step]) : step;
        if (index < 0) continue;
        const slot = slots[index];
        if (weighted[slot] === 0) inForms.push(slot);
        weighted[slot] += weight * frequencies[index];
      }
    }
    const factor = Math.log(1 + (live - documentFrequency + 0.5) / (documentFrequency + 0.5)) * (k1 + 1);
    for (const slot of inForms) {
      const frequency = weighted[slot];
      const normalisedLength = 1 - b + (b * lengths[slot]) / averageLength;
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += (factor * frequency) / (frequency + k1 * normalisedLength);
    }
    this.giveBack(weighted, inForms);
  }

  /**
   * The index's words that a typed word stands for, with their weights: the word itself (1),
   * other forms of it (stemWeight), the words it begins while being typed (prefixWeight), and
   * words one or two edits away (fuzzyWeight / edits) — for a word the library does not hold,
   * always; for one it holds, one edit, only when `fuzzy` (the search found nothing).
   */
  private expansionsOf(
    term: Extract<QueryTerm, { kind: 'word' }>,
    fuzzy: boolean,
    languages?: readonly string[],
    allForms = false,
  ): { forms: [string, number][]; completions: [string, number][] } {
    // A lone Chinese or Japanese character stands in every indexed pair that holds it: those
    // pairs are words of their own, scored each (common/cjkBigrams.ts).
    const pairs = this.cjkCharacterTerms(term.text);
    if (pairs) return { forms: [], completions: pairs };
    const forms: [string, number][] = [[term.text, 1]];
    const completions: [string, number][] = [];
    if (term.prefix) {
      for (const candidate of this.termsStartingWith(term.text)) {
        if (candidate !== term.text) completions.push([candidate, prefixWeight * (term.text.length / candidate.length)]);
      }
    }
    // A word being typed that begins some word is not a typo (yet).
    const known = this.termIds.has(term.text) || completions.length > 0;
    // The word being typed is completed (its other forms among the completions): no stems.
    const variants = term.prefix || (this.isCommon(term.text) && !allForms) ? [] : this.stems.variants(term.text, languages);
    for (const variant of variants) forms.push([variant, stemWeight]);
    // "Non-refoulement", "non-discrimination": the provisions that lay down the principle say
    // "shall not expel or return (refouler)", "without discrimination". The word after "non"
    // is another form of the principle's name.
    const negated = NEGATION.exec(term.text)?.[1];
    if (negated && negated.length >= 4 && this.termIds.has(negated)) forms.push([negated, stemWeight]);
    const edits = known ? (fuzzy ? Math.min(1, term.fuzzy) : 0) : variants.length > 0 ? 0 : term.fuzzy;
    if (edits > 0) {
      const seen = new Set(forms.map(([candidate]) => candidate));
      const within = (distance: number) =>
        [...this.fuzzyTerms().fuzzyGet(term.text, distance)].filter(
          ([candidate, [, found]]) => found > 0 && !seen.has(candidate),
        );
      // One edit is the typo people make, and a two-edit walk visits much more of the tree:
      // two only when one finds nothing.
      let corrections = within(Math.min(1, edits));
      if (corrections.length === 0 && edits > 1) corrections = within(edits);
      const nearest = Math.min(...corrections.map(([, [, distance]]) => distance));
      for (const [candidate, [, distance]] of corrections) {
        forms.push([candidate, !known && distance === nearest ? nearestTypoWeight : fuzzyWeight / distance]);
      }
    }
    return { forms, completions };
  }

  /**
   * Whether a word is in more than commonShare of the passages (and more than commonMinimum,
   * so that a small library always gets every form). Its other forms are then only looked up
   * for the passages the query's other words found (addCommonForms): scoring "states" beside
   * "state" for every passage would double the work for little gain (docs/BENCHMARKS.md).
   */
  private isCommon(term: string): boolean {
    const id = this.termIds.get(term);
    const passages = id === undefined ? 0 : this.postings[id].slots.length;
    return passages > commonMinimum && passages > commonShare * this.slotOf.size;
  }

  private isCommonClause(clause: QueryClause): boolean {
    return clause.alternatives.every((term) => term.kind === 'word' && this.isCommon(term.text));
  }

  /**
   * How many postings scoring a clause reads, about: a word's and its other forms', a phrase's
   * rarest word's. A word being typed counts as dearest (its completions are not listed yet).
   */
  private clauseCost(clause: QueryClause, languages: readonly string[] | undefined): number {
    let cost = 0;
    for (const term of clause.alternatives) {
      if (term.kind === 'phrase') {
        cost += term.tokens.length === 0 ? 0 : Math.min(...term.tokens.map((token) => this.postingsLength(token)));
      } else if (term.prefix || isLoneCjkCharacter(term.text)) {
        return Number.MAX_SAFE_INTEGER;
      } else {
        cost += this.postingsLength(term.text);
        for (const variant of this.stems.variants(term.text, languages)) cost += this.postingsLength(variant);
      }
    }
    return cost;
  }

  private postingsLength(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings[id].slots.length;
  }

  /**
   * Other forms of a common word ("persons" for "person"), for the candidate passages only:
   * each is looked up in the form's postings (a binary search) instead of scoring all of
   * them, as a conjunctive query processor would. A passage that has the word itself keeps
   * that score. Alone in a query, a common word therefore finds its exact form only.
   */
  private addCommonForms(
    word: string,
    languages: readonly string[] | undefined,
    candidates: number[],
    scores: Float64Array,
    touched: number[],
    wanted: Set<string>,
  ): void {
    if (candidates.length === 0) return;
    const live = Math.max(1, this.slotOf.size);
    const averageLength = this.totalLength / live || 1;
    for (const variant of this.stems.variants(word, languages)) {
      const id = this.termIds.get(variant);
      if (id === undefined) continue;
      wanted.add(variant);
      const postings = this.postings[id];
      const documentFrequency = postings.slots.length;
      const factor = stemWeight * Math.log(1 + (live - documentFrequency + 0.5) / (documentFrequency + 0.5)) * (k1 + 1);
      for (const slot of candidates) {
        if (scores[slot] !== 0) continue;
        const at = postingIndex(postings, slot);
        if (at < 0) continue;
        const frequency = postings.frequencies.data[at];
        const normalisedLength = 1 - b + (b * this.lengthOf.data[slot]) / averageLength;
        touched.push(slot);
        scores[slot] = (factor * frequency) / (frequency + k1 * normalisedLength);
      }
    }
  }

  /** Adds each term's BM25 score (times its weight) for every passage holding it. */
  private addScores(expansions: [string, number][], scores: Float64Array, touched: number[], among?: readonly number[]): void {
    const live = Math.max(1, this.slotOf.size);
    const averageLength = this.totalLength / live || 1;
    const lengths = this.lengthOf.data;
    for (const [text, weight] of expansions) {
      const id = this.termIds.get(text);
      if (id === undefined) continue;
      const postings = this.postings[id];
      const documentFrequency = postings.slots.length;
      const idf = Math.log(1 + (live - documentFrequency + 0.5) / (documentFrequency + 0.5));
      const factor = weight * idf * (k1 + 1);
      const frequencies = postings.frequencies.data;
      const slots = postings.slots.data;
      // All the postings, or only the candidates' (looked up): see cheaperToLookUp.
      const lookUp = among !== undefined && cheaperToLookUp(among.length, documentFrequency);
      for (let step = 0; step < (lookUp ? among.length : documentFrequency); step += 1) {
        const index = lookUp ? postingIndex(postings, among[step]) : step;
        if (index < 0) continue;
        const slot = slots[index];
        const frequency = frequencies[index];
        const normalisedLength = 1 - b + (b * lengths[slot]) / averageLength;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += (factor * frequency) / (frequency + k1 * normalisedLength);
      }
    }
  }

  /**
   * The terms a lone CJK character stands for: itself (where it stood alone) and every
   * indexed pair holding it, each weighing 1 since each is an occurrence of the character
   * (common/cjkBigrams.ts). Undefined for any other word.
   */
  private cjkCharacterTerms(word: string): [string, number][] | undefined {
    if (!isLoneCjkCharacter(word)) return undefined;
    if (!this.pairsByCharacter) {
      const pairs = new Map<string, string[]>();
      for (const term of this.terms) {
        if (term.length > 4 || !isCjkBigram(term)) continue;
        for (const character of new Set(term)) {
          const list = pairs.get(character);
          if (list) list.push(term);
          else pairs.set(character, [term]);
        }
      }
      this.pairsByCharacter = pairs;
    }
    return [[word, 1], ...(this.pairsByCharacter.get(word) ?? []).map((pair): [string, number] => [pair, 1])];
  }

  private termsStartingWith(prefix: string): string[] {
    if (!this.sortedTerms) this.sortedTerms = this.terms.toSorted();
    const sorted = this.sortedTerms;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < sorted.length && sorted[index].startsWith(prefix); index += 1) found.push(sorted[index]);
    return found;
  }

  /** Builds the typo tree ahead of need (the search worker calls this when idle). */
  prepareTypoTolerance(): void {
    this.fuzzyTerms();
    this.stems.prepare();
  }

  /**
   * The languages (wordStems.languageBit, OR-ed) of the documents a word occurs in, so that French stems
   * group French words only: "statement" is not a form of "state" because French would cut
   * both to "stat". Computed for all words at once, when the stem groups are first built.
   */
  private languagesOfTerm(term: string): number {
    if (!this.termLanguages || this.termLanguages.length < this.terms.length) {
      const slotLanguage = new Uint8Array(this.passageIdOf.length);
      for (let slot = 0; slot < slotLanguage.length; slot += 1) {
        slotLanguage[slot] = languageBit(this.documents.get(this.documentIdOf.data[slot])?.language ?? null);
      }
      const languages = new Uint8Array(this.terms.length);
      this.postings.forEach((postings, id) => {
        let mask = 0;
        for (let index = 0; index < postings.slots.length; index += 1) mask |= slotLanguage[postings.slots.data[index]];
        languages[id] = mask;
      });
      this.termLanguages = languages;
    }
    const id = this.termIds.get(term);
    return id === undefined ? anyLanguage : this.termLanguages[id] || anyLanguage;
  }

  /**
   * MiniSearch's radix tree over the terms, built the first time a typo must be forgiven.
   * CJK words stay out: typos are not forgiven in them (queryParser fuzzinessOf), and the
   * thousands of first characters of CJK pairs made every one-edit walk 4× slower.
   */
  private fuzzyTerms(): SearchableMap<number> {
    if (!this.fuzzyTree) {
      const tree = new SearchableMap<number>();
      this.terms.forEach((term, id) => {
        if (!CJK_CHARACTER.test(term)) tree.set(term, id);
      });
      this.fuzzyTree = tree;
    }
    return this.fuzzyTree;
  }

  private addOne(passage: IndexedPassage): void {
    const frequencies = new Map<string, number>();
    let length = 0;
    const count = (text: string, weight: number) => {
      for (const raw of tokenize(text)) {
        const token = normalizeToken(raw);
        if (!token || stopWords.has(token)) continue;
        frequencies.set(token, (frequencies.get(token) ?? 0) + weight);
        length += 1;
      }
    };
    const ownText = passage.level && containerLevels.has(passage.level) ? '' : passage.text;
    count(ownText, 1);
    if (passage.heading) count(passage.heading, headingWeight);
    // "co-operation" is also found as "cooperation"; not counted in the length, it adds no text.
    for (const closed of [...hyphenCompounds(ownText), ...hyphenCompounds(passage.heading ?? '')]) {
      frequencies.set(closed, (frequencies.get(closed) ?? 0) + 1);
    }
    const slot = this.passageIdOf.length;
    this.passageIdOf.push(passage.id);
    this.documentIdOf.push(passage.documentId);
    this.lengthOf.push(length);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotOf.set(passage.id, slot);
    this.slotsByDocument = undefined;
    this.totalLength += length;
    for (const [token, frequency] of frequencies) {
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(token, id);
        this.terms.push(token);
        this.postings.push({ slots: new IntList(), frequencies: new FloatList() });
        this.sortedTerms = undefined;
        this.pairsByCharacter = undefined;
        this.termLanguages = undefined;
        // Typos are never forgiven in CJK pairs: they would only slow the typo tree down.
        if (!CJK_CHARACTER.test(token)) this.fuzzyTree?.set(token, id);
        this.stems.add(token);
      }
      this.postings[id].slots.push(slot);
      this.postings[id].frequencies.push(frequency);
    }
  }

  private removeOne(passageId: number): void {
    const slot = this.slotOf.get(passageId);
    if (slot === undefined) return;
    this.slotOf.delete(passageId);
    this.slotsByDocument = undefined;
    this.alive[slot] = 0;
    this.totalLength -= this.lengthOf.data[slot];
  }

  private deadShare(): number {
    const slots = this.passageIdOf.length;
    return slots < 1000 ? 0 : 1 - this.slotOf.size / slots;
  }

  /** Drops dead slots from every posting list and renumbers the live ones in order. */
  private compact(): void {
    const slots = this.passageIdOf.length;
    const newSlot = new Int32Array(slots).fill(-1);
    const passageIdOf = new IntList(Math.max(4, this.slotOf.size));
    const documentIdOf = new IntList(Math.max(4, this.slotOf.size));
    const lengthOf = new FloatList(Math.max(4, this.slotOf.size));
    for (let slot = 0; slot < slots; slot += 1) {
      if (!this.alive[slot]) continue;
      newSlot[slot] = passageIdOf.length;
      passageIdOf.push(this.passageIdOf.data[slot]);
      documentIdOf.push(this.documentIdOf.data[slot]);
      lengthOf.push(this.lengthOf.data[slot]);
    }
    for (const postings of this.postings) {
      const kept = new IntList(Math.max(4, postings.slots.length));
      const keptFrequencies = new FloatList(Math.max(4, postings.slots.length));
      for (let index = 0; index < postings.slots.length; index += 1) {
        const slot = newSlot[postings.slots.data[index]];
        if (slot < 0) continue;
        kept.push(slot);
        keptFrequencies.push(postings.frequencies.data[index]);
      }
      postings.slots = kept;
      postings.frequencies = keptFrequencies;
    }
    this.passageIdOf = passageIdOf;
    this.documentIdOf = documentIdOf;
    this.lengthOf = lengthOf;
    this.alive = new Uint8Array(Math.max(1024, passageIdOf.length * 2)).fill(1, 0, passageIdOf.length);
    this.slotOf.clear();
    this.slotsByDocument = undefined;
    for (let slot = 0; slot < passageIdOf.length; slot += 1) this.slotOf.set(passageIdOf.data[slot], slot);
  }

  /**
   * The index as one binary buffer: a JSON header (format, watermark, terms) and the typed
   * arrays after it, so loading is reading arrays, not rebuilding objects.
   */
  serialize(watermark: number): Buffer {
    this.compact();
    // Terms are written in sorted order, so a loaded index completes prefixes at once.
    const order = this.terms.map((_, id) => id).toSorted((left, right) => (this.terms[left] < this.terms[right] ? -1 : 1));
    const postingOffsets = new Int32Array(this.terms.length + 1);
    let total = 0;
    order.forEach((id, position) => {
      postingOffsets[position] = total;
      total += this.postings[id].slots.length;
    });
    postingOffsets[this.terms.length] = total;
    const allSlots = new Int32Array(total);
    const allFrequencies = new Float32Array(total);
    order.forEach((id, position) => {
      allSlots.set(this.postings[id].slots.view(), postingOffsets[position]);
      allFrequencies.set(this.postings[id].frequencies.view(), postingOffsets[position]);
    });
    const sortedTerms = order.map((id) => this.terms[id]);
    const header = Buffer.from(
      JSON.stringify({ version: indexFormatVersion, watermark, passages: this.passageIdOf.length, postings: total, terms: sortedTerms }),
    );
    const arrays = [
      this.passageIdOf.view(),
      this.documentIdOf.view(),
      this.lengthOf.view(),
      postingOffsets,
      allSlots,
      allFrequencies,
    ];
    const padding = (4 - ((8 + header.length) % 4)) % 4;
    const prefix = Buffer.alloc(8 + header.length + padding);
    prefix.writeUInt32LE(magic, 0);
    prefix.writeUInt32LE(header.length, 4);
    header.copy(prefix, 8);
    const body = Buffer.concat([prefix, ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))]);
    const trailer = Buffer.alloc(checksumBytes);
    trailer.writeUInt32LE(crc32(body), 0);
    return Buffer.concat([body, trailer]);
  }

  /** Reads what serialize() wrote; throws on anything else, and the caller rebuilds. */
  static deserialize(file: Buffer): { index: PassageIndex; watermark: number } {
    if (file.length < 8 + checksumBytes || file.readUInt32LE(0) !== magic) throw new Error('not a Briefing search index');
    // Zeroed or flipped bytes after the header used to load as an index that finds nothing.
    const buffer = file.subarray(0, file.length - checksumBytes);
    if (crc32(buffer) !== file.readUInt32LE(file.length - checksumBytes)) throw new Error('the index file is damaged (its checksum does not match)');
    const headerLength = buffer.readUInt32LE(4);
    const header = JSON.parse(buffer.subarray(8, 8 + headerLength).toString('utf8')) as {
      version: number;
      watermark: number;
      passages: number;
      postings: number;
      terms: string[];
    };
    if (header.version !== indexFormatVersion) throw new Error(`format ${header.version}, expected ${indexFormatVersion}`);
    // Typed arrays are views into the file's bytes when they are 4-byte aligned (a file read
    // whole usually is), else into an aligned copy.
    const start = 8 + headerLength + ((4 - ((8 + headerLength) % 4)) % 4);
    let body = buffer.subarray(start);
    if (body.byteOffset % 4 !== 0) {
      const copy = new Uint8Array(body.length);
      copy.set(body);
      body = Buffer.from(copy.buffer);
    }
    let offset = body.byteOffset;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytes: number): T => {
      if (offset + length * bytes > body.byteOffset + body.byteLength) throw new Error('the index file is truncated');
      const array = make(body.buffer as ArrayBuffer, offset, length);
      offset += length * bytes;
      return array;
    };
    const passages = header.passages;
    const terms = header.terms.length;
    const index = new PassageIndex();
    index.passageIdOf = new IntList(0, take((buf, at, n) => new Int32Array(buf, at, n), passages, 4));
    index.documentIdOf = new IntList(0, take((buf, at, n) => new Int32Array(buf, at, n), passages, 4));
    index.lengthOf = new FloatList(0, take((buf, at, n) => new Float32Array(buf, at, n), passages, 4));
    const postingOffsets = take((buf, at, n) => new Int32Array(buf, at, n), terms + 1, 4);
    const allSlots = take((buf, at, n) => new Int32Array(buf, at, n), header.postings, 4);
    const allFrequencies = take((buf, at, n) => new Float32Array(buf, at, n), header.postings, 4);
    header.terms.forEach((term, id) => {
      index.termIds.set(term, id);
      index.terms.push(term);
      const from = postingOffsets[id];
      const to = postingOffsets[id + 1];
      index.postings.push({
        slots: new IntList(0, allSlots.subarray(from, to)),
        frequencies: new FloatList(0, allFrequencies.subarray(from, to)),
      });
    });
    index.sortedTerms = index.terms;
    index.alive = new Uint8Array(Math.max(1024, passages * 2)).fill(1, 0, passages);
    for (let slot = 0; slot < passages; slot += 1) {
      index.slotOf.set(index.passageIdOf.data[slot], slot);
      index.totalLength += index.lengthOf.data[slot];
    }
    return { index, watermark: header.watermark };
  }

  private documentFilter(filters: QueryFilters): ((documentId: number) => boolean) | undefined {
    const active = Object.values(filters).some((value) => value !== undefined);
    if (!active) return undefined;
    const cache = new Map<number, boolean>();
    return (documentId) => {
      let verdict = cache.get(documentId);
      if (verdict === undefined) {
        const facts = this.documents.get(documentId);
        verdict = facts !== undefined && matchesFilters(facts, filters);
        cache.set(documentId, verdict);
      }
      return verdict;
    };
  }

  /** For tests: does the passage hold the term (checks the postings, not the text). */
  holds(passageId: number, term: string): boolean {
    const slot = this.slotOf.get(passageId);
    const id = this.termIds.get(term);
    return slot !== undefined && id !== undefined && postingsHave(this.postings[id], slot);
  }
}

/** The clause's one word, when it is a single word without alternatives. */
function singleWord(clause: QueryClause | undefined): Extract<QueryTerm, { kind: 'word' }> | undefined {
  const [only] = clause?.alternatives ?? [];
  return clause?.alternatives.length === 1 && only.kind === 'word' ? only : undefined;
}

/** The index's document facts, counting changes so that what is derived from them is rebuilt. */
export class DocumentMap extends Map<number, DocumentFacts> {
  version = 0;

  override set(id: number, facts: DocumentFacts): this {
    this.version += 1;
    return super.set(id, facts);
  }

  override delete(id: number): boolean {
    this.version += 1;
    return super.delete(id);
  }

  override clear(): void {
    this.version += 1;
    super.clear();
  }
}

/** The slots that met all `met` clauses so far (in the order they were first met). */
function survivors(touched: readonly number[], clausesMet: Float64Array, met: number): number[] {
  return touched.filter((slot) => clausesMet[slot] === met);
}
