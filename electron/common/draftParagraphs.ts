import { parseCitation } from './citations';
import { AppError } from './errors';
import type { DocumentPassage, PassageLevel } from './model';

/** Passages that can stand as a paragraph of a draft; parts, chapters and sections only group them. */
const paragraphLevels: ReadonlySet<PassageLevel> = new Set(['preamble', 'article', 'paragraph', 'chunk']);

/**
 * The paragraphs of a draft that precedents are found for, in reading order: its preamble
 * paragraphs, the numbered paragraphs of its articles, and each article (or chunk) that has
 * none, whole. Sub-paragraphs stay in their paragraph's text, as a paragraph is negotiated
 * whole. With `article` ("2", "art. 7(1)", read by parseCitation), only the paragraphs of
 * that article or paragraph. Errors: invalid-argument for an article that is no citation,
 * not-found for one the draft lacks.
 */
export function draftParagraphs(passages: readonly DocumentPassage[], article?: string): DocumentPassage[] {
  const withParagraphs = new Set(passages.filter((passage) => passage.level === 'paragraph').map((passage) => passage.parentId));
  const paragraphs = passages.filter(
    (passage) => paragraphLevels.has(passage.level) && (passage.level === 'paragraph' || !withParagraphs.has(passage.id)),
  );
  if (article === undefined) return paragraphs;
  const citation = parseCitation(article);
  if (!citation) {
    throw new AppError('invalid-argument', `"${article}" is not an article: write its number, as in 2 or art. 7(1).`);
  }
  const wanted = citation.label.toLowerCase().replace(/\s+/gu, '');
  const within = paragraphs.filter((passage) => {
    const label = passage.label.toLowerCase().replace(/\s+/gu, '');
    return label === wanted || label.startsWith(`${wanted}(`);
  });
  if (within.length === 0) throw new AppError('not-found', `This draft has no article ${citation.display}: check its number in the Articles panel.`);
  return within;
}
