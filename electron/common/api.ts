/**
 * THE contract: one interface per service, one argument object per method. Every transport
 * (Electron IPC, the loopback HTTP host) and every client is derived from `BriefingApi` and
 * the schemas in schemas.ts; there is no second list of channel names.
 */
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationColour,
  AnnotationExportFormat,
  AnnotationKind,
  CarryResult,
  ArticleHistoryEntry,
  CompilationMatrix,
  DraftFamily,
  RevisionComparison,
  DocumentKind,
  DocumentMetadataPatch,
  DocumentPassage,
  DocumentSummary,
  BinaryFile,
  BundleRun,
  ExportedFile,
  ImportBatch,
  InterfaceLanguage,
  LibraryStatus,
  PageText,
  Precedent,
  PrecedentRun,
  SearchQueryOptions,
  SearchResponse,
  SearchStatus,
  Position,
  PositionGuess,
  PositionInput,
  BracketLedger,
  StatementLinks,
  Settings,
  StateGroup,
  StateInfo,
} from './model';
import type {
  Pack,
  PackCitationStyle,
  PackExportRun,
  PackItem,
  PackItemInput,
  PackSection,
  PackSectionKind,
  PackSession,
  PackSummary,
  PackTemplate,
  PositionCard,
  PositionCardInput,
  PositionCardStatus,
} from './packs';
import type { RichText } from './richText';
import type { BackupOverview, BackupSummary, RestoreOutcome } from './backups';

export interface LibraryService {
  /** Documents in the library, newest first; optionally only one kind. */
  listDocuments(args: { kind?: DocumentKind }): Promise<DocumentSummary[]>;
  /** Where the library lives, its schema version and how many rows each table holds. */
  getStatus(args: Record<string, never>): Promise<LibraryStatus>;
  /** Corrects what import guessed: title, kind, symbol, date, language. */
  updateDocument(args: { id: number; patch: DocumentMetadataPatch }): Promise<DocumentSummary>;
  /** Removes a document with its pages, passages and annotations. */
  deleteDocument(args: { id: number }): Promise<{ deleted: boolean }>;
  /** Removes several documents in one transaction; ids no longer there are skipped. */
  deleteDocuments(args: { ids: number[] }): Promise<{ deleted: number }>;
  /** Files several documents under another kind in one transaction; ids no longer there are skipped. */
  updateDocuments(args: { ids: number[]; patch: { kind: DocumentKind } }): Promise<{ updated: number }>;
  /** The file as imported. Its bytes travel as bytes (IPC structured clone, raw HTTP body), never as text. */
  originalFile(args: { id: number }): Promise<BinaryFile>;
  /** Notes that the user opened the document now, for "Recently opened". */
  recordOpening(args: { id: number }): Promise<{ recorded: boolean }>;
  /** The document's passages in reading order (parts, articles, paragraphs, or chunks), with their text. */
  passages(args: { documentId: number }): Promise<DocumentPassage[]>;
}

export interface SettingsService {
  /** The user's preferences ({language, theme}), 'system' where never changed. */
  get(args: Record<string, never>): Promise<Settings>;
  /** Changes some preferences, saved at once; answers with all of them. */
  update(args: { patch: Partial<Settings> }): Promise<Settings>;
}

/** A file to import that the caller has in memory (browser uploads, drag and drop). */
export interface UploadedFile {
  name: string;
  dataBase64: string;
}

export interface ImportService {
  /**
   * Starts importing files and folders (paths on this machine) and uploaded files; answers at
   * once with the batch, whose progress getBatch then reports.
   */
  start(args: {
    paths?: string[];
    files?: UploadedFile[];
    kind?: DocumentKind;
    password?: string;
  }): Promise<ImportBatch>;
  getBatch(args: { batchId: string }): Promise<ImportBatch>;
  /** Stops the batch; documents already imported stay. */
  cancel(args: { batchId: string }): Promise<ImportBatch>;
  /** Tries a file that asked for a password again, with the one the user typed. */
  retryWithPassword(args: { batchId: string; index: number; password: string }): Promise<ImportBatch>;
}

