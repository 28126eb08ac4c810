/**
 * Briefing packs: what a delegate takes into a session. A pack belongs to a session and holds
 * ordered sections; a section holds ordered items (clips from the library, each with its
 * citation and a link back to its source page). The position card per article lives beside the
 * positions, so the same card shows in every pack and in the compilation matrix.
 */
import type { PositionStance, RedlineSegment, Speaker } from './model';
import type { RichText } from './richText';

/** The session a pack is for. Dates are ISO 8601 (yyyy-mm-dd). */
export interface PackSession {
  /** "Sixth Committee, resumed session, informal consultations on draft articles 2 and 6". */
  name: string;
  startDate: string | null;
  endDate: string | null;
  /** "Conference Room 4, UN Headquarters, New York". */
  place: string;
  /** The agenda items, in order, one line each. */
  agendaItems: string[];
  /** The draft revision the session is about (a document of kind draft), when chosen. */
  revisionDocumentId: number | null;
}

/** The classification marking on the cover and every page's header ("RESTRICTED"); '' for none. */
export const classificationMarkings = ['', 'UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

export const packSectionKinds = ['draft-text', 'position-card', 'state-positions', 'precedents', 'annotations', 'notes'] as const;
/**
 * - draft-text: an article of a revision, with the changes since the previous revision as a redline;
 * - position-card: our card on the article (PositionCard);
 * - state-positions: other States' positions on the article, grouped by stance;
 * - precedents, annotations: clips the delegate added (items);
 * - notes: free text (the section's body).
 * Any section may also hold items and a body.
 */
export type PackSectionKind = (typeof packSectionKinds)[number];

export const packItemKinds = ['passage', 'article', 'annotation', 'position', 'precedent', 'comparison', 'note'] as const;
/** Where an item came from: a search result or reader passage, a whole article, a mark, a position, a precedent, a compare view, or typed. */
export type PackItemKind = (typeof packItemKinds)[number];

/** What an item points back to; every part null where it does not apply. */
export interface PackItemSource {
  documentId: number | null;
  /** 0-based page to open the source at. */
  pageIndex: number | null;
  passageId: number | null;
  annotationId: number | null;
  positionId: number | null;
  /** The older revision of a compare view (documentId is the newer). */
  olderDocumentId: number | null;
  /** The article or paragraph label ("Art. 6(2)") of a draft or instrument, when the item is one. */
  label: string | null;
}

/** An item as the delegate adds it from anywhere; the service fills in the citation and quote from the source where left out. */
export interface PackItemInput {
  kind: PackItemKind;
  source: Partial<PackItemSource>;
  /** The words clipped (a search result's passage, a selection, a precedent's text). */
  quote?: string;
  /** How a delegate cites it ("Rome Statute …, art. 7(1)(h), p. 4"). */
  citation?: string;
  /** The delegate's note on the item. */
  note?: RichText | null;
}

/** A source in a newer revision of its family whose text differs from the one clipped. */
export interface NewerSource {
  documentId: number;
  /** "A/CN.4/L.935/Rev.2" or the revision label. */
  revisionName: string;
  label: string | null;
}

export interface PackItem {
  id: number;
  sectionId: number;
  kind: PackItemKind;
  citation: string;
  quote: string;
  /** The language of the quote (BCP 47: "ar", "zh"), for the direction and font of exports. */
  language: string | null;
  note: RichText | null;
  source: PackItemSource;
  /** Set when the source's article reads otherwise in a newer revision. */
  newerSource: NewerSource | null;
  /** A compare view's item: the redline from the older revision (source.olderDocumentId) to the newer, as it reads now; null otherwise or when either side is gone. */
  redline: RedlineSegment[] | null;
  /** A position item's position as it reads now (who, stance, summary, wording); null for other kinds, or when the position was deleted (the clip's words and citation stay). */
  position: PackPosition | null;
  createdAt: string;
}

/** A draft article as a section shows it: its text in the revision, and the redline since the previous revision. */
export interface PackDraftText {
  documentId: number;
  revisionName: string;
  label: string;
  heading: string | null;
  text: string;
  pageIndex: number | null;
  /** The previous revision of the family, null for the first or a draft in no family. */
  previousRevisionName: string | null;
  /** From the previous revision to this one; null where there is no previous revision or the article is new. */
  redline: RedlineSegment[] | null;
  /** The article was not found in that revision. */
  missing: boolean;
}

/** A State's or group's position as a pack shows it. */
export interface PackPosition {
  positionId: number;
  speaker: Speaker;
  /** The State's name in the language asked for, or the group's. */
  speakerName: string;
  stance: PositionStance;
  /** The article or paragraph it is on: "Art. 6(4)". */
  targetLabel: string;
  summary: string;
  proposedWording: string;
  quote: string;
  /** "Statement of Brazil, Sixth Committee, 3rd meeting, 12 October 2026, p. 2". */
  citation: string;
  sourceDocumentId: number | null;
  sourcePageIndex: number | null;
}

export const positionCardStatuses = ['instructed', 'awaiting-instructions', 'flexible'] as const;
export type PositionCardStatus = (typeof positionCardStatuses)[number];

/** The headings of a position card, in the order written briefs use. */
export const positionCardHeadings = [
  'objective',
  'instructions',
  'redLines',
  'fallbacks',
  'arguments',
  'othersAndResponse',
  'canLiveWith',
  'pressLine',
  'background',
] as const;
export type PositionCardHeading = (typeof positionCardHeadings)[number];

/** Our delegation's card on one article of a draft revision. `fallbacks` is written as a numbered list, in order of preference. */
export interface PositionCardInput {
  status: PositionCardStatus;
  fields: Partial<Record<PositionCardHeading, RichText>>;
}

export interface PositionCard extends PositionCardInput {
  revisionDocumentId: number;
  articleLabel: string;
  /** Set when the card shown was written for an earlier revision of the family (none yet for this one). */
  carriedFromDocumentId: number | null;
  updatedAt: string;
}

/** A section with what it shows, resolved from the library when the pack is read. */
export interface PackSection {
  id: number;
  packId: number;
  kind: PackSectionKind;
  title: string;
  /** The article the section is on ("Art. 6"), for draft text, card and positions. */
  articleLabel: string | null;
  /** The revision it reads; null: the session's revision. */
  revisionDocumentId: number | null;
  body: RichText | null;
  items: PackItem[];
  /** draft-text only. */
  draft: PackDraftText | null;
  /** position-card only; null when no card is written yet. */
  card: PositionCard | null;
  /** state-positions only: other speakers' positions on the article, grouped by stance in the order of `positionStances`. */
  positionsByStance: { stance: PositionStance; positions: PackPosition[] }[] | null;
  /** For a draft-text section: the article reads otherwise in a newer revision of the family. */
  newerSource: NewerSource | null;
}

export interface PackSummary {
  id: number;
  title: string;
  session: PackSession;
  classification: string;
  /** The template it was started from, if any. */
  templateId: string | null;
  /** The pack it was duplicated from, if any. */
  duplicatedFromId: number | null;
  sectionCount: number;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Pack extends PackSummary {
  sections: PackSection[];
}

/** A pack's layout for a kind of session; articles are filled in from the agenda when the pack is made. */
export interface PackTemplate {
  id: string;
  /** Message key of its name ("pack.template.informal.name"). */
  nameKey: string;
  descriptionKey: string;
  /** Per article: these sections, in order; then these once for the pack. */
  perArticle: PackSectionKind[];
  perPack: PackSectionKind[];
}

/** An export in the background (PDF through Chromium's print can take seconds). */
export interface PackExportRun {
  id: string;
  packId: number;
  format: 'pdf' | 'docx' | 'md';
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  /** Steps done and in all (sections laid out, then the file written). */
  done: number;
  total: number;
  /** Why it failed, for the person. */
  message: string | null;
}

/** How an export cites its sources. */
export type PackCitationStyle = 'footnotes' | 'inline';
