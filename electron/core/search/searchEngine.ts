import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { passageCitation } from '../../common/citations';
import { AppError } from '../../common/errors';
import { cjkPartMatches, joinSpans, phraseStandsIn } from '../../common/cjkBigrams';
import { termMarks } from '../../common/termMatches';
import type { PageText, Precedent, SearchGroup, SearchHit, SearchNotice, SearchQueryOptions, SearchResponse, SearchStatus } from '../../common/model';
import {
  allDocumentFacts,
  countPassages,
  documentFactsById,
  journalAfter,
  latestJournalSeq,
  pageLengths,
  pageText,
  passagesAfter,
  passagesByIds,
  samplePassageIds,
  type PassageDetail,
} from '../db/repos/searchRepo';
import { findPrecedents } from '../precedents/precedentFinder';
import { AnnotationSearch } from './annotationSearch';
import { boostAdjacentWords } from './adjacencyBoost';
import { findCitedPassages } from './citedPassages';
import { documentFacts } from './documentFacts';
import { PassageIndex, type IndexSearch, type RankedPassage } from './passageIndex';
import { parseQuery } from './queryParser';
import type { ParsedQuery, QueryTerm } from './queryTypes';
import { markedTokens } from './markedTokens';
import { ShownPassages, type ShownPassage } from './shownPassages';
import { snippetAround } from './snippets';
import { countIsLowerBound, pageOfResults, resultPaging, withinDocument, type DocumentOnPage } from './resultPages';
import { PassageWords, stopWords, tokenizeWithOffsets, type TokenWithOffsets } from './textProcessing';
import { WantedWords } from './wantedWords';

/** The words of a passage a result marks, and the terms the reader marks (see markedTokens). */
type Marker = (passage: PassageWords) => { marked: TokenWithOffsets[]; terms: string[] };

const buildBatch = 2_000;
const journalBatch = 5_000;
/** Phrase checks read passage text; past this many candidates the totals become "at least". */
const maxPhraseChecks = 1_000;
/** Phrase checks stop early once this many passages are confirmed and the page is full. */
const enoughPhraseMatches = 60;
const saveDelayMs = 2_000;
/** Passages checked against the library when a saved index is loaded. */
const agreementSample = 64;

/** Which page of the results a query answers: see SearchQueryOptions. */
export type QueryOptions = SearchQueryOptions;

/**
 * The search index kept in step with the library: loaded from disk with its journal
 * watermark, replaying the change journal since, rebuilt when missing, stale or corrupt.
 * Runs in the search worker thread, never on the thread that answers the user.
 */
export class SearchEngine {
  private index = PassageIndex.empty();
  private watermark = 0;
  private readonly shown: ShownPassages;
  private state: SearchStatus = { state: 'loading', done: 0, total: 0, passages: 0, message: null };
  private saveTimer: NodeJS.Timeout | undefined;
  private building: Promise<void> | undefined;
  /** Whether an index has ever been ready: a rebuild then keeps answering from the old one. */
  private served = false;
  private readonly annotationSearch: AnnotationSearch;

  constructor(
    private readonly db: Database,
    private readonly indexFile: string,
    private readonly log: (message: string) => void = () => undefined,
    /** How many shown passages to keep between queries (ShownPassages); 0 keeps none. */
    keptPassages = 400,
  ) {
    this.annotationSearch = new AnnotationSearch(db);
    this.shown = new ShownPassages(keptPassages);
  }

