/**
 * What the delegate types in the pack forms, read as the contract wants it: the articles a
 * template lays out ("2, 6" → ["2", "6"]) and the agenda (one item a line).
 */

/**
 * The articles typed for a template, in the order typed, each once: "2, 6", "2; 6", "2 and 6",
 * "art. 2, 6(2)" → ["2", "6"] / ["art. 2", "6(2)"]. The core normalises each label ("Art. 2");
 * a blank entry is dropped. Separators: comma, semicolon, line break, and the words "and",
 * "et", "y" (the three interface languages).
 */
export function parseArticles(typed: string): string[] {
  const parts = typed
    .split(/[,;\n]|\s(?:and|et|y)\s/iu)
    .map((part) => part.trim())
    .filter(Boolean);
  // "art. 2" and "2" are one article: kept once, as first typed.
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = part.toLowerCase().replace(/^(?:article|artículo|art)\.?\s*/u, '').replace(/\s+/gu, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The agenda typed one item a line: blank lines dropped, each line trimmed. */
export function parseAgenda(typed: string): string[] {
  return typed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The draft a pack is about by default: the latest revision of the family of `sameFamilyAs`
 * (a draft's id: a pack duplicated for the next session), else of the family imported last
 * (a family's Rev.2 over its Rev.1 whatever order they came in); undefined without drafts.
 */
export function newestDraft<T extends { id: number; revision: { familyId: number; ordinal: number } | null }>(drafts: readonly T[], sameFamilyAs?: number | null): T | undefined {
  const start = drafts.find((draft) => draft.id === sameFamilyAs) ?? drafts.toSorted((a, b) => b.id - a.id)[0];
  if (!start?.revision) return start;
  const family = start.revision.familyId;
  return drafts.filter((draft) => draft.revision?.familyId === family).toSorted((a, b) => b.revision!.ordinal - a.revision!.ordinal || b.id - a.id)[0];
}
