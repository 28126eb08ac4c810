import type { Database } from 'better-sqlite3';
import type { Annotation, AnnotationAnchor, AnnotationCarry, CarryResult } from '../../common/model';
import { quoteAt } from '../../common/textQuote';
import { carriedSourceIds, insertAnnotation, listAnnotations } from '../db/repos/annotationsRepo';
import { RevisionAnchors, squeeze, type Placement } from './anchorInRevision';
import { pageOfOffset, plainTextGeometry, rectsForRange, type TextGeometry } from './pdfTextGeometry';
import { QuoteFinder, wordDiff } from './reanchor';
import { readRevisionText } from './revisionText';

/** What a carry did (see CarryResult). */
export type CarrySummary = CarryResult;

/** The revision marks are carried from. */
export interface PreviousRevision {
  documentId: number;
  label: string;
  symbol: string | null;
  pageCount: number;
}

const countedAs = { unchanged: 'unchanged', changed: 'changed', moved: 'moved', 'not-found': 'notFound', 'by-page': 'byPage' } as const;

/**
 * The revision just before `documentId` in its draft family, if it has annotations. Only the
 * one just before: marks the user deleted on Rev.2 must not come back from Rev.1 into Rev.3.
 */
export function previousAnnotatedRevision(db: Database, documentId: number): PreviousRevision | undefined {
  const previous = previousRevision(db, documentId);
  const hasMarks = previous && db.prepare('SELECT 1 FROM annotations WHERE document_id = ? AND deleted_at IS NULL').get(previous.documentId);
  return hasMarks ? previous : undefined;
}

/** The revision just before `documentId` in its draft family, annotated or not. */
export function previousRevision(db: Database, documentId: number): PreviousRevision | undefined {
  return db
    .prepare<[number], PreviousRevision>(
      `SELECT earlier.document_id AS documentId, earlier.revision_label AS label, documents.symbol AS symbol,
              (SELECT count(*) FROM pages WHERE pages.document_id = earlier.document_id) AS pageCount
         FROM draft_revisions AS current
         JOIN draft_revisions AS earlier
           ON earlier.family_id = current.family_id AND earlier.ordinal < current.ordinal
         JOIN documents ON documents.id = earlier.document_id
        WHERE current.document_id = ?
        ORDER BY earlier.ordinal DESC
        LIMIT 1`,
    )
    .get(documentId);
}

/**
 * The new revision's text: a PDF's, with where each character is drawn (marks get rectangles),
 * or a Word/text/Markdown document's pages (marks get positions in a page's text).
 */
export type CarryTarget = { kind: 'pdf'; geometry: TextGeometry } | { kind: 'text'; pages: string[] };

/**
 * Places the previous revision's annotations on a new revision (both already in the library):
 * each quoted mark is found again by its quote and the article it sat in (anchorInRevision.ts),
 * marks without text keep their page and place; what cannot be found is still copied, without
 * a place, for the review list. Marks already carried here before (reviewed, or deleted by the
 * user) are not copied again, so this can be run again. One transaction, taking the write lock
 * at once (the reader may be saving a note meanwhile).
 */
export function carryOverAnnotations(db: Database, from: PreviousRevision, toDocumentId: number, target: CarryTarget): CarrySummary {
  const geometry = target.kind === 'pdf' ? target.geometry : plainTextGeometry(target.pages);
  const summary: CarrySummary = {
    fromDocumentId: from.documentId,
    fromRevision: from.label,
    fromSymbol: from.symbol,
    unchanged: 0,
    changed: 0,
    moved: 0,
    notFound: 0,
    byPage: 0,
    alreadyCarried: 0,
  };
  const context: PlacingContext = {
    from,
    geometry,
    targetKind: target.kind,
    anchors: new RevisionAnchors(readRevisionText(db, from.documentId), readRevisionText(db, toDocumentId)),
    // A PDF's stored text is cleaned (no running heads, words joined at line ends); rectangles come from the drawn text.
    geometryFinder: target.kind === 'pdf' ? new QuoteFinder(geometry.text) : undefined,
  };
  db.transaction(() => {
    const already = carriedSourceIds(db, toDocumentId);
    for (const annotation of listAnnotations(db, from.documentId)) {
      if (already.has(annotation.id)) {
        summary.alreadyCarried += 1;
        continue;
      }
      const placed = place(annotation, context);
      summary[countedAs[placed.carry.status]] += 1;
      insertAnnotation(db, {
        documentId: toDocumentId,
        kind: annotation.kind,
        colour: annotation.colour,
        note: annotation.note,
        tags: annotation.tags,
        author: annotation.author,
        replies: annotation.replies,
        anchor: placed.anchor,
        pageIndex: placed.pageIndex,
        carry: placed.carry,
      });
    }
  }).immediate();
  return summary;
}

