import type { DocumentSummary } from '../../../../electron/common/model';

export interface DraftFamily {
  familyId: number;
  title: string;
  baseSymbol: string | null;
  /** Newest revision first (Rev.2, Rev.1, Original), as a delegate looks for the current text. */
  revisions: DocumentSummary[];
}

/**
 * The drafts filed in families, each with its revisions newest first; families ordered by
 * their newest revision's import, most recent first.
 */
export function draftFamilies(documents: readonly DocumentSummary[]): DraftFamily[] {
  const families = new Map<number, DraftFamily>();
  for (const document of documents) {
    const revision = document.revision;
    if (!revision) continue;
    const family = families.get(revision.familyId) ?? {
      familyId: revision.familyId,
      title: revision.familyTitle,
      baseSymbol: revision.baseSymbol,
      revisions: [],
    };
    family.revisions.push(document);
    families.set(revision.familyId, family);
  }
  for (const family of families.values()) {
    family.revisions.sort((a, b) => b.revision!.ordinal - a.revision!.ordinal);
  }
  const newest = (family: DraftFamily) => family.revisions.reduce((latest, document) => (document.createdAt > latest ? document.createdAt : latest), '');
  return [...families.values()].toSorted((a, b) => newest(b).localeCompare(newest(a)));
}

/** The documents opened before, most recent first. */
export function recentlyOpened(documents: readonly DocumentSummary[], limit: number): DocumentSummary[] {
  return documents
    .filter((document) => document.openedAt !== null)
    .toSorted((a, b) => b.openedAt!.localeCompare(a.openedAt!))
    .slice(0, limit);
}
