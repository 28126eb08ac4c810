/**
 * What each place of the app hands to "Add to pack": the item as the packs service takes it
 * (PackItemInput: its kind and a link back to its source; the core fills in the citation and
 * words it can find itself) and the draft article it is about, which chooses the section.
 */
import { parseCitation } from '../../../../../electron/common/citations';
import type { AnnotationSearchHit, ArticleComparison, DocumentKind, Position, Precedent, RevisionComparison, SearchHit } from '../../../../../electron/common/model';
import type { PackItemInput } from '../../../../../electron/common/packs';

export interface AddToPackRequest {
  item: PackItemInput;
  /**
   * The draft article the item is about ("Art. 6(2)"), to preselect a section on that article:
   * undefined to take the label the service finds for the source (a mark on a draft), null when
   * the item is about no article of a draft (a passage of an instrument).
   */
  article?: string | null;
}

/** "Art. 6" for "Art. 6(2)(a)" or "art. 6 bis"; null when the label names no article ("Preamble, para. 3"). */
export function articleOfLabel(label: string | null | undefined): string | null {
  const citation = label ? parseCitation(label) : undefined;
  return citation ? `Art. ${citation.article}` : null;
}

/**
 * A passage found by search; about its article when it is a draft's. A passage of an
 * instrument is precedent language, and goes to a precedents section by default.
 */
export function searchHitRequest(group: { documentId: number; kind: DocumentKind }, hit: SearchHit): AddToPackRequest {
  return {
    item: { kind: group.kind === 'instrument' ? 'precedent' : 'passage', source: { documentId: group.documentId, passageId: hit.passageId, pageIndex: hit.pageIndex } },
    article: group.kind === 'draft' ? hit.label : null,
  };
}

/** One of the user's marks found by search. */
export function annotationHitRequest(hit: AnnotationSearchHit): AddToPackRequest {
  return annotationRequest(hit.annotationId);
}

/** A mark (a card of the Comments pane); the service finds its article. */
export function annotationRequest(annotationId: number, isDraft = true): AddToPackRequest {
  return { item: { kind: 'annotation', source: { annotationId } }, article: isDraft ? undefined : null };
}

/**
 * Words selected in the reader: the selection is the quote, from its page. With the paragraph
 * (or article) holding it, the service cites that passage; without, `fallbackCitation` (the
 * document and page) is the citation, since there is no passage to cite.
 */
export function selectionRequest(args: {
  documentId: number;
  quote: string;
  pageIndex: number;
  passage?: { id: number; label: string };
  fallbackCitation: string;
  isDraft: boolean;
}): AddToPackRequest {
  const { documentId, quote, pageIndex, passage, fallbackCitation, isDraft } = args;
  const item: PackItemInput = passage
    ? { kind: 'passage', source: { documentId, pageIndex, passageId: passage.id, label: passage.label }, quote }
    : { kind: 'passage', source: { documentId, pageIndex }, quote, citation: fallbackCitation };
  return { item, article: isDraft ? (passage?.label ?? null) : null };
}

/** A whole article, from the Articles rail. */
export function articleRequest(documentId: number, label: string, isDraft: boolean): AddToPackRequest {
  return { item: { kind: 'article', source: { documentId, label } }, article: isDraft ? label : null };
}

/** A recorded position: about the article it was taken on. */
export function positionRequest(position: Pick<Position, 'id' | 'targetLabel'>): AddToPackRequest {
  return { item: { kind: 'position', source: { positionId: position.id } }, article: position.targetLabel || null };
}

/**
 * A precedent found for a draft's paragraph: the instrument's passage with its own words and
 * citation; about the draft's paragraph (`draftLabel`), not the instrument's article.
 */
export function precedentRequest(precedent: Precedent, draftLabel: string | null): AddToPackRequest {
  return {
    item: {
      kind: 'precedent',
      source: { documentId: precedent.documentId, passageId: precedent.passageId, pageIndex: precedent.pageIndex, label: precedent.label },
      quote: precedent.text,
      citation: precedent.citation,
    },
    article: draftLabel,
  };
}

/** An article of a compare view: the newer revision's, with the older one to redline against. Undefined for a deleted article (nothing to cite in the newer). */
export function comparisonRequest(comparison: Pick<RevisionComparison, 'older' | 'newer'>, article: Pick<ArticleComparison, 'newerLabels'>): AddToPackRequest | undefined {
  const label = article.newerLabels[0];
  if (!label) return undefined;
  return {
    item: { kind: 'comparison', source: { documentId: comparison.newer.documentId, olderDocumentId: comparison.older.documentId, label } },
    article: label,
  };
}

/** "Draft articles … (A/CN.4/L.935), p. 3": a selection's citation when no passage holds it. */
export function pageCitation(document: { title: string; symbol: string | null }, pageIndex: number): string {
  const name = document.symbol && !document.title.includes(document.symbol) ? `${document.title} (${document.symbol})` : document.title;
  return `${name}, p. ${pageIndex + 1}`;
}