interface PlacingContext {
  from: PreviousRevision;
  geometry: TextGeometry;
  targetKind: CarryTarget['kind'];
  anchors: RevisionAnchors;
  geometryFinder: QuoteFinder | undefined;
}

type Placed = { anchor: AnnotationAnchor; pageIndex: number; carry: AnnotationCarry };

function place(annotation: Annotation, context: PlacingContext): Placed {
  const { from, geometry, targetKind, anchors } = context;
  const origin = { fromAnnotationId: annotation.id, fromDocumentId: from.documentId, fromRevision: from.label, fromSymbol: from.symbol };
  const quote = annotation.anchor.quote;
  const pageCount = geometry.pageStarts.length;
  if (!quote?.exact.trim()) {
    // A note, comment or area has no text to look for: same page and place, if the page is
    // there and is a PDF page (a text document has no places, only text).
    const fits = targetKind === 'pdf' && annotation.anchor.rects.every((rect) => rect.pageIndex < pageCount);
    return fits
      ? { anchor: { rects: annotation.anchor.rects }, pageIndex: annotation.pageIndex, carry: { ...origin, status: 'by-page' } }
      : { anchor: { rects: [] }, pageIndex: annotation.pageIndex, carry: { ...origin, status: 'not-found' } };
  }
  const notFound = (pageIndex: number, fromPassage: string | null): Placed => ({
    anchor: { rects: [], quote },
    pageIndex: Math.min(pageIndex, Math.max(0, pageCount - 1)),
    carry: { ...origin, status: 'not-found', previousExact: quote.exact, fromPassage },
  });
  // A text document's marks keep their position in the page's text; a PDF's are found by their quote.
  const position = annotation.anchor.rects.length === 0 ? annotation.anchor.position : undefined;
  const placement = anchors.place(quote, anchors.locateInOlder(quote, annotation.pageIndex, position));
  if (placement.place === 'not-found') return notFound(annotation.pageIndex, placement.fromPassage);
  const span = spanInTarget(placement, context);
  if (!span) return notFound(annotation.pageIndex, placement.fromPassage);

  const pageIndex = pageOfOffset(geometry, span.start);
  // In a text document a mark is its position in its page's text (up to the page's end).
  const pageStart = geometry.pageStarts[pageIndex];
  const pageEnd = geometry.pageStarts[pageIndex + 1] ?? geometry.text.length;
  const rects = targetKind === 'pdf' ? rectsForRange(geometry, span.start, span.end) : [];
  if (targetKind === 'pdf' && rects.length === 0) return notFound(pageIndex, placement.fromPassage);
  const anchor: AnnotationAnchor = {
    rects,
    quote: quoteAt(geometry.text, span.start, span.end),
    position:
      targetKind === 'pdf'
        ? { start: span.start, end: span.end }
        : { start: span.start - pageStart, end: Math.min(span.end, pageEnd) - pageStart },
  };
  const exact = geometry.text.slice(span.start, span.end);
  const sameText = squeeze(exact) === squeeze(quote.exact);
  const where = { fromPassage: placement.fromPassage, toPassage: placement.toPassage };
  const changes = sameText ? {} : { previousExact: quote.exact, diff: wordDiff(quote.exact, exact) };
  if (placement.place === 'moved') return { anchor, pageIndex, carry: { ...origin, status: 'moved', ...where, ...changes, previousExact: quote.exact } };
  return { anchor, pageIndex, carry: sameText ? { ...origin, status: 'unchanged', ...where } : { ...origin, status: 'changed', ...where, ...changes } };
}

/**
 * The placement's span in the target's text. For a text document the stored text is the
 * target's; for a PDF, the span of the stored (cleaned) text is found again, with its context,
 * in the text as drawn, on or near the same page.
 */
function spanInTarget(placement: Extract<Placement, { start: number }>, context: PlacingContext): { start: number; end: number } | undefined {
  const { anchors, geometry, geometryFinder } = context;
  if (!geometryFinder) return { start: placement.start, end: placement.end };
  const stored = anchors.newer;
  const page = pageOfOffset({ text: stored.text, pageStarts: stored.pageStarts, spans: [] }, placement.start);
  const hint = (geometry.pageStarts[page] ?? 0) / Math.max(1, geometry.text.length);
  const found = geometryFinder.find(quoteAt(stored.text, placement.start, placement.end), hint);
  return found.status === 'not-found' ? undefined : { start: found.start, end: found.end };
}