  /** Loads the saved index if it is sound, else rebuilds; then catches up with the journal. */
  async start(): Promise<void> {
    try {
      const loaded = this.load();
      if (loaded) {
        this.index = loaded.index;
        this.watermark = loaded.watermark;
        this.loadDocumentFacts();
        this.sync();
      }
      if (loaded && this.agreesWithLibrary()) {
        this.state = { state: 'ready', done: 0, total: 0, passages: this.index.passageCount, message: null };
        this.served = true;
      } else {
        if (loaded) this.log('The saved search index does not agree with the library: rebuilding.');
        await this.rebuild();
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    // Typo tolerance needs a term tree: build it when the thread is next idle, not on a query.
    setTimeout(() => this.index.prepareTypoTolerance(), 0).unref?.();
  }

  status(): SearchStatus {
    return { ...this.state, passages: this.index.passageCount };
  }

  /** Builds the index afresh from the passages table, reporting progress through status(). */
  rebuild(): Promise<void> {
    this.building ??= this.build()
      .catch((error: unknown) => this.fail(error))
      .finally(() => (this.building = undefined));
    return this.building;
  }

  /** Waits for a running build, so the database is not closed under it. */
  async settle(): Promise<void> {
    await this.building;
  }

  private fail(error: unknown): void {
    this.log(`Search failed: ${(error as Error).message}`);
    this.state = {
      ...this.state,
      state: 'failed',
      message: `The search index could not be built (${(error as Error).message}). Restart Briefing; if it happens again, free some disk space.`,
    };
  }

  private async build(): Promise<void> {
    // Changes made while building are replayed from here, so nothing is missed.
    const startSeq = latestJournalSeq(this.db);
    const total = countPassages(this.db);
    const next = PassageIndex.empty();
    this.state = { state: 'building', done: 0, total, passages: 0, message: null };
    let afterId = 0;
    for (;;) {
      const batch = passagesAfter(this.db, afterId, buildBatch);
      if (batch.length === 0) break;
      next.upsert(batch);
      afterId = batch[batch.length - 1].id;
      this.state = { ...this.state, done: this.state.done + batch.length };
      // Lets status and other requests through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.index = next;
    this.shown.clear();
    this.watermark = startSeq;
    this.loadDocumentFacts();
    this.sync();
    this.state = { state: 'ready', done: total, total, passages: this.index.passageCount, message: null };
    this.served = true;
    this.saveQuietly();
  }

  /** Applies journal entries since the watermark. Cheap when nothing changed. */
  sync(): void {
    for (;;) {
      const entries = journalAfter(this.db, this.watermark, journalBatch);
      if (entries.length === 0) return;
      const passagesToIndex = new Set<number>();
      const passagesToRemove = new Set<number>();
      const documentsTouched = new Set<number>();
      for (const entry of entries) {
        if (entry.entity === 'passages') {
          if (entry.operation === 'delete') {
            passagesToIndex.delete(entry.entity_id);
            passagesToRemove.add(entry.entity_id);
          } else {
            passagesToRemove.delete(entry.entity_id);
            passagesToIndex.add(entry.entity_id);
          }
        } else if (entry.entity === 'documents') {
          documentsTouched.add(entry.entity_id);
        }
      }
      this.index.remove([...passagesToRemove]);
      // A passage written and deleted again since the watermark is simply not found here.
      this.index.upsert(passagesByIds(this.db, [...passagesToIndex]));
      for (const id of documentsTouched) {
        const row = documentFactsById(this.db, id);
        if (row) this.index.documents.set(id, documentFacts(row));
        else this.index.documents.delete(id);
      }
      this.watermark = entries[entries.length - 1].seq;
      this.shown.clear();
      this.scheduleSave();
    }
  }

  query(input: string, options: QueryOptions = {}): SearchResponse {
    const started = performance.now();
    this.ensureServing();
    this.sync();
    const parsed = parseQuery(input);
    if (!parsed.ok) throw new AppError('invalid-argument', parsed.error.message);
    const query = parsed.query;
    if (query.clauses.length === 0 && !query.citation) return this.emptyResponse(query.filterChips, started);
    const words = query.clauses.flatMap((clause) => clause.alternatives);
    if (words.length > 0 && words.every(isTooCommon) && !query.citation) {
      throw new AppError(
        'invalid-argument',
        `"${input.trim()}" is too common to search on its own: add a more specific word.`,
      );
    }
    const paging = resultPaging(options);
    const search = query.clauses.length > 0 ? this.index.search(withinDocument(query, paging.documentId)) : undefined;
    const ranked = search?.ranked ?? [];
    // One more than the page needs, to know whether a next page exists.
    const text = search
      ? this.checkPhrases(query, search, paging.offset + paging.limit + 1, paging.passageOffset + paging.hitsPerDocument + 1)
      : { matches: [], checked: 0 };
    const phrasesChecked = search !== undefined && text.matches !== ranked;
    const notices: SearchNotice[] = [];
    let matches = query.words
      ? boostAdjacentWords(text.matches, query.words, (ids) => new Map(passagesByIds(this.db, ids).map((passage) => [passage.id, passage.text])))
      : text.matches;
    let totalPassages = phrasesChecked ? text.matches.length : (search?.totalPassages ?? 0);
    let totalDocuments = phrasesChecked ? new Set(text.matches.map((match) => match.documentId)).size : (search?.totalDocuments ?? 0);
    if (query.citation) {
      const textScores = new Map(text.matches.map((match) => [match.passageId, match.score]));
      const found = findCitedPassages(this.db, query.citation, withinDocument(query, paging.documentId), this.index.documents, textScores);
      const cited = found.passages;
      const citedIds = new Set(cited.map((passage) => passage.passageId));
      const textDocuments = new Set(text.matches.map((match) => match.documentId));
      matches = [...cited, ...matches.filter((match) => !citedIds.has(match.passageId))];
      totalPassages += cited.filter((passage) => !textScores.has(passage.passageId)).length;
      totalDocuments += new Set(cited.filter((passage) => !textDocuments.has(passage.documentId)).map((passage) => passage.documentId)).size;
      notices.push(citationNotice(query.citation.display, cited.length, found.nearest?.display));
    }
    if (search?.partial && text.matches.length > 0) notices.push({ kind: 'partial', matched: search.partial.matched, of: search.partial.of });
    const wanted = search?.wanted ?? new WantedWords(new Set(), []);
    const page = pageOfResults(matches, paging);
    const groups = this.group(page.documents, countIsLowerBound(ranked, text.checked, search?.totalPassages ?? 0), (passage) => markedTokens(passage, query, wanted));
    const annotations = paging.offset === 0 && paging.documentId === undefined
      ? this.annotationSearch.search(query, paging.limit)
      : { hits: [], total: 0 };
    return {
      annotations: annotations.hits,
      totalAnnotations: annotations.total,
      totalPassages,
      totalDocuments,
      totalsAreLowerBounds: phrasesChecked && (text.checked < ranked.length || ranked.length < search.totalPassages),
      groups,
      nextOffset: page.nextOffset,
      filterChips: query.filterChips,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      notices,
    };
  }

  /** The instrument passages closest to a draft's text: see precedents/precedentFinder.ts. */
  precedents(text: string, limit: number): Precedent[] {
    this.ensureServing();
    this.sync();
    return findPrecedents(this.index, this.db, text, limit);
  }

  /** Throws when no index can answer yet: failed, or being built for the first time. */
  private ensureServing(): void {
    if (this.state.state === 'failed') throw new AppError('internal', this.state.message ?? 'Search is unavailable.');
    if (!this.served && (this.state.state === 'building' || this.state.state === 'loading')) {
      throw new AppError(
        'unsupported',
        `The search index is being built (${this.state.done} of ${this.state.total} passages); try again in a moment.`,
      );
    }
  }

  private emptyResponse(filterChips: SearchResponse['filterChips'], started: number): SearchResponse {
    const tookMs = Math.round((performance.now() - started) * 10) / 10;
    return { annotations: [], totalAnnotations: 0, totalPassages: 0, totalDocuments: 0, totalsAreLowerBounds: false, groups: [], nextOffset: null, filterChips, tookMs, notices: [] };
  }

  /** A page of a document, with the given index terms marked, for "open this result". */
  page(documentId: number, pageIndex: number, terms: string[]): PageText {
    const document = documentFactsById(this.db, documentId);
    const page = document && pageText(this.db, documentId, pageIndex);
    if (!document || !page) throw new AppError('not-found', 'This page is no longer in the library.');
    const { pageCount, mediaType } = this.db
      .prepare<[number], { pageCount: number; mediaType: string | null }>(
        'SELECT page_count AS pageCount, media_type AS mediaType FROM documents WHERE id = ?',
      )
      .get(documentId)!;
    const tokens = tokenizeWithOffsets(page.text);
    const highlights = joinSpans(termMarks(tokens, terms).map((mark): [number, number] => [mark.start, mark.end]));
    return { documentId, title: document.title, pageIndex, pageCount, mediaType, ...page, highlights };
  }

  close(): void {
    clearTimeout(this.saveTimer);
    if (this.state.state === 'ready') this.saveQuietly();
  }

  /**
   * Keeps passages that satisfy the phrases and excluded phrases, reading their text in rank
   * order. It stops once the page of results is full and enough are confirmed: the totals
   * are then "at least".
   */
  private checkPhrases(
    query: ParsedQuery,
    search: IndexSearch,
    documentsWanted: number,
    passagesWanted: number,
  ): { matches: RankedPassage[]; checked: number } {
    const { ranked } = search;
    // A partial answer's passages hold only some of the clauses: as many as the index found.
    const clausesNeeded = search.partial?.least ?? search.clauses.length;
    const needsText =
      query.clauses.some((clause) => clause.alternatives.some((term) => term.kind === 'phrase')) ||
      query.excluded.some((term) => term.kind === 'phrase');
    if (!needsText) return { matches: ranked, checked: ranked.length };
    const matches: RankedPassage[] = [];
    const documents = new Set<number>();
    let checked = 0;
    while (checked < ranked.length && checked < maxPhraseChecks) {
      if (matches.length >= Math.max(enoughPhraseMatches, passagesWanted) && documents.size >= documentsWanted) break;
      // Small batches: most phrase searches fill the page within the first few dozen.
      const batch = ranked.slice(checked, checked + 25);
      checked += batch.length;
      const texts = new Map(passagesByIds(this.db, batch.map((c) => c.passageId)).map((p) => [p.id, p.text]));
      for (const candidate of batch) {
        const text = texts.get(candidate.passageId);
        if (text === undefined) continue;
        const tokens = tokenizeWithOffsets(text).map((token) => token.token);
        const clausesHeld = search.clauses.filter((clause) =>
          clause.alternatives.some(
            (term) => termHolds(term, tokens, search.formsOf(term)) || search.inTitle(candidate.documentId, term),
          ),
        ).length;
        const clausesHold = clausesHeld >= clausesNeeded;
        const excludedAbsent = query.excluded.every(
          (term) => term.kind !== 'phrase' || !phraseStandsIn(term.tokens, tokens),
        );
        if (clausesHold && excludedAbsent) {
          matches.push(candidate);
          documents.add(candidate.documentId);
        }
      }
    }
    return { matches, checked };
  }

  private group(documents: DocumentOnPage[], isLowerBound: (documentId: number) => boolean, mark: Marker): SearchGroup[] {
    const details = this.shown.get(this.db, documents.flatMap(({ shown }) => shown.map((match) => match.passageId)));
    return documents.map(({ documentId, passages, shown, nextPassageOffset }) => {
      const facts = this.index.documents.get(documentId);
      const title = facts?.title ?? 'Untitled document';
      const hits = shown
        .flatMap((match) => {
          const passage = details.get(match.passageId);
          return passage ? [this.hit(title, match, passage, mark)] : [];
        });
      return {
        documentId,
        title,
        kind: facts?.kind ?? 'instrument',
        language: facts?.language ?? null,
        symbol: facts?.symbol ?? null,
        hitCount: passages.length,
        hitCountIsLowerBound: isLowerBound(documentId),
        hits,
        nextPassageOffset,
      };
    });
  }

  private hit(
    title: string,
    match: RankedPassage,
    { detail, words }: ShownPassage,
    mark: Marker,
  ): SearchHit {
    const { marked, terms } = mark(words);
    const first = marked[0]?.start ?? 0;
    const { snippet, highlights } = snippetAround(detail.text, first, marked);
    const pageIndex = this.pageOfOffset(detail, first);
    return {
      passageId: detail.id,
      label: detail.label,
      citation: passageCitation(title, detail.label, pageIndex),
      pageIndex,
      snippet,
      highlights,
      matchedTerms: terms,
      score: Math.round(match.score * 1000) / 1000,
    };
  }

  /** Passage text joins its pages with '\n': count page breaks before the offset. */
  private pageOfOffset(detail: PassageDetail, offset: number): number {
    if (detail.startPage === detail.endPage) return detail.startPage;
    const lengths = pageLengths(this.db, detail.documentId, detail.startPage, detail.endPage);
    let remaining = offset;
    let available = (lengths[0] ?? 0) - detail.startOffset;
    for (let page = 0; page < lengths.length; page += 1) {
      if (remaining <= available) return detail.startPage + page;
      remaining -= available + 1;
      available = lengths[page + 1] ?? 0;
    }
    return detail.endPage;
  }

  /**
   * A cheap check that the index caught up with the library holds what the library holds: the
   * same number of passages, and a sample of them (the first, the last and some between) indexed.
   * The checksum finds a damaged file; this finds an index of another library or of a database
   * restored from a backup, whose journal still reads as older.
   */
  private agreesWithLibrary(): boolean {
    if (this.index.passageCount !== countPassages(this.db)) return false;
    return samplePassageIds(this.db, agreementSample).every((id) => this.index.holdsPassage(id));
  }

  private loadDocumentFacts(): void {
    this.index.documents.clear();
    for (const row of allDocumentFacts(this.db)) this.index.documents.set(row.id, documentFacts(row));
  }

  private load(): { index: PassageIndex; watermark: number } | undefined {
    let buffer: Buffer;
    try {
      buffer = fs.readFileSync(this.indexFile);
    } catch {
      this.log('No saved search index: building one.');
      return undefined;
    }
    try {
      const loaded = PassageIndex.deserialize(buffer);
      if (!Number.isInteger(loaded.watermark) || loaded.watermark > latestJournalSeq(this.db)) {
        this.log('The saved search index does not match this library: rebuilding.');
        return undefined;
      }
      return loaded;
    } catch (error) {
      this.log(`The saved search index cannot be used (${(error as Error).message}): rebuilding.`);
      return undefined;
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveQuietly(), saveDelayMs);
    this.saveTimer.unref?.();
  }

  /** A failed save costs only a replay from the journal at the next start: log it and go on. */
  private saveQuietly(): void {
    try {
      this.save();
    } catch (error) {
      this.log(`The search index could not be saved (${(error as Error).message}); it will catch up at the next start.`);
    }
  }

  /** Writes the index and its watermark atomically: a crash leaves the old file or the new. */
  save(): void {
    clearTimeout(this.saveTimer);
    fs.mkdirSync(path.dirname(this.indexFile), { recursive: true });
    const temporary = `${this.indexFile}.partial`;
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, this.index.serialize(this.watermark));
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, this.indexFile);
  }
}

/** A word, or a phrase of words, too common to be indexed on its own ("the", "of the"). */
function isTooCommon(term: QueryTerm): boolean {
  return term.kind === 'word' ? stopWords.has(term.text) : term.tokens.every((token) => stopWords.has(token));
}

function termHolds(term: QueryTerm, tokens: string[], forms: ReadonlySet<string>): boolean {
  if (term.kind === 'phrase') return phraseStandsIn(term.tokens, tokens);
  // Other forms, typos and closed compounds ("co-operation" as "cooperation") hold too; a lone
  // CJK character holds in a pair that has it (common/cjkBigrams.ts).
  return tokens.some(
    (token) =>
      cjkPartMatches(term.text, token, 0, 1) !== undefined ||
      (term.prefix && token.startsWith(term.text)) ||
      forms.has(token),
  ) || joinedPairs(tokens).some((joined) => forms.has(joined));
}

/** Each two neighbouring words written as one: "co operation" → "cooperation". */
function joinedPairs(tokens: string[]): string[] {
  return tokens.slice(1).map((token, index) => tokens[index] + token);
}

/** The notice for a citation: found (how many passages), found only as its enclosing article, or missing. */
function citationNotice(citation: string, found: number, nearest: string | undefined): SearchNotice {
  if (found === 0) return { kind: 'citation-missing', citation };
  return nearest ? { kind: 'citation-nearest', citation, nearest } : { kind: 'citation', citation, found };
}
