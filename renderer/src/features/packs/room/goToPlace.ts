import { parseCitation, type Citation } from '../../../../../electron/common/citations';
import type { PackSection } from '../../../../../electron/common/packs';
import { articleBlocks } from './articleBlocks';
import { paragraphAnchor, type RoomPlace } from './roomPlaces';

export type GoToResult =
  /** `exact` false: the article is there but not the paragraph named; the place is the nearest one that holds it. */
  | { found: true; place: RoomPlace; label: string; exact: boolean }
  | { found: false; reason: 'unreadable' }
  /** `nearest`: up to three articles the pack has, the closest by number first ("Art. 5", "Art. 7"). */
  | { found: false; reason: 'missing'; citation: Citation; nearest: string[] };

/** Labels compared as the import compares them: no case, no spaces ("Art. 8 bis" is "art.8bis"). */
const labelKey = (label: string) => label.toLowerCase().replace(/\s+/gu, '');
const articleNumber = (label: string) => Number.parseInt(parseCitation(label)?.article ?? '', 10);

/**
 * Where a typed citation ("7(1)(k)", "art. 6", "DA 6", read by parseCitation) leads in a
 * resolved pack: the first section on that article, its draft text where the pack has one;
 * inside the draft, the paragraph named, else the deepest one of its path the text holds
 * ("6(2)(k)" with no (k): paragraph 2), else the section's top. `missing` when no section is on
 * that article, with the nearest articles the pack has.
 */
export function goToPlace(sections: readonly PackSection[], input: string): GoToResult {
  const citation = parseCitation(input);
  if (!citation) return { found: false, reason: 'unreadable' };
  const wanted = labelKey(`Art. ${citation.article}`);
  const onArticle = sections.filter((section) => section.articleLabel !== null && labelKey(section.articleLabel) === wanted);
  if (onArticle.length === 0) return { found: false, reason: 'missing', citation, nearest: nearestArticles(sections, citation) };
  const section = onArticle.find((candidate) => candidate.draft !== null && !candidate.draft.missing) ?? onArticle[0];
  const articleLabel = section.articleLabel!;
  if (citation.path.length === 0 || !section.draft) return { found: true, place: { sectionId: section.id, anchor: null }, label: articleLabel, exact: citation.path.length === 0 };
  const paths = articleBlocks(section.draft.text, section.draft.redline, section.draft.heading).map((block) => block.path.join('/'));
  for (let depth = citation.path.length; depth > 0; depth -= 1) {
    const path = citation.path.slice(0, depth);
    if (paths.includes(path.join('/'))) {
      const label = `${articleLabel}${path.map((part) => `(${part})`).join('')}`;
      return { found: true, place: { sectionId: section.id, anchor: paragraphAnchor(path) }, label, exact: depth === citation.path.length };
    }
  }
  return { found: true, place: { sectionId: section.id, anchor: null }, label: articleLabel, exact: false };
}

function nearestArticles(sections: readonly PackSection[], citation: Citation): string[] {
  const wanted = Number.parseInt(citation.article, 10);
  const labels = [...new Set(sections.flatMap((section) => (section.articleLabel ? [section.articleLabel] : [])))];
  return labels
    .map((label, order) => {
      const number = articleNumber(label);
      // A label with no number ("Preamble") comes last.
      return { label, order, distance: Number.isNaN(number) ? Infinity : Math.abs(number - wanted) };
    })
    .toSorted((left, right) => left.distance - right.distance || left.order - right.order)
    .slice(0, 3)
    .map((entry) => entry.label);
}
