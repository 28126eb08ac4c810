/**
 * Which section of a pack "Add to pack" proposes for an item: one on the item's article, of
 * the kind that gathers such items (a precedent among precedent language); else the section
 * the user added to last if it is of that kind; else one of that kind (for the whole pack first);
 * else the section added to last; else the first section.
 * The user can always choose another, or a new one.
 */
import type { PackItemKind, PackSection, PackSectionKind } from '../../../../../electron/common/packs';
import { articleOfLabel } from './packItemRequests';

type SectionLike = Pick<PackSection, 'id' | 'kind' | 'articleLabel'>;

/** The kind of section that gathers an item of this kind, and that a new section for it takes. */
export function sectionKindFor(kind: PackItemKind): PackSectionKind {
  switch (kind) {
    case 'precedent':
      return 'precedents';
    case 'annotation':
      return 'annotations';
    case 'position':
      return 'state-positions';
    case 'article':
    case 'comparison':
      return 'draft-text';
    case 'passage':
    case 'note':
      return 'notes';
  }
}

/** Article labels compared as the core stores them ("Art. 6"), whatever the case or the paragraph. */
function sameArticle(section: SectionLike, article: string | null): boolean {
  return article !== null && section.articleLabel !== null && articleOfLabel(section.articleLabel)?.toLowerCase() === article.toLowerCase();
}

/**
 * The section to preselect (its id), or undefined when the pack has none (the dialog then offers
 * a new one). `article` is the draft article the item is about, in any form ("Art. 6(2)"), or null.
 */
export function preselectedSection(sections: readonly SectionLike[], item: { kind: PackItemKind; article: string | null }, lastSectionId: number | undefined): number | undefined {
  const kind = sectionKindFor(item.kind);
  const article = articleOfLabel(item.article);
  const onArticle = sections.filter((section) => sameArticle(section, article));
  const last = sections.find((section) => section.id === lastSectionId);
  const found =
    onArticle.find((section) => section.kind === kind) ??
    onArticle[0] ??
    // The section added to last, when it gathers items of this kind (a search result should not
    // follow a position into "Notes").
    (last?.kind === kind ? last : undefined) ??
    sections.find((section) => section.kind === kind && section.articleLabel === null) ??
    sections.find((section) => section.kind === kind) ??
    last ??
    sections[0];
  return found?.id;
}

/** A new section for the item: of the kind that gathers it, on its article when it has one. */
export function newSectionFor(item: { kind: PackItemKind; article: string | null }): { kind: PackSectionKind; articleLabel: string } {
  return { kind: sectionKindFor(item.kind), articleLabel: articleOfLabel(item.article) ?? '' };
}
