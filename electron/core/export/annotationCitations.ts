import type { Database } from 'better-sqlite3';
import type { Annotation, PassageLevel } from '../../common/model';

/** Where a mark sits in the document's structure, as the summary cites it. */
export interface MarkCitation {
  /** The innermost passage's own label: "Art. 7(1)(h)". */
  label: string;
  /** The article (or preamble, part…) the passage belongs to, which the summary groups by. */
  group: { id: number; ordinal: number; label: string; heading: string | null };
}

interface PassageRow {
  id: number;
  parentId: number | null;
  ordinal: number;
  level: PassageLevel;
  label: string;
  heading: string | null;
  startPage: number;
  startOffset: number;
  endPage: number;
  endOffset: number;
}

/** A text without whitespace, with the offset each of its characters came from. */
function squeezed(text: string): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (/\s/u.test(text[index])) continue;
    chars += text[index];
    offsets.push(index);
  }
  return { chars, offsets };
}

/**
 * Where the mark's quote is in its page's stored text (the import's reading, which differs from
 * the text layer's in spaces and line breaks only): with its prefix first, to tell a repeated
 * phrase apart, then alone. A mark in a text document keeps its position in the page's text.
 */
function offsetOnPage(annotation: Annotation, pageText: string): number | undefined {
  if (annotation.anchor.rects.length === 0 && annotation.anchor.position) return annotation.anchor.position.start;
  const quote = annotation.anchor.quote;
  const exact = quote ? squeezed(quote.exact).chars : '';
  if (!quote || exact === '') return undefined;
  const page = squeezed(pageText);
  const prefix = squeezed(quote.prefix).chars;
  const withPrefix = prefix === '' ? -1 : page.chars.indexOf(prefix + exact);
  const at = withPrefix >= 0 ? withPrefix + prefix.length : page.chars.indexOf(exact);
  return at >= 0 ? page.offsets[at] : undefined;
}

/** (page, offset) pairs in reading order. */
function before(page: number, offset: number, otherPage: number, otherOffset: number): boolean {
  return page < otherPage || (page === otherPage && offset < otherOffset);
}

/**
 * Each mark's citation from the import's passages table: the innermost passage holding the
 * start of its quote (found in the page's text), and that passage's article. A mark with no
 * quote to look for (a note, an area) or whose quote is not in the page's text gets none: the
 * summary cites it by page alone rather than guess.
 *
 * @returns annotation id → citation, for the marks that have one.
 */
export function citeAnnotations(db: Database, documentId: number, annotations: Annotation[]): Map<number, MarkCitation> {
  const citations = new Map<number, MarkCitation>();
  const passages = db
    .prepare<[number], PassageRow>(
      `SELECT id, parent_id AS parentId, ordinal, level, label, heading, start_page AS startPage, start_offset AS startOffset,
              end_page AS endPage, end_offset AS endOffset
         FROM passages WHERE document_id = ? ORDER BY ordinal`,
    )
    .all(documentId);
  if (passages.length === 0) return citations;
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const pageText = db.prepare<[number, number], string>('SELECT text FROM pages WHERE document_id = ? AND page_index = ?').pluck();
  const texts = new Map<number, string>();
  for (const annotation of annotations) {
    const page = annotation.pageIndex;
    if (!texts.has(page)) texts.set(page, pageText.get(documentId, page) ?? '');
    const offset = offsetOnPage(annotation, texts.get(page)!);
    if (offset === undefined) continue;
    // Children follow their parent in reading order: the last passage holding the offset is the innermost.
    const holding = passages.filter(
      (passage) =>
        !before(page, offset, passage.startPage, passage.startOffset) && before(page, offset, passage.endPage, passage.endOffset),
    );
    const innermost = holding.at(-1);
    if (!innermost) continue;
    let group = innermost;
    for (let parent = byId.get(group.parentId ?? -1); parent && group.level !== 'article'; parent = byId.get(parent.parentId ?? -1)) {
      group = parent;
      if (group.level === 'article') break;
    }
    citations.set(annotation.id, {
      label: innermost.label,
      group: { id: group.id, ordinal: group.ordinal, label: group.label, heading: group.heading },
    });
  }
  return citations;
}
