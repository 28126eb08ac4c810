import SearchableMap from 'minisearch/SearchableMap';
import { CJK_CHARACTER, isCjkBigram, isLoneCjkCharacter, isOpenEnd } from '../../common/cjkBigrams';
import type { DocumentKind } from '../../common/model';
import { FloatList, IntList, postingsHave, type Postings } from './postings';
import type { ParsedQuery, QueryFilters, QueryTerm } from './queryTypes';
import { normalizeToken, stopWords, tokenize } from './textProcessing';

/** A passage as the index receives it; only its words and its document are kept in memory. */
export interface IndexedPassage {
  id: number;
  documentId: number;
  text: string;
  /** An article's title ("Crimes against humanity"): its words weigh more. */
  heading: string | null;
}

/** What filters and citations need to know about a document; read from the database. */
export interface DocumentFacts {
  id: number;
  title: string;
  titleTokens: ReadonlySet<string>;
  kind: DocumentKind;
  language: string | null;
  year: number | null;
  stateCode: string | null;
  symbol: string | null;
}

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
  /** Whether a normalised word of a passage is one the query looked for (for highlighting). */
  matchesToken(token: string): boolean;
}

/** Bumped whenever the saved form or the text processing changes: older files are rebuilt. */
export const indexFormatVersion = 4;