export interface SearchService {
  /** Full-text search of every passage; see the query language in the Search screen. */
  query(args: { query: string } & SearchQueryOptions): Promise<SearchResponse>;
  /** Whether the index is ready, or how far its build has come. */
  status(args: Record<string, never>): Promise<SearchStatus>;
  /** Builds the index again from the library. */
  rebuild(args: Record<string, never>): Promise<SearchStatus>;
  /** A page's text with the given search terms marked, to open a result. */
  page(args: { documentId: number; pageIndex: number; terms?: string[] }): Promise<PageText>;
}

export interface PrecedentsService {
  /**
   * The library's instrument passages closest to `text` (a paragraph of a draft, or a
   * selection), best first, at most `limit` (5 by default), each with its citation, how much
   * is the same and the word diff. Errors: invalid-argument when the text has no word to
   * compare; unsupported while the search index is first built.
   */
  find(args: { text: string; limit?: number }): Promise<Precedent[]>;
  /**
   * Starts finding precedents for every paragraph of a draft (or of one article, "2", "art.
   * 7(1)"), in the background; getRun reports progress. Errors: not-found for a document or
   * article that is not there, invalid-argument for a document that is not a draft.
   */
  startDraft(args: { documentId: number; article?: string; limit?: number }): Promise<PrecedentRun>;
  /** How far a run has come, with its paragraphs done from index `from` (0 by default) on. */
  getRun(args: { runId: string; from?: number }): Promise<PrecedentRun>;
  /** Stops a run; the paragraphs done stay. */
  cancel(args: { runId: string }): Promise<PrecedentRun>;
}

export interface AnnotationService {
  /** A document's annotations, in page order. */
  list(args: { documentId: number }): Promise<Annotation[]>;
  /** Saved at once: when this answers, the annotation survives a crash. */
  create(args: {
    documentId: number;
    kind: AnnotationKind;
    colour: string;
    note?: string;
    tags?: string[];
    anchor: AnnotationAnchor;
    /** The page of a mark in a text document, which has a text position but no rectangles. */
    pageIndex?: number;
  }): Promise<Annotation>;
  update(args: {
    id: number;
    /**
     * `carry: null` marks a carried annotation as looked at; a new anchor places it by hand
     * (with `pageIndex` when the anchor is a text position, in a Word or text document).
     */
    patch: { kind?: AnnotationKind; colour?: string; note?: string; tags?: string[]; anchor?: AnnotationAnchor; pageIndex?: number; carry?: null };
  }): Promise<Annotation>;
  delete(args: { id: number }): Promise<{ deleted: boolean }>;
  /** Undoes a deletion: the same annotation comes back, as it was. */
  restore(args: { id: number }): Promise<Annotation>;
  /** The colours and the meanings the user gave them. */
  colours(args: Record<string, never>): Promise<AnnotationColour[]>;
  renameColour(args: { key: string; label: string }): Promise<AnnotationColour[]>;
  /**
   * A document's annotations as a file: the PDF with real PDF annotations, XFDF (the
   * interchange format other PDF readers import), or a summary in Markdown or Word.
   */
  export(args: { documentId: number; format: AnnotationExportFormat; language?: InterfaceLanguage }): Promise<ExportedFile>;
  /** Adds the annotations of an XFDF file (exported by Briefing or another PDF reader). */
  importXfdf(args: { documentId: number; xml: string }): Promise<{ imported: number; skipped: number }>;
  /**
   * Brings the marks of the revision just before this one (as at import): marks already
   * brought, reviewed or deleted since, are not copied again. Errors: not-found when there is
   * no earlier revision, or it has no marks.
   */
  carryFromPrevious(args: { documentId: number }): Promise<CarryResult>;
}

export interface StatesService {
  /**
   * The 195 States a position can be by: the 193 UN Member States with their regional group
   * and the 2 observer States, by ISO 3166-1 alpha-3 code, with names in the six UN languages.
   */
  list(args: Record<string, never>): Promise<StateInfo[]>;
  /** The negotiating groups (EU, G-77 and China …), by name. */
  listGroups(args: Record<string, never>): Promise<StateGroup[]>;
  /** Errors: conflict when the name is taken (in any case); invalid-argument for an unknown code. */
  createGroup(args: { name: string; members: string[] }): Promise<StateGroup>;
  /** Renames a group or replaces its members. Errors as createGroup, and not-found. */
  updateGroup(args: { id: number; patch: { name?: string; members?: string[] } }): Promise<StateGroup>;
  deleteGroup(args: { id: number }): Promise<{ deleted: boolean }>;
}

