/**
 * Where a section or item goes when it is moved, in the terms of the contract: `before` is the
 * id it is placed in front of, null for the end (PacksService.moveSection and moveItem). And
 * the pack as it reads after a move, shown at once while the library saves it.
 */
import type { Pack } from '../../../../electron/common/packs';

/** A move as the contract takes it, and the one that undoes it. */
export interface OrderMove {
  before: number | null;
  /** The place it leaves: in front of its next sibling, or the end. */
  undoBefore: number | null;
}

/**
 * One step up (-1) or down (+1) among `ids`; undefined at the edge or for an id not there.
 * Down by one is in front of the one after the next (or the end).
 */
export function stepMove(ids: readonly number[], id: number, direction: -1 | 1): OrderMove | undefined {
  const index = ids.indexOf(id);
  if (index < 0) return undefined;
  const target = index + direction;
  if (target < 0 || target >= ids.length) return undefined;
  const before = direction === -1 ? ids[target] : (ids[index + 2] ?? null);
  return { before, undoBefore: ids[index + 1] ?? null };
}

/**
 * A drop between rows (React Aria's drop target: a row and 'before' or 'after' it) as a
 * contract move of `id`; undefined when it would land where it is.
 */
export function dropMove(ids: readonly number[], id: number, target: { key: number; dropPosition: 'before' | 'after' | 'on' }): OrderMove | undefined {
  const others = ids.filter((other) => other !== id);
  const at = others.indexOf(target.key);
  if (at < 0 || target.dropPosition === 'on') return undefined;
  const before = target.dropPosition === 'before' ? target.key : (others[at + 1] ?? null);
  const undoBefore = ids[ids.indexOf(id) + 1] ?? null;
  if (before === undoBefore) return undefined;
  return { before, undoBefore };
}

/** `ids` with `id` moved in front of `before` (null: to the end). */
export function reordered(ids: readonly number[], id: number, before: number | null): number[] {
  const others = ids.filter((other) => other !== id);
  const at = before === null ? -1 : others.indexOf(before);
  return at < 0 ? [...others, id] : [...others.slice(0, at), id, ...others.slice(at)];
}

/** The pack with a section moved, as the library will answer it. */
export function withSectionMoved(pack: Pack, id: number, before: number | null): Pack {
  const order = reordered(
    pack.sections.map((section) => section.id),
    id,
    before,
  );
  return { ...pack, sections: order.map((sectionId) => pack.sections.find((section) => section.id === sectionId)!) };
}

/** The pack with an item moved into `sectionId`, in front of `before` (null: at its end). */
export function withItemMoved(pack: Pack, id: number, sectionId: number, before: number | null): Pack {
  const item = pack.sections.flatMap((section) => section.items).find((candidate) => candidate.id === id);
  if (!item) return pack;
  const moved = { ...item, sectionId };
  return {
    ...pack,
    sections: pack.sections.map((section) => {
      const items = section.items.filter((candidate) => candidate.id !== id);
      if (section.id !== sectionId) return items.length === section.items.length ? section : { ...section, items };
      const order = reordered([...items.map((candidate) => candidate.id), id], id, before);
      return { ...section, items: order.map((itemId) => (itemId === id ? moved : items.find((candidate) => candidate.id === itemId)!)) };
    }),
  };
}
