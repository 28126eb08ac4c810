import type { Database } from 'better-sqlite3';
import type { Annotation, AnnotationAnchor, AnnotationCarry } from '../../common/model';
import { quoteAt } from '../../common/textQuote';
import { insertAnnotation, listAnnotations } from '../db/repos/annotationsRepo';
import { pageOfOffset, plainTextGeometry, rectsForRange, type TextGeometry } from './pdfTextGeometry';
import { QuoteFinder } from './reanchor';

export interface CarrySummary {
  fromDocumentId: number;
  fromRevision: string;
  unchanged: number;
  changed: number;
  notFound: number;
  byPage: number;
}

const countedAs = { unchanged: 'unchanged', changed: 'changed', 'not-found': 'notFound', 'by-page': 'byPage' } as const;

/**
 * The revision just before `documentId` in its draft family, if it has annotations. Only the
 * one just before: marks the user deleted on Rev.2 must not come back from Rev.1 into Rev.3.
 */
export function previousAnnotatedRevision(db: Database, documentId: number): { documentId: number; label: string; pageCount: number } | undefined {
  const previous = db
    .prepare<[number], { documentId: number; label: string; pageCount: number }>(
      `SELECT earlier.document_id AS documentId, earlier.revision_label AS label,
              (SELECT count(*) FROM pages WHERE pages.document_id = earlier.document_id) AS pageCount
         FROM draft_revisions AS current
         JOIN draft_revisions AS earlier
           ON earlier.family_id = current.family_id AND earlier.revision_number < current.revision_number
        WHERE current.document_id = ?
        ORDER BY earlier.revision_number DESC
        LIMIT 1`,
    )
    .get(documentId);
  const hasMarks = previous && db.prepare('SELECT 1 FROM annotations WHERE document_id = ? AND deleted_at IS NULL').get(previous.documentId);
  return hasMarks ? previous : undefined;
}

/**
 * The new revision's text: a PDF's, with where each character is drawn (marks get rectangles),
 * or a Word/text/Markdown document's pages (marks get positions in a page's text).
 */
export type CarryTarget = { kind: 'pdf'; geometry: TextGeometry } | { kind: 'text'; pages: string[] };

/**
 * Places the previous revision's annotations on a new revision: each quoted mark is found
 * again by its text (approximately when the text changed), marks without text keep their page
 * and place; what cannot be found is still copied, without a place, for the review list. One
 * transaction, taking the write lock at once (the reader may be saving a note meanwhile).
 */
export function carryOverAnnotations(
  db: Database,
  from: { documentId: number; label: string; pageCount: number },
  toDocumentId: number,
  target: CarryTarget,
): CarrySummary {
  const geometry = target.kind === 'pdf' ? target.geometry : plainTextGeometry(target.pages);
  const summary: CarrySummary = { fromDocumentId: from.documentId, fromRevision: from.label, unchanged: 0, changed: 0, notFound: 0, byPage: 0 };
  const finder = new QuoteFinder(geometry.text);
  db.transaction(() => {
    for (const annotation of listAnnotations(db, from.documentId)) {
      const placed = place(annotation, from, geometry, finder, target.kind);
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

function place(
  annotation: Annotation,
  from: { documentId: number; label: string; pageCount: number },
  geometry: TextGeometry,
  finder: QuoteFinder,
  targetKind: CarryTarget['kind'],
): { anchor: AnnotationAnchor; pageIndex: number; carry: AnnotationCarry } {
  const origin = { fromAnnotationId: annotation.id, fromDocumentId: from.documentId, fromRevision: from.label };
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
  const hint = from.pageCount > 0 ? annotation.pageIndex / from.pageCount : undefined;
  const found = finder.find(quote, hint);
  if (found.status === 'not-found') {
    return {
      anchor: { rects: [], quote },
      pageIndex: Math.min(annotation.pageIndex, Math.max(0, pageCount - 1)),
      carry: { ...origin, status: 'not-found', previousExact: quote.exact },
    };
  }
  const pageIndex = pageOfOffset(geometry, found.start);
  // In a text document a mark is its position in its page's text (up to the page's end).
  const pageStart = geometry.pageStarts[pageIndex];
  const pageEnd = geometry.pageStarts[pageIndex + 1] ?? geometry.text.length;
  const rects = targetKind === 'pdf' ? rectsForRange(geometry, found.start, found.end) : [];
  const anchor: AnnotationAnchor = {
    rects,
    quote: quoteAt(geometry.text, found.start, found.end),
    position:
      targetKind === 'pdf'
        ? { start: found.start, end: found.end }
        : { start: found.start - pageStart, end: Math.min(found.end, pageEnd) - pageStart },
  };
  if (targetKind === 'pdf' && rects.length === 0) {
    return { anchor: { rects: [], quote }, pageIndex, carry: { ...origin, status: 'not-found', previousExact: quote.exact } };
  }
  return found.status === 'unchanged'
    ? { anchor, pageIndex, carry: { ...origin, status: 'unchanged' } }
    : { anchor, pageIndex, carry: { ...origin, status: 'changed', previousExact: quote.exact, diff: found.diff } };
}