export interface PositionsService {
  /** Positions, newest first, narrowed by the draft revision, the source document, a State or a group. */
  list(args: { revisionDocumentId?: number; sourceDocumentId?: number; stateCode?: string; groupId?: number }): Promise<Position[]>;
  /**
   * Saved at once (when this answers, it survives a crash). Errors: invalid-argument for an
   * unknown State, group, revision (not a draft) or source document, or a page it lacks.
   */
  create(args: { position: PositionInput }): Promise<Position>;
  /** Changes some of its parts. Errors as create, and not-found. */
  update(args: { id: number; patch: Partial<PositionInput> }): Promise<Position>;
  delete(args: { id: number }): Promise<{ deleted: boolean }>;
  /** The State, article and revision a selection of a statement suggests (see PositionGuess). */
  guess(args: { sourceDocumentId: number; quote: string }): Promise<PositionGuess>;
  /** Who said what on each article and paragraph of a draft revision. Errors: not-found. */
  matrix(args: { revisionDocumentId: number }): Promise<CompilationMatrix>;
  /**
   * The statement linker: each paragraph of a statement with the article of a draft revision it
   * seems to address (its citations, else key terms), the statement's State and date. The
   * revision is the one given, else the newest draft. Errors: not-found, invalid-argument (not a statement, not a draft).
   */
  linkStatement(args: { sourceDocumentId: number; revisionDocumentId?: number }): Promise<StatementLinks>;
  /** Records several positions at once, all or none (the linker's accepted suggestions). Errors as create. */
  createMany(args: { positions: PositionInput[] }): Promise<Position[]>;
  /** The bracket ledger of a draft revision: brackets per article, remaining and cleaned since the previous revision, and who holds each. Errors: not-found. */
  brackets(args: { revisionDocumentId: number }): Promise<BracketLedger>;
  /** The matrix as a CSV spreadsheet or a Word landscape table, its words in `language` (English by default). */
  exportMatrix(args: { revisionDocumentId: number; format: 'csv' | 'docx'; language?: InterfaceLanguage }): Promise<ExportedFile>;
  /**
   * Our card on an article of a revision; when none is written for that revision, the newest
   * written for the same article in an earlier revision of its family (carriedFromDocumentId
   * set); null when none. Errors: not-found for a revision that is not there.
   */
  card(args: { revisionDocumentId: number; articleLabel: string }): Promise<PositionCard | null>;
  /** Saves the card at once (it survives a crash when this answers); fields left out are kept. Errors: not-found, invalid-argument (not a draft). */
  saveCard(args: { revisionDocumentId: number; articleLabel: string; card: Partial<PositionCardInput> }): Promise<PositionCard>;
  /** The status of every card on a revision's articles (carried ones included), by article label, for the matrix. */
  cardStatuses(args: { revisionDocumentId: number }): Promise<Record<string, PositionCardStatus>>;
}

export interface RevisionsService {
  /** The family a draft is filed in (by its UN symbol's /Rev.n), revisions in order; null for none. Errors: not-found. */
  family(args: { documentId: number }): Promise<DraftFamily | null>;
  /**
   * What changed from one revision to another, article by article: aligned by label and by
   * words (renumbered, split, merged, added, deleted), each with a word redline. Any two
   * documents compare; drafts of one family are the usual case. Errors: not-found,
   * invalid-argument for a document compared with itself.
   */
  compare(args: { olderDocumentId: number; newerDocumentId: number }): Promise<RevisionComparison>;
  /**
   * The comparison as Word with tracked changes (accept or reject them in Word), Markdown with
   * CriticMarkup, or a PDF. Errors as compare, and unsupported for a PDF of a script it cannot draw.
   */
  exportComparison(args: { olderDocumentId: number; newerDocumentId: number; format: 'docx' | 'md' | 'pdf'; language?: InterfaceLanguage }): Promise<ExportedFile>;
  /**
   * Files a draft in a family by hand (the base text, a compilation of amendments, the Chair's
   * text …), or moves it: an existing family by id or a new one by title, the label it goes by
   * there, and the revision it follows (null: first). Errors: not-found; invalid-argument for a
   * document that is not a draft, an empty label, or a revision to follow outside the family.
   */
  fileInFamily(args: { documentId: number; family: { id: number } | { title: string }; revisionLabel: string; after: number | null }): Promise<DraftFamily>;
  /** Takes a draft out of its family; the document stays in the library. */
  removeFromFamily(args: { documentId: number }): Promise<{ removed: boolean }>;
  /** Every draft family with its revisions in order, for choosing where to file a draft. */
  listFamilies(args: Record<string, never>): Promise<DraftFamily[]>;
  /** An article's versions in every revision of its family, oldest first, each with the redline from the one before. Errors: not-found. */
  articleHistory(args: { documentId: number; label: string }): Promise<ArticleHistoryEntry[]>;
}

