import type { DocumentSummary } from '../../../../electron/common/model';

/**
 * The two revisions the Revisions screen opens on when none was asked for: the newest revision
 * that has an earlier one in its family, and the one just before it; else the two newest
 * drafts. Undefined with fewer than two drafts.
 */
export function defaultRevisions(drafts: DocumentSummary[]): { olderDocumentId: number; newerDocumentId: number } | undefined {
  const filed = drafts.filter((draft) => draft.revision).toSorted((a, b) => b.id - a.id);
  for (const newer of filed) {
    const earlier = drafts
      .filter((draft) => draft.revision?.familyId === newer.revision!.familyId && draft.revision.ordinal < newer.revision!.ordinal)
      .toSorted((a, b) => b.revision!.ordinal - a.revision!.ordinal)[0];
    if (earlier) return { olderDocumentId: earlier.id, newerDocumentId: newer.id };
  }
  const [newest, before] = drafts.toSorted((a, b) => b.id - a.id);
  return newest && before ? { olderDocumentId: before.id, newerDocumentId: newest.id } : undefined;
}

/** A draft as the pickers list it: "A/AC.999/L.1/Rev.1 (Rev.1)", its title when it has no symbol. */
export function draftChoiceLabel(draft: DocumentSummary): string {
  const name = draft.symbol ?? draft.title;
  return draft.revision && draft.symbol ? `${name} (${draft.revision.revisionLabel})` : name;
}
