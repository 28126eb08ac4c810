/**
 * The pack and section the user added to last, so that the next "Add to pack" proposes them.
 * Kept in localStorage (the window's own); a browser that refuses storage just forgets.
 */
const storageKey = 'briefing.addToPack.last';

export interface LastUsed {
  packId?: number;
  sectionId?: number;
}

/** What was remembered; each part undefined when nothing (or nothing readable) was. */
export function readLastUsed(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): LastUsed {
  try {
    const value = JSON.parse(storage?.getItem(storageKey) ?? '{}') as LastUsed;
    return {
      packId: Number.isInteger(value.packId) ? value.packId : undefined,
      sectionId: Number.isInteger(value.sectionId) ? value.sectionId : undefined,
    };
  } catch {
    return {};
  }
}

/** Remembers the pack and section just added to (ids of the packs service). */
export function rememberLastUsed(value: LastUsed, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(value));
  } catch {
    // Storage full or refused: the next dialog proposes the first pack instead.
  }
}
