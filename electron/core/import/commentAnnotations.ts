// A Word file's comments become annotations on the stored text they cover.
import type { AnnotationAnchor, AnnotationReply } from '../../common/model';
import { quoteAt } from '../../common/textQuote';
import { QuoteFinder } from '../annotations/reanchor';
import type { ExtractedComment } from './extractors/extractedDocument';

/** An annotation to create from a comment, without its document. */
export interface CommentAnnotation {
  kind: 'comment';
  note: string;
  anchor: AnnotationAnchor;
  pageIndex: number;
  author: string | null;
  createdAt?: string;
  replies: AnnotationReply[];
}

/**
 * Places each comment on the stored pages, anchored as a mark made in the text reader is: a
 * W3C TextQuoteSelector (quote with 32 characters of context) and its position in its page's
 * text, no rectangles. The extractor's offsets are tried first; when the stored text differs
 * there (cleaning, pages cut differently) the quote is looked for as a revision's marks are
 * (annotations/reanchor.ts). A comment whose text cannot be found is counted in `notPlaced`.
 */
export function placeComments(pages: string[], comments: ExtractedComment[]): { annotations: CommentAnnotation[]; notPlaced: number } {
  const text = pages.join('\n');
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + 1;
  }
  let finder: QuoteFinder | undefined;
  const annotations: CommentAnnotation[] = [];
  let notPlaced = 0;
  for (const comment of comments) {
    let start = (pageStarts[comment.page] ?? 0) + comment.start;
    let end = start + (comment.end - comment.start);
    if (text.slice(start, end) !== comment.quote.exact) {
      finder ??= new QuoteFinder(text);
      const found = finder.find(comment.quote, text.length === 0 ? 0 : start / text.length);
      if (found.status === 'not-found') {
        notPlaced += 1;
        continue;
      }
      ({ start, end } = found);
    }
    const pageIndex = Math.max(0, pageStarts.findLastIndex((pageStart) => pageStart <= start));
    const pageStart = pageStarts[pageIndex];
    const pageEnd = pageStart + pages[pageIndex].length;
    annotations.push({
      kind: 'comment',
      note: comment.text,
      // As in the text reader, a mark is its position in its page's text, up to the page's end.
      anchor: { rects: [], quote: quoteAt(text, start, end), position: { start: start - pageStart, end: Math.min(end, pageEnd) - pageStart } },
      pageIndex,
      author: comment.author,
      ...(comment.createdAt ? { createdAt: comment.createdAt } : {}),
      replies: comment.replies,
    });
  }
  return { annotations, notPlaced };
}
