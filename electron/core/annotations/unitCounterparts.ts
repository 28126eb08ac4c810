/**
 * Which article of the new revision is an article of the old one, renumbered or reworded or
 * not. Articles are compared by their words (Dice coefficient over word multisets); two are
 * counterparts when each is the other's closest of the same level and they share at least
 * half of their words. "Mutual best" keeps a deleted article from being paired with the next
 * one merely because both end with the same sentence.
 */
import { words } from './reanchor';
import type { RevisionText } from './revisionText';

/** Share of words two versions of an article must have in common (Dice, 0..1). */
export const MIN_UNIT_SIMILARITY = 0.5;
/**
 * How far (in passages of its level) an article is looked for from where it would be if the
 * revision were the same length: drafts gain or lose a few articles, not dozens at one place;
 * a long unstructured document's thousand chunks are not all compared. Beyond it an article
 * has no counterpart, so its marks are flagged, never passed off as unchanged.
 */
const reach = 40;

export class UnitCounterparts {
  /** Each unit's words as sorted word numbers, repeats kept (a multiset that merges fast). */
  private readonly bags = new Map<string, Int32Array>();
  private readonly vocabulary = new Map<string, number>();
  private readonly best = new Map<string, number | undefined>();
  /** For each side and level, the indices of its passages of that level, in reading order. */
  private readonly byLevel = new Map<string, number[]>();

  constructor(
    private readonly older: RevisionText,
    private readonly newer: RevisionText,
  ) {}

  /** The index in `newer.passages` of the counterpart of `older.passages[unit]`, or undefined when it is gone. */
  counterpartOf(unit: number): number | undefined {
    const candidate = this.closest('older', unit);
    if (candidate === undefined) return undefined;
    return this.closest('newer', candidate) === unit ? candidate : undefined;
  }

  /** The closest unit of the other revision, of the same level, sharing at least MIN_UNIT_SIMILARITY of words. */
  private closest(side: 'older' | 'newer', unit: number): number | undefined {
    const key = `${side}:${unit}`;
    if (this.best.has(key)) return this.best.get(key);
    const [from, to] = side === 'older' ? [this.older, this.newer] : [this.newer, this.older];
    const otherSide = side === 'older' ? 'newer' : 'older';
    const passage = from.passages[unit];
    const bag = this.bag(side, unit);
    const mine = this.ofLevel(side, from, passage.level);
    const theirs = this.ofLevel(otherSide, to, passage.level);
    const expected = Math.round((mine.indexOf(unit) * theirs.length) / Math.max(1, mine.length));
    let best: { index: number; similarity: number; sameLabel: boolean } | undefined;
    for (const index of theirs.slice(Math.max(0, expected - reach), expected + reach + 1)) {
      const other = to.passages[index];
      const similarity = dice(bag, this.bag(otherSide, index));
      const sameLabel = other.label === passage.label;
      if (similarity < MIN_UNIT_SIMILARITY) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && sameLabel && !best.sameLabel)) {
        best = { index, similarity, sameLabel };
      }
    }
    this.best.set(key, best?.index);
    return best?.index;
  }

  private ofLevel(side: 'older' | 'newer', revision: RevisionText, level: string): number[] {
    const key = `${side}:${level}`;
    let list = this.byLevel.get(key);
    if (!list) {
      list = revision.passages.flatMap((passage, index) => (passage.level === level ? [index] : []));
      this.byLevel.set(key, list);
    }
    return list;
  }

  private bag(side: 'older' | 'newer', unit: number): Int32Array {
    const key = `${side}:${unit}`;
    let bag = this.bags.get(key);
    if (!bag) {
      const revision = side === 'older' ? this.older : this.newer;
      const passage = revision.passages[unit];
      const tokens = words(revision.text.slice(passage.start, passage.end)).tokens;
      bag = Int32Array.from(tokens, (word) => {
        let id = this.vocabulary.get(word);
        if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
        return id;
      }).toSorted();
      this.bags.set(key, bag);
    }
    return bag;
  }
}

/** 2 × shared words / all words, counting repeats (0..1), by merging two sorted multisets. */
function dice(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  // Even if every word of the shorter were shared, the two could not be similar enough.
  if (total === 0 || (2 * Math.min(a.length, b.length)) / total < MIN_UNIT_SIMILARITY) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / total;
}
