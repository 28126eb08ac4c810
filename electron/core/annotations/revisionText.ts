/**
 * A stored document's text as carry-over reads it: its pages (the import's cleaned text,
 * table `pages`) joined into one string, and its citable passages (table `passages`: "Art. 4",
 * "Art. 4(a)") as [start, end) offsets into that string. A mark's place in a revision is the
 * passage it sits in; see anchorInRevision.ts.
 */
import type { Database } from 'better-sqlite3';
import type { PassageLevel } from '../../common/model';
import { plainTextGeometry } from './pdfTextGeometry';

export interface RevisionPassage {
  label: string;
  /** "Obligation of prevention", when the passage has a heading. */
  heading: string | null;
  level: PassageLevel;
  /** [start, end) in RevisionText.text. */
  start: number;
  end: number;
  /** Index in RevisionText.passages of the enclosing passage, or null. */
  parent: number | null;
}

export interface RevisionText {
  /** The pages joined as the PDF geometry joins them (plainTextGeometry), so page starts mean the same. */
  text: string;
  /** Where each page starts in `text` (length = page count). */
  pageStarts: number[];
  /** In reading order; a parent comes before its children. */
  passages: RevisionPassage[];
}

/** Levels that stand on their own when revisions are compared: a renumbered article is still the same article. */
const unitLevels: ReadonlySet<PassageLevel> = new Set(['article', 'preamble']);

/** Reads a document's text and passages from the library (empty when it has none). */
export function readRevisionText(db: Database, documentId: number): RevisionText {
  const pages = db
    .prepare<[number], { text: string }>('SELECT text FROM pages WHERE document_id = ? ORDER BY page_index')
    .all(documentId)
    .map((page) => page.text);
  const rows = db
    .prepare<[number], { id: number; parentId: number | null; level: PassageLevel; label: string; heading: string | null; startPage: number; startOffset: number; endPage: number; endOffset: number }>(
      `SELECT id, parent_id AS parentId, level, label, heading, start_page AS startPage, start_offset AS startOffset,
              end_page AS endPage, end_offset AS endOffset
         FROM passages WHERE document_id = ? ORDER BY ordinal`,
    )
    .all(documentId);
  return revisionTextOf(
    pages,
    rows.map((row) => ({
      label: row.label,
      heading: row.heading,
      level: row.level,
      start: { page: row.startPage, offset: row.startOffset },
      end: { page: row.endPage, offset: row.endOffset },
      parentId: row.parentId,
      id: row.id,
    })),
  );
}

/** Builds a RevisionText from page texts and passages given by page and offset (ids only link parents). */
export function revisionTextOf(
  pages: string[],
  passages: { id: number; parentId: number | null; label: string; heading: string | null; level: PassageLevel; start: { page: number; offset: number }; end: { page: number; offset: number } }[],
): RevisionText {
  const { text, pageStarts } = plainTextGeometry(pages);
  const at = (point: { page: number; offset: number }) => (pageStarts[point.page] ?? text.length) + point.offset;
  const indexOfId = new Map(passages.map((passage, index) => [passage.id, index]));
  return {
    text,
    pageStarts,
    passages: passages.map((passage) => ({
      label: passage.label,
      heading: passage.heading,
      level: passage.level,
      start: at(passage.start),
      end: at(passage.end),
      parent: passage.parentId === null ? null : (indexOfId.get(passage.parentId) ?? null),
    })),
  };
}

/** The innermost passage holding `offset`, as an index into `passages`, or undefined. */
export function passageAt(revision: RevisionText, offset: number): number | undefined {
  let found: number | undefined;
  revision.passages.forEach((passage, index) => {
    // Passages nest and come parent first: the last one holding the offset is the innermost.
    if (passage.start <= offset && offset < passage.end) found = index;
  });
  return found;
}

/**
 * A passage as the reader names it: its label, and its article's heading when it has one
 * ("Art. 5(2) (Victims)"), so that a renumbered article is recognisable.
 */
export function describePassage(revision: RevisionText, passage: number | undefined): string | null {
  if (passage === undefined) return null;
  const unit = unitOf(revision, passage);
  const heading = unit === undefined ? null : revision.passages[unit].heading;
  const label = revision.passages[passage].label;
  return heading ? `${label} (${heading})` : label;
}

/**
 * The unit a passage belongs to, compared between revisions: its nearest article (or preamble
 * paragraph), else its outermost passage.
 */
export function unitOf(revision: RevisionText, passage: number | undefined): number | undefined {
  let outermost = passage;
  for (let at = passage; at !== undefined && at !== null; at = revision.passages[at].parent ?? undefined) {
    if (unitLevels.has(revision.passages[at].level)) return at;
    outermost = at;
  }
  return outermost;
}
