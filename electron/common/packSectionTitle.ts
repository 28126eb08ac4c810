/**
 * A section's title as shown and exported: the one the delegate typed, else its kind on its
 * article in the reader's language ("Art. 6: draft text"). Template sections are stored
 * untitled, so a pack made in French reads in English for a colleague who reads English.
 */
import { formatMessage } from './i18n/messages';
import type { InterfaceLanguage } from './model';
import type { PackSectionKind } from './packs';

export function sectionTitle(section: { title: string; kind: PackSectionKind; articleLabel: string | null }, language: InterfaceLanguage): string {
  if (section.title.trim()) return section.title;
  const kind = formatMessage(language, `pack.sectionKind.${section.kind}`);
  // "Art. 2: draft text" within a line; alone, a title starts with a capital ("Notes").
  return section.articleLabel ? formatMessage(language, 'pack.sectionTitle.onArticle', { article: section.articleLabel, kind }) : kind.charAt(0).toLocaleUpperCase(language) + kind.slice(1);
}
