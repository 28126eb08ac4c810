/**
 * The articles of a revision as compare reads them: each unit (article or preamble paragraph,
 * see unitOf in revisionText.ts) with its label, heading, text and page. A revision without
 * articles is one unit, its whole text, so two unstructured texts still compare.
 */
import type { RevisionText } from '../annotations/revisionText';

export interface RevisionArticle {
  /** "Art. 4"; empty for the whole text of a revision without articles. */
  label: string;
  heading: string | null;
  text: string;
  /** Zero-based page where the article starts. */
  pageIndex: number;
}

const unitLevels = new Set(['article', 'preamble']);

/** The revision's articles in reading order (nested ones, an article inside a part, included once). */
export function revisionArticles(revision: RevisionText): RevisionArticle[] {
  const units = revision.passages.filter((passage) => unitLevels.has(passage.level) && !insideUnit(revision, passage.parent));
  if (units.length === 0) {
    const text = revision.text.trim();
    return text ? [{ label: '', heading: null, text, pageIndex: 0 }] : [];
  }
  return units.map((unit) => ({
    label: unit.label,
    heading: unit.heading,
    text: revision.text.slice(unit.start, unit.end).trim(),
    pageIndex: pageOf(revision.pageStarts, unit.start),
  }));
}

function insideUnit(revision: RevisionText, parent: number | null): boolean {
  for (let at = parent; at !== null; at = revision.passages[at].parent) {
    if (unitLevels.has(revision.passages[at].level)) return true;
  }
  return false;
}

/** The page holding `offset`: the last page start at or before it. */
function pageOf(pageStarts: number[], offset: number): number {
  let page = 0;
  while (page + 1 < pageStarts.length && pageStarts[page + 1] <= offset) page += 1;
  return page;
}