const headingWeight = 2;
const k1 = 1.2;
const b = 0.7;
/** When the exact words find nothing, the search is tried again with typo tolerance. */
const fewResults = 1;
/** Only this many best passages are ordered and returned; the rest are only counted. */
export const rankedLimit = 2_000;
const prefixWeight = 0.6;
const fuzzyWeight = 0.45;
const magic = 0x42524658; // "BRFX"

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
  readonly documents = new Map<number, DocumentFacts>();

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
  /** Score buffers reused across queries (zeroed where touched), so a query allocates little. */
  private readonly scratch: Float64Array[] = [];
  private fuzzyTree: SearchableMap<number> | undefined;
  /** For each CJK character, the indexed pairs holding it; built on the first lone-character query. */
  private pairsByCharacter: Map<string, string[]> | undefined;

  static empty(): PassageIndex {
    return new PassageIndex();
  }

  get passageCount(): number {
    return this.slotOf.size;
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

  search(query: ParsedQuery): IndexSearch {
    // Typo tolerance costs a walk of the term tree per word: try the words as typed first,
    // and forgive typos only when that finds (almost) nothing.
    const exact = this.searchWith(query, false);
    const fuzzyWanted = query.clauses.some((clause) =>
      clause.alternatives.some((term) => term.kind === 'word' && term.fuzzy > 0),
    );
    return exact.ranked.length >= fewResults || !fuzzyWanted ? exact : this.searchWith(query, true);
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

  private searchWith(query: ParsedQuery, fuzzy: boolean): IndexSearch {
    const slots = this.passageIdOf.length;
    const totalScore = this.borrow();
    const clausesMet = new Uint16Array(slots);
    const touched: number[] = [];
    const wanted = new Set<string>();
    const wantedPrefixes: string[] = [];

    for (const clause of query.clauses) {
      const clauseScore = this.borrow();
      const inClause: number[] = [];
      for (const term of clause.alternatives) {
        this.addLeaf(term, fuzzy, clauseScore, inClause, wanted, wantedPrefixes);
      }
      for (const slot of inClause) {
        if (clausesMet[slot] === 0) touched.push(slot);
        clausesMet[slot] += 1;
        totalScore[slot] += clauseScore[slot];
      }
      this.giveBack(clauseScore, inClause);
    }

    const excluded = this.borrow();
    const excludedSlots: number[] = [];
    for (const term of query.excluded) {
      // Excluded phrases are checked against the text; excluded words here.
      if (term.kind === 'word') this.addLeaf({ ...term, prefix: false, fuzzy: 0 }, false, excluded, excludedSlots, new Set(), []);
    }

    const allowed = this.documentFilter(query.filters);
    const needed = query.clauses.length;
    const matching: number[] = [];
    const documents = new Set<number>();
    for (const slot of touched) {
      if (clausesMet[slot] !== needed || excluded[slot] > 0 || !this.alive[slot]) continue;
      const documentId = this.documentIdOf.data[slot];
      if (allowed && !allowed(documentId)) continue;
      matching.push(slot);
      documents.add(documentId);
    }
    // Order only the best: find the score of the rankedLimit-th passage, keep those above.
    let threshold = -Infinity;
    if (matching.length > rankedLimit) {
      const scores = Float64Array.from(matching, (slot) => totalScore[slot]).toSorted();
      threshold = scores[scores.length - rankedLimit];
    }
    const ranked: RankedPassage[] = [];
    for (const slot of matching) {
      if (totalScore[slot] < threshold) continue;
      ranked.push({ passageId: this.passageIdOf.data[slot], documentId: this.documentIdOf.data[slot], score: totalScore[slot] });
    }
    ranked.sort((left, right) => right.score - left.score);
    this.giveBack(totalScore, touched);
    this.giveBack(excluded, excludedSlots);
    return {
      ranked: ranked.slice(0, rankedLimit),
      totalPassages: matching.length,
      totalDocuments: documents.size,
      matchesToken: (token) => wanted.has(token) || wantedPrefixes.some((prefix) => token.startsWith(prefix)),
    };
  }

  /** Adds the BM25 scores of the passages matching one term of the query into `scores`. */
  private addLeaf(
    term: QueryTerm,
    fuzzy: boolean,
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
      const wordsFound = new Uint8Array(this.passageIdOf.length);
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
      this.giveBack(openScore, inOpenEnds);
      return;
    }
    const expansions: [string, number][] = this.cjkCharacterTerms(term.text) ?? [[term.text, 1]];
    for (const [text] of expansions) wanted.add(text);
    if (term.prefix) {
      wantedPrefixes.push(term.text);
      for (const candidate of this.termsStartingWith(term.text)) {
        if (candidate !== term.text) expansions.push([candidate, prefixWeight * (term.text.length / candidate.length)]);
      }
    }
    if (fuzzy && term.fuzzy > 0) {
      // One edit is the typo people make; two would walk much of the term tree.
      for (const [candidate, [, distance]] of this.fuzzyTerms().fuzzyGet(term.text, Math.min(1, term.fuzzy))) {
        if (distance === 0 || candidate === term.text) continue;
        expansions.push([candidate, fuzzyWeight / distance]);
        wanted.add(candidate);
      }
    }
    this.addScores(expansions, scores, touched);
  }

  /** Adds each term's BM25 score (times its weight) for every passage holding it. */
  private addScores(expansions: [string, number][], scores: Float64Array, touched: number[]): void {
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
      const slots = postings.slots.data;
      const frequencies = postings.frequencies.data;
      for (let index = 0; index < documentFrequency; index += 1) {
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
    count(passage.text, 1);
    if (passage.heading) count(passage.heading, headingWeight);
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
        if (!CJK_CHARACTER.test(token)) this.fuzzyTree?.set(token, id);
      }
      this.postings[id].slots.push(slot);
      this.postings[id].frequencies.push(frequency);
    }
  }

  private removeOne(passageId: number): void {
    const slot = this.slotOf.get(passageId);
    if (slot === undefined) return;
    this.slotOf.delete(passageId);
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
    return Buffer.concat([prefix, ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))]);
  }

  /** Reads what serialize() wrote; throws on anything else, and the caller rebuilds. */
  static deserialize(buffer: Buffer): { index: PassageIndex; watermark: number } {
    if (buffer.length < 8 || buffer.readUInt32LE(0) !== magic) throw new Error('not a Briefing search index');
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

export function matchesFilters(facts: DocumentFacts, filters: QueryFilters): boolean {
  if (filters.kinds && !filters.kinds.includes(facts.kind)) return false;
  if (filters.languages && (!facts.language || !filters.languages.includes(facts.language))) return false;
  if (filters.yearFrom !== undefined && (facts.year === null || facts.year < filters.yearFrom)) return false;
  if (filters.yearTo !== undefined && (facts.year === null || facts.year > filters.yearTo)) return false;
  if (filters.states && (!facts.stateCode || !filters.states.includes(facts.stateCode))) return false;
  if (filters.documentTitle && !filters.documentTitle.every((token) => facts.titleTokens.has(token))) return false;
  return true;
}

/** The facts of a document row, with its title tokenised the way queries are. */
export function documentFacts(row: {
  id: number;
  title: string;
  kind: DocumentKind;
  language: string | null;
  documentDate: string | null;
  stateCode: string | null;
  symbol: string | null;
}): DocumentFacts {
  const year = row.documentDate ? Number(row.documentDate.slice(0, 4)) : NaN;
  return {
    id: row.id,
    title: row.title,
    titleTokens: new Set(tokenize(row.title).map(normalizeToken).filter(Boolean)),
    kind: row.kind,
    language: row.language,
    year: Number.isFinite(year) ? year : null,
    stateCode: row.stateCode,
    symbol: row.symbol,
  };
}
