/** Domain types shared by every room of the house. Plain data only. */

export const documentKinds = ['draft', 'instrument', 'statement'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentStatuses = ['importing', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  title: string;
  symbol: string | null;
  documentDate: string | null;
  language: string | null;
  originalFileName: string | null;
  pageCount: number;
  /** Pages without a text layer (scans): kept, shown, but not searchable. */
  pagesWithoutText: number;
  /** For a State's statement: the State, ISO 3166-1 alpha-3. */
  stateCode: string | null;
  status: DocumentStatus;
  createdAt: string;
  /** For a draft filed in a family: its place among the revisions. */
  revision: DraftRevisionInfo | null;
  /** When the user last opened it (ISO 8601 UTC), or null if never. */
  openedAt: string | null;
}

/**
 * A draft's place in its family: "A/AC.999/L.1" is the Original, "…/Rev.2" revision 2; a text
 * filed by hand (the Chair's text, a compilation of amendments) has its own label and place.
 */
export interface DraftRevisionInfo {
  familyId: number;
  familyTitle: string;
  /** The symbol without its /Rev.n suffix, shared by the family. */
  baseSymbol: string | null;
  /** The symbol's /Rev.n: 0 for the original text, then 1, 2 …; null for a text filed by hand. */
  revisionNumber: number | null;
  revisionLabel: string;
  /** Its place in the family: revisions are read in this order (not always whole numbers). */
  ordinal: number;
}

/** A draft's family with its revisions in order (the original first), for compare and history. */
export interface DraftFamily {
  id: number;
  title: string;
  revisions: { documentId: number; title: string; symbol: string | null; revisionNumber: number | null; revisionLabel: string }[];
}

/** How an article of one revision became the next one's. */
export const articleChanges = ['unchanged', 'changed', 'renumbered', 'split', 'merged', 'added', 'deleted'] as const;
export type ArticleChange = (typeof articleChanges)[number];

/**
 * A run of words in a redline. `same` (its `older` form where it has one), `deleted` and
 * `movedFrom` read in order give the older text; `same`, `inserted` and `movedTo` give the
 * newer one. A move's two ends share `move`.
 */
export interface RedlineSegment {
  kind: 'same' | 'inserted' | 'deleted' | 'movedFrom' | 'movedTo';
  /** The words, as the newer revision has them for a `same` run. */
  text: string;
  /** A `same` run's words as the older revision lays them out, where its white space differs. */
  older?: string;
  move?: number;
}

/** One aligned group of a comparison: an article kept, renumbered, split, merged, added or deleted. */
export interface ArticleComparison {
  /** The older revision's labels ("Art. 4"): none for an added article, several for merged ones. */
  olderLabels: string[];
  /** The newer revision's labels: none for a deleted article, several for a split one. */
  newerLabels: string[];
  /** The article's heading in the newer revision (the older one's for a deleted article). */
  heading: string | null;
  change: ArticleChange;
  /** Share of words in common, Dice's coefficient (0..1; 0 for added and deleted). */
  similarity: number;
  olderText: string;
  newerText: string;
  redline: RedlineSegment[];
  /** Zero-based pages where the article starts in each revision, to open it there; null on the side it is missing from. */
  olderPageIndex: number | null;
  newerPageIndex: number | null;
}

/** What changed from one draft revision to another, article by article, in the newer one's order. */
export interface RevisionComparison {
  older: ComparedRevision;
  newer: ComparedRevision;
  articles: ArticleComparison[];
  /** Articles by change, for the summary ("12 changed, 2 added"). */
  counts: Record<ArticleChange, number>;
}

export interface ComparedRevision {
  documentId: number;
  title: string;
  symbol: string | null;
  /** "Rev.1" when the draft is filed in a family, else null. */
  revisionLabel: string | null;
}

/** One revision's version of an article in its history, with the redline from the revision before. */
export interface ArticleHistoryEntry {
  revision: ComparedRevision;
  /** The article's label in this revision, or null where it is absent (not yet added, or deleted). */
  label: string | null;
  change: ArticleChange;
  text: string;
  redline: RedlineSegment[];
}

/** Interface languages with complete message catalogues (BCP 47 primary tags). */
export const interfaceLanguages = ['en', 'fr', 'es'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** The user's preferences; 'system' follows the operating system. */
export interface Settings {
  language: InterfaceLanguage | 'system';
  theme: ThemeChoice;
  /** Written on the user's new marks and in exports (XFDF `title`, PDF `/T`); '' writes none. */
  authorName: string;
  /** Our delegation's State (ISO 3166-1 alpha-3), '' when not chosen: its positions are "ours", on the card, not among the others' in a pack. */
  delegationStateCode: string;
}

/** Row counts per table, as shown by `cli status` and the status bar. */
export type TableCounts = Record<string, number>;

export interface LibraryStatus {
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  counts: TableCounts;
}

export const passageLevels = [
  'preamble',
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'subparagraph',
  'chunk',
] as const;
export type PassageLevel = (typeof passageLevels)[number];

/**
 * A citable passage as the reader shows it (the Articles panel, the go-to box, the reading
 * view): what import found, in reading order. `start` and `end` are positions in the stored
 * page text (`PageText.text`), end exclusive; `text` is that span with its pages joined by
 * a line break.
 */
export interface DocumentPassage {
  id: number;
  /** The enclosing passage (an article for its paragraphs), or null at the top. */
  parentId: number | null;
  level: PassageLevel;
  /** "Art. 7(1)(h)", "Part 2", "Preamble, para. 3", "Chunk 4". */
  label: string;
  heading: string | null;
  text: string;
  start: { page: number; offset: number };
  end: { page: number; offset: number };
}

/** The six official languages of the United Nations, as BCP 47 tags. */
export const unLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof unLanguages)[number];

/** The five UN regional groups of Member States (GRULAC: Latin American and Caribbean; WEOG: Western European and Others). */
export const regionalGroups = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;
export type RegionalGroup = (typeof regionalGroups)[number];

/** A Member State or observer State of the United Nations. */
export interface StateInfo {
  /** ISO 3166-1 alpha-3 ("BRA"). */
  code: string;
  /** Its short name in each of the six UN languages (i18n-iso-countries). */
  names: Record<UnLanguage, string>;
  /** Null for the two observer States, which belong to no regional group. */
  regionalGroup: RegionalGroup | null;
  observer: boolean;
}

/**
 * What a State or group said of an article: supports, opposes, proposes an amendment
 * ("amends"), reserves its position, seeks clarification ("questions"), or neutral.
 */
export const positionStances = ['supports', 'opposes', 'amends', 'reserves', 'questions', 'neutral'] as const;
export type PositionStance = (typeof positionStances)[number];

/** Who holds a position: a State (ISO 3166-1 alpha-3) or a negotiating group. */
export type Speaker = { kind: 'state'; code: string } | { kind: 'group'; id: number };

/** A position as it is recorded (and edited): what was said, on what, and where. */
export interface PositionInput {
  speaker: Speaker;
  /** The draft revision the position is on (a document of kind draft), when known. */
  revisionDocumentId: number | null;
  /** The article or paragraph, as the import labels it: "Art. 6(2)". */
  targetLabel: string;
  stance: PositionStance;
  /** A line or two in the delegate's words. */
  summary: string;
  /** The wording the speaker proposed, if any. */
  proposedWording: string;
  /** The words quoted from the source (the selection), '' when typed in. */
  quote: string;
  source: {
    documentId: number | null;
    /** 0-based page of the source document. */
    pageIndex: number | null;
    /** The passage of the source the words are from ("Para. 3"), when known; null or left out otherwise. */
    passageId?: number | null;
    /** "Sixth Committee, 3rd meeting": as the delegate writes it. */
    meeting: string;
    /** ISO 8601 date the words were said. */
    date: string | null;
  };
}

/** A recorded position. */
export interface Position extends PositionInput {
  id: number;
  /** The group's name when the speaker is a group (States are named in the interface language). */
  groupName: string | null;
  /** The passage of the revision with that label, when the revision has one. */
  passageId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What Briefing guesses for a position recorded from a selection; every part editable. */
export interface PositionGuess {
  /** The State of the statement (its metadata), or null. */
  speaker: Speaker | null;
  /** The first article cited in the words selected ("draft article 6, paragraph 2" → "Art. 6(2)"). */
  targetLabel: string | null;
  /** The newest draft revision holding that article (or the newest draft), or null. */
  revisionDocumentId: number | null;
}

/** A column of the compilation matrix: a State or group with positions on the revision. */
export interface MatrixColumn {
  /** "state:BRA" or "group:3". */
  key: string;
  speaker: Speaker;
  /** The group's name; for a State its English name (clients show their own language's). */
  name: string;
  /** The State's regional group; null for a group or an observer. */
  regionalGroup: RegionalGroup | null;
}

/** A row: an article or paragraph of the revision, or a label positions cite that it lacks. */
export interface MatrixRow {
  label: string;
  /** Null for a label no passage of the revision carries (renumbered since, or typed). */
  passageId: number | null;
  level: PassageLevel | null;
}

/** What one speaker said on one article or paragraph: how many positions of each stance. */
export interface MatrixCell {
  label: string;
  column: string;
  counts: Partial<Record<PositionStance, number>>;
  positionIds: number[];
}

/** Rows are the revision's articles and paragraphs in reading order; columns the speakers by name. */
export interface CompilationMatrix {
  revisionDocumentId: number;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
}

// ---- The statement linker and the bracket ledger (issue 12, items 3 and 6) ----

/**
 * The article a paragraph of a statement addresses, as Briefing suggests it: from the articles
 * it cites, else from words it shares with one article more than with the others.
 */
export interface LinkSuggestion {
  /** "Art. 6(2)": the passage of the revision cited (or its article), else the label cited. */
  targetLabel: string;
  /** False when the revision has no passage with that label (a citation of an article it lacks). */
  inRevision: boolean;
  /** 0..1: 1 for a citation; for shared words, how far the best article stands above the next. */
  confidence: number;
  /**
   * Why: `cites` the citation as written after "article" ("6(2)") and the other articles the
   * paragraph cites; `heading` the citation of the heading the paragraph stands under ("Draft
   * article 6"); `terms` the distinctive words it shares with the article, best first.
   */
  reason: { kind: 'cites'; citation: string; alsoCites: string[] } | { kind: 'heading'; citation: string } | { kind: 'terms'; terms: string[] };
  /** The stance its words suggest (supports, opposes, amends …), 'neutral' when they say none. */
  stance: PositionStance;
}

/** A paragraph of a statement, with the article it seems to address (null: none found). */
export interface StatementParagraph {
  passageId: number;
  /** The statement's own label: "Para. 3". */
  label: string;
  text: string;
  /** 0-based page where the paragraph starts. */
  pageIndex: number;
  suggestion: LinkSuggestion | null;
  /** Articles of positions already recorded from this paragraph (its words quoted), so it is not recorded twice. */
  recorded: string[];
}

/** A statement read against one draft revision, paragraph by paragraph, for the one-pass review. */
export interface StatementLinks {
  sourceDocumentId: number;
  revisionDocumentId: number;
  /** The statement's State (its metadata), or null. */
  speaker: Speaker | null;
  /** The statement's date (ISO 8601), as the positions' date. */
  date: string | null;
  paragraphs: StatementParagraph[];
}

/** One option of a bracket set: "[shall]", or "[Option 1: …]" named "Option 1". */
export interface BracketOptionText {
  text: string;
  name: string | null;
}

/** A position that holds a bracket: its words carry an option, or it proposes an amendment there. */
export interface BracketHolder {
  positionId: number;
  speaker: Speaker;
  /** The group's name, or the State's English name (clients show their own language's). */
  speakerName: string;
  stance: PositionStance;
  /** Index in the set's options of the option its words carry, or null (an amendment proposed there). */
  option: number | null;
  /** The earlier revision the position was taken on ("Original"), for a set still open since; null when on this one. */
  revisionLabel: string | null;
}

/** A bracket set still in the revision's text. */
export interface OpenBracket {
  /** The passage it stands in: "Art. 6(2)". */
  label: string;
  options: BracketOptionText[];
  depth: number;
  unclosed: boolean;
  /** Against the previous revision: new, the same, or with options changed; null without a previous revision. */
  since: 'new' | 'remains' | 'changed' | null;
  holders: BracketHolder[];
}

/** A bracket set of the previous revision that this one no longer has. */
export interface CleanedBracket {
  /** The passage it stood in, in the previous revision. */
  previousLabel: string;
  options: BracketOptionText[];
  /** What stands there now: one option's words (`kept`), none (`deleted`), or not known. */
  outcome: { kind: 'kept'; option: number } | { kind: 'deleted' } | { kind: 'unknown' };
  /** Positions on the previous revision that held it. */
  holders: BracketHolder[];
}

/** An article (or preambular paragraph) with brackets, open now or cleaned since the previous revision. */
export interface LedgerArticle {
  /** Its label in this revision; null when the article itself is gone. */
  label: string | null;
  /** Its label in the previous revision, when it had a counterpart there. */
  previousLabel: string | null;
  heading: string | null;
  open: OpenBracket[];
  cleaned: CleanedBracket[];
}

/** The brackets of a draft revision, per article, against the revision before it in its family. */
export interface BracketLedger {
  revisionDocumentId: number;
  previous: { documentId: number; revisionLabel: string; symbol: string | null } | null;
  /** In the revision's reading order; then articles gone since the previous revision. */
  articles: LedgerArticle[];
  totals: { open: number; new: number; cleaned: number };
}

/** A negotiating group the delegation keeps (EU, G-77 and China …): a name and its States. */
export interface StateGroup {
  id: number;
  name: string;
  /** The preset it started from ("european-union"), or null when the user made it. */
  preset: string | null;
  /** Member States' and observers' codes (ISO 3166-1 alpha-3), in alphabetical order of code. */
  members: string[];
}

/** Where one file of an import batch stands; the last five are final. */
export const importItemStatuses = [
  'queued',
  'reading',
  'imported',
  'duplicate',
  'needs-password',
  'error',
  'cancelled',
] as const;
export type ImportItemStatus = (typeof importItemStatuses)[number];

export interface ImportItem {
  index: number;
  name: string;
  status: ImportItemStatus;
  /** For the person: why it failed, what to do, or a remark (scanned pages, duplicate of …). */
  message: string | null;
  documentId: number | null;
  title: string | null;
  pagesDone: number;
  pageCount: number | null;
  pagesWithoutText: number;
  passageCount: number;
  /** True when the file was tried with a password and it was wrong. */
  wrongPassword: boolean;
  /** What the import did with parts of the file the user should know of (tracked changes, comments). */
  notices?: ImportNotice[];
}

/**
 * Something the import did with a file that its user should know of, shown with the file's
 * outcome in the user's language. Counts, not sentences, so each screen words them itself.
 */
export type ImportNotice =
  /** A Word file with tracked changes: insertions and moves are read as accepted; deleted text follows its paragraph, marked {--…--}. */
  | { kind: 'tracked-changes'; insertions: number; deletions: number; moves: number; formatting: number }
  /** A Word file's comments, imported as annotations on the text they cover; some may find no text. */
  | { kind: 'comments'; imported: number; notPlaced: number };

export interface ImportBatch {
  id: string;
  state: 'running' | 'finished' | 'cancelled';
  filesTotal: number;
  filesDone: number;
  pagesDone: number;
  /** Files in dropped folders that are not PDF, Word, text or Markdown. */
  skippedFiles: number;
  items: ImportItem[];
}

export interface DocumentMetadataPatch {
  kind?: DocumentKind;
  title?: string;
  symbol?: string | null;
  documentDate?: string | null;
  language?: string | null;
  stateCode?: string | null;
}

export interface SearchHit {
  passageId: number;
  /** The passage's own label: "Art. 7(1)(h)". */
  label: string;
  /** How a delegate cites it: "Rome Statute, art. 7(1)(h), p. 4". */
  citation: string;
  /** Zero-based page where the first match is. */
  pageIndex: number;
  snippet: string;
  /** [start, end) offsets of matched words in the snippet. */
  highlights: [number, number][];
  /** Normalised index terms that matched, to highlight the page when it is opened. */
  matchedTerms: string[];
  score: number;
}

export interface SearchGroup {
  documentId: number;
  title: string;
  kind: DocumentKind;
  language: string | null;
  symbol: string | null;
  /** Matching passages in this document (all of them, not only those shown). */
  hitCount: number;
  /**
   * True when hitCount may be short: phrase checks stopped early, or so many passages match in
   * the library that only the best were grouped. The screen then says "at least".
   */
  hitCountIsLowerBound: boolean;
  /** The passages shown: from `passageOffset` of SearchQueryOptions, in rank order. */
  hits: SearchHit[];
  /** The passageOffset that lists this document's next passages, or null when none is left. */
  nextPassageOffset: number | null;
}

/**
 * Which part of the results a query answers (all optional). The engine groups ranked passages
 * by document: `offset` documents are skipped and `limit` listed (20 by default), each with
 * `hitsPerDocument` passages (3) after skipping `passageOffset` (0). With `documentId` only that
 * document's passages are ranked and listed: "All 16 passages" of one group, page by page.
 */
export interface SearchQueryOptions {
  limit?: number;
  offset?: number;
  hitsPerDocument?: number;
  passageOffset?: number;
  documentId?: number;
}

/** One of the user's own annotations that matches a search: its quote, note and place. */
export interface AnnotationSearchHit {
  annotationId: number;
  documentId: number;
  documentTitle: string;
  pageIndex: number;
  kind: AnnotationKind;
  colour: string;
  note: string;
  tags: string[];
  quote: string | null;
  citation: string;
}

export interface SearchResponse {
  /** The user's annotations whose note, tags or quote match (the most relevant first). */
  annotations: AnnotationSearchHit[];
  totalAnnotations: number;
  totalPassages: number;
  totalDocuments: number;
  /** True when phrase checking stopped early: the totals are "at least". */
  totalsAreLowerBounds: boolean;
  groups: SearchGroup[];
  /**
   * The offset that lists the next documents, or null when this page is the last the engine
   * can list (its best 2,000 passages are grouped: totalDocuments may count a few more).
   * The annotations come with the first page (offset 0, no documentId) only.
   */
  nextOffset: number | null;
  filterChips: { key: string; value: string; raw: string }[];
  tookMs: number;
  /** What the person should know about how the results were found (shown above them). */
  notices: SearchNotice[];
}

/**
 * A remark on a search, rendered by the client in its own language:
 * - `citation`: the query named a passage ("art. 7(1)(h)"); `found` passages carry that label
 *   and come first. `citation` is as a person writes it after "article": "7(1)(h)".
 * - `citation-missing`: no passage carries that label (in the filtered documents); the other
 *   words of the query, if any, were searched as usual.
 * - `citation-nearest`: no passage carries that label, but the article or paragraph that
 *   would contain it does (`nearest`, "2" for "2(4)"): those passages come first.
 * - `partial`: no passage holds every word; the passages shown hold `matched` of the `of`.
 */
export type SearchNotice =
  | { kind: 'citation'; citation: string; found: number }
  | { kind: 'citation-missing'; citation: string }
  | { kind: 'citation-nearest'; citation: string; nearest: string }
  | { kind: 'partial'; matched: number; of: number };

export interface SearchStatus {
  state: 'loading' | 'building' | 'ready' | 'failed';
  /** Passages indexed so far during a build, and how many there are. */
  done: number;
  total: number;
  passages: number;
  message: string | null;
}

export interface PageText {
  documentId: number;
  title: string;
  pageIndex: number;
  pageCount: number;
  text: string;
  hasTextLayer: boolean;
  /** The original's type: marks in the text reader are for documents that are not PDFs. */
  mediaType: string | null;
  /** [start, end) offsets of the requested terms in the page text. */
  highlights: [number, number][];
}

export const annotationKinds = ['highlight', 'underline', 'strikeout', 'note', 'comment', 'area'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** A rectangle on a page, in PDF points from the page's bottom-left corner (zoom-free). */
export interface PageRect {
  pageIndex: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where an annotation sits, after the W3C Web Annotation model: rectangles in PDF space
 * (several pages for a highlight across a page break), plus the quoted text with some
 * context (TextQuoteSelector) and its offsets in the document's text (TextPositionSelector),
 * so it can be found again in a revision whose layout changed.
 */
export interface AnnotationAnchor {
  rects: PageRect[];
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
}

/** How a mark carried from an earlier revision was found again in this one. */
export const carryStatuses = ['unchanged', 'changed', 'moved', 'not-found', 'by-page'] as const;
export type CarryStatus = (typeof carryStatuses)[number];

export interface WordDiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Where an annotation came from when it was carried over from the previous revision:
 * unchanged (its text is there as it was, in the same article), changed (found in the same
 * article with a word diff from the text it had), moved (its text found only in another
 * article: placed there, to be checked), not-found (waits for the user in the review list,
 * without a place on a page), or by-page (a note or area without text under it, put on the
 * same page and place).
 */
export interface AnnotationCarry {
  fromAnnotationId: number;
  fromDocumentId: number;
  /** "Original", "Rev.1" … */
  fromRevision: string;
  /** The previous revision's UN symbol ("A/AC.999/L.1"), what the reader names it by; absent on marks carried before it was kept. */
  fromSymbol?: string | null;
  status: CarryStatus;
  previousExact?: string;
  diff?: WordDiffPart[];
  /** The passage the mark sat in ("Art. 5") and where it was found ("Art. 6"), when known. */
  fromPassage?: string | null;
  toPassage?: string | null;
}

/** What bringing the previous revision's marks to a revision did, by outcome. */
export interface CarryResult {
  fromDocumentId: number;
  fromRevision: string;
  fromSymbol: string | null;
  unchanged: number;
  changed: number;
  moved: number;
  notFound: number;
  byPage: number;
  /** Marks of the previous revision already brought here before (not copied again). */
  alreadyCarried: number;
}

/**
 * A reply to a mark, from another reader (XFDF `inreplyto`, ISO 19444-1; PDF `/IRT` with
 * `/RT /R`, ISO 32000-1 §12.5.6.2): kept under its mark, not as a mark of its own.
 */
export interface AnnotationReply {
  /** Who wrote it (XFDF `title`, PDF `/T`); '' when the file does not say. */
  author: string;
  text: string;
  /** ISO 8601 UTC; '' when the file does not say. */
  createdAt: string;
}

export interface Annotation {
  id: number;
  documentId: number;
  pageIndex: number;
  kind: AnnotationKind;
  colour: string;
  note: string;
  tags: string[];
  anchor: AnnotationAnchor;
  /** Set while a mark carried from the previous revision has not been looked at. */
  carry: AnnotationCarry | null;
  /** Who made the mark: another reader's author (XFDF `title`), or the Settings' author name; null if unknown. */
  author: string | null;
  /** Replies to the mark, oldest first. */
  replies: AnnotationReply[];
  createdAt: string;
  updatedAt: string;
}

export const annotationExportFormats = ['pdf', 'xfdf', 'markdown', 'docx'] as const;
export type AnnotationExportFormat = (typeof annotationExportFormats)[number];

/** A file whose bytes cross the process boundary as they are (see common/binaryResult.ts). */
export interface BinaryFile {
  mediaType: string;
  fileName: string | null;
  data: Uint8Array;
}

/** A file made for the user to save (an export): always named. */
export interface ExportedFile extends BinaryFile {
  fileName: string;
  /** Marks not written because they wait for review (no place on a page in this revision). */
  leftOutForReview?: number;
  /** The original's owner restrictions (no printing, copying, …) are not in this copy. */
  restrictionsRemoved?: boolean;
}

export interface AnnotationColour {
  key: string;
  label: string;
  hex: string;
}

// Precedents (issue 12 item 7): the library's instrument passages closest to a draft's words.

/** A run of words a precedent and the draft share, or that one of them alone has (see Precedent.diff). */
export interface WordChange {
  /** same: both say it; deleted: the precedent's words the draft left out; inserted: the draft's own. */
  kind: 'same' | 'inserted' | 'deleted';
  /** The words with the spaces between them, as written. */
  text: string;
}

/** A passage of an instrument in the library that a draft paragraph (or selection) follows closely. */
export interface Precedent {
  passageId: number;
  documentId: number;
  /** The instrument's title: "Rome Statute of the International Criminal Court". */
  title: string;
  /** The passage's label: "Art. 7(1)(h)". */
  label: string;
  /** How a delegate cites it: "Rome Statute of the International Criminal Court, art. 7(1)(h), p. 4". */
  citation: string;
  /** Zero-based page where the passage starts, to open it there. */
  pageIndex: number;
  /**
   * How much of the two texts, whole, is the same, 0 to 1 (shown as "88% the same"). Precedents
   * are ordered by how much of the draft's text they hold, so a short selection's source may
   * show less than a passage after it.
   */
  similarity: number;
  /** The passage's whole text. */
  text: string;
  /** From the precedent to the draft, word by word: reading all but `inserted` gives the precedent. */
  diff: WordChange[];
}

/** A paragraph of a draft (or an article without paragraphs) with its precedents, best first. */
export interface ParagraphPrecedents {
  passageId: number;
  /** "Art. 2(1)", "Preamble, para. 3". */
  label: string;
  text: string;
  precedents: Precedent[];
}

/** Precedents for every paragraph of a draft, found in the background; getRun reports how far it has come. */
export interface PrecedentRun {
  id: string;
  documentId: number;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  /** Paragraphs done and in all. */
  done: number;
  total: number;
  /** The paragraphs done, in reading order, from the index asked for (getRun's `from`). */
  paragraphs: ParagraphPrecedents[];
  /** Why it failed, for the person. */
  message: string | null;
}

/** What importing a library bundle brought in, and what was already there (see core/bundles/mergeBundle.ts for the rules). */
export interface BundleImportReport {
  documentsAdded: number;
  /** Documents whose file (same SHA-256) was already in the library: kept as they were. */
  documentsAlreadyPresent: number;
  annotationsAdded: number;
  /** The same mark (document, kind, anchor, note) was already there. */
  annotationsSkipped: number;
  positionsAdded: number;
  positionsSkipped: number;
  positionCardsAdded: number;
  /** A card on the same article of the same revision was already written: ours is kept. */
  positionCardsSkipped: number;
  packsAdded: number;
  /** The same pack (creation time and title) came in before. */
  packsSkipped: number;
  /** Packs that came in as "<title> (from bundle)", a pack of their title being there. */
  packsRenamed: number;
}

/** An export or import of a library bundle in the background: progress in bytes, and how it ended. */
export interface BundleRun {
  id: string;
  direction: 'export' | 'import';
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  /** Bytes copied so far and in all (0 of 0 while it starts). */
  done: number;
  total: number;
  /** Why it failed, written for the person: what happened and what to do. */
  message: string | null;
  /** A finished export: what the bundle holds. */
  counts: { documents: number; annotations: number; positions: number; positionCards: number; packs: number } | null;
  /** A finished import: what came in. */
  report: BundleImportReport | null;
}