export interface PacksService {
  /** Every pack, the newest session first. */
  list(args: Record<string, never>): Promise<PackSummary[]>;
  /** A pack with each section resolved from the library (draft text and redline, card, positions), names in `language`. Errors: not-found. */
  get(args: { id: number; language?: InterfaceLanguage }): Promise<Pack>;
  /** The layouts a pack can start from, one per kind of session. */
  templates(args: Record<string, never>): Promise<PackTemplate[]>;
  /**
   * Makes a pack, empty or laid out by a template for each of `articles` ("Art. 2", "6"), on the
   * session's revision. Errors: invalid-argument for an unknown template or a revision that is not a draft.
   */
  create(args: { title: string; session: PackSession; classification?: string; templateId?: string; articles?: string[] }): Promise<Pack>;
  /** Changes the title, session or marking. Saved at once. Errors: not-found. */
  update(args: { id: number; patch: { title?: string; session?: PackSession; classification?: string } }): Promise<PackSummary>;
  delete(args: { id: number }): Promise<{ deleted: boolean }>;
  /** Undoes a deletion: the pack comes back with its sections and items. Errors: not-found when it was never deleted or is gone for good. */
  restore(args: { id: number }): Promise<PackSummary>;
  /**
   * A copy for the next session: every section and item, the draft sections and clips moved to
   * the newest revision of their family where the article is found there (marked `newerSource`
   * on the copy when the text changed). Errors: not-found.
   */
  duplicate(args: { id: number; title: string; session?: PackSession; classification?: string }): Promise<Pack>;
  /** Adds a section after `after` (a section id), or at the end. Errors: not-found, invalid-argument. */
  addSection(args: { packId: number; kind: PackSectionKind; title: string; articleLabel?: string | null; revisionDocumentId?: number | null; after?: number | null }): Promise<PackSection>;
  /** Saved at once. Errors: not-found. */
  updateSection(args: { id: number; patch: { title?: string; articleLabel?: string | null; revisionDocumentId?: number | null; body?: RichText | null } }): Promise<PackSection>;
  /** Moves a section before another one of its pack, or to the end (before: null). Errors: not-found. */
  moveSection(args: { id: number; before: number | null }): Promise<{ moved: boolean }>;
  /** Removes a section with its items; restoreSection brings both back. */
  deleteSection(args: { id: number }): Promise<{ deleted: boolean }>;
  restoreSection(args: { id: number }): Promise<PackSection>;
  /**
   * Adds an item from anywhere to a section (at its end, or before `before`); the citation and
   * quote are made from the source where left out. Errors: not-found for a section or source that
   * is not there, invalid-argument for an item without a source or words.
   */
  addItem(args: { sectionId: number; item: PackItemInput; before?: number | null }): Promise<PackItem>;
  /**
   * What addItem would store for an item, without storing it: its citation, words, language and
   * source filled in (the "Add to pack" dialog's preview). Errors: as addItem's for the source.
   */
  previewItem(args: { item: PackItemInput }): Promise<Pick<PackItem, 'kind' | 'citation' | 'quote' | 'language' | 'source'>>;
  /** The delegate's note on an item, or its words. Saved at once. Errors: not-found. */
  updateItem(args: { id: number; patch: { note?: RichText | null; quote?: string; citation?: string } }): Promise<PackItem>;
  /** Moves an item before another one, in its section or another of the same pack, or to a section's end. Errors: not-found. */
  moveItem(args: { id: number; sectionId: number; before: number | null }): Promise<{ moved: boolean }>;
  deleteItem(args: { id: number }): Promise<{ deleted: boolean }>;
  restoreItem(args: { id: number }): Promise<PackItem>;
  /**
   * Starts writing the pack as PDF (through Chromium's print, with cover, contents, the marking
   * in every header, page numbers), Word (heading styles and a table of contents field) or
   * Markdown; getExport reports progress and, when finished, takeExport gives the file.
   */
  startExport(args: { id: number; format: 'pdf' | 'docx' | 'md'; citations?: PackCitationStyle; language?: InterfaceLanguage }): Promise<PackExportRun>;
  getExport(args: { runId: string }): Promise<PackExportRun>;
  cancelExport(args: { runId: string }): Promise<PackExportRun>;
  /** The file of a finished export (once; it is then forgotten). Errors: not-found, unsupported while running. */
  takeExport(args: { runId: string }): Promise<ExportedFile>;
}

export interface BundlesService {
  /**
   * Starts writing the whole library, or the documents `documentIds` with their annotations,
   * positions, position cards and packs, as one bundle file (.briefing) to hand to a colleague;
   * getRun reports progress, takeExport gives the file. Errors (in the run): not-found for
   * chosen documents no longer there, storage for an original missing or damaged.
   */
  startExport(args: { documentIds?: number[] }): Promise<BundleRun>;
  /**
   * Starts importing a bundle, a file on this machine (`path`) or uploaded (`file`): every hash
   * is verified and anything unsafe refused before the library changes, then it merges without
   * duplicating what is already there; the finished run's report says what came in. Errors (in
   * the run): invalid-argument for a file that is not a bundle or is refused, unsupported for
   * an unknown format version.
   */
  startImport(args: { path?: string; file?: UploadedFile }): Promise<BundleRun>;
  /** How far a run has come. Errors: not-found. */
  getRun(args: { runId: string }): Promise<BundleRun>;
  /** Stops a run: an import stopped before its merge changes nothing, an export leaves no file. */
  cancel(args: { runId: string }): Promise<BundleRun>;
  /** The file of a finished export (once; it is then forgotten). Errors: not-found, unsupported while running. */
  takeExport(args: { runId: string }): Promise<ExportedFile>;
}

/**
 * Snapshots of the library database in <dataDir>/backups/ (taken at start-up, on quit, daily
 * and on request; verified; the last 10 plus one a day for the last 7 days kept). They cover
 * everything in the database (documents' metadata and text, annotations, positions, packs,
 * settings), not the original files, which are kept apart by content and never rewritten.
 */
export interface BackupsService {
  /** The snapshots (newest first), the last failure, and the offer after a damaged start-up. */
  list(args: Record<string, never>): Promise<BackupOverview>;
  /** Takes a verified snapshot now. Errors: storage (disk full, copy failed its check). */
  create(args: Record<string, never>): Promise<BackupSummary>;
  /**
   * Replaces the library with a snapshot, keeping the library as it was as a snapshot first;
   * the search index is rebuilt. Errors: not-found, conflict (an import is running), storage.
   */
  restore(args: { id: string }): Promise<RestoreOutcome>;
  /** After a damaged start-up: keeps the empty library (the damaged file stays where it was moved). */
  dismissRecovery(args: Record<string, never>): Promise<{ dismissed: boolean }>;
}

export interface BriefingApi {
  library: LibraryService;
  imports: ImportService;
  search: SearchService;
  precedents: PrecedentsService;
  annotations: AnnotationService;
  settings: SettingsService;
  states: StatesService;
  positions: PositionsService;
  revisions: RevisionsService;
  packs: PacksService;
  bundles: BundlesService;
  backups: BackupsService;
}

export type ServiceName = keyof BriefingApi;
export type MethodName<S extends ServiceName> = keyof BriefingApi[S] & string;

/** "library.listDocuments" and so on: the name used on the wire by both transports. */
export type OperationName = {
  [S in ServiceName]: `${S}.${MethodName<S>}`;
}[ServiceName];
