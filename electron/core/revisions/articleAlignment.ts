/**
 * Which articles of an older revision became which of a newer one: kept (same label),
 * renumbered, split into several, merged from several, added or deleted. Articles are compared
 * by their words as multisets: Dice's coefficient (2·shared / all) says how alike two are.
 * Containment (shared / one side's) of word pairs (bigrams) says that one lies inside another,
 * which is what a split part or a merged source looks like; pairs, not single words, so that
 * a short new article is not found "inside" a long one merely because it uses common words. Dice, "Measures of the amount of ecologic
 * association between species", Ecology 26 (1945); containment as in Broder, "On the
 * resemblance and containment of documents" (1997).
 */
import { words } from '../annotations/reanchor';
import type { RevisionArticle } from './revisionArticles';

/** Dice two articles need to be paired when neither has a better partner. */
export const PAIR_SIMILARITY = 0.5;
/**
 * Dice that still pairs two articles with the same label (rewritten, not replaced). Drafts'
 * boilerplate ("Each State shall take the necessary measures to …") alone gives two unrelated
 * articles about 0.4; a rewritten one keeps more (0.8 in the tests' reworded article).
 */
export const SAME_LABEL_SIMILARITY = 0.45;
/** Share of a part's word pairs that must come from one article for it to be a split part or a merged source. */
export const PART_CONTAINMENT = 0.6;

export type AlignmentKind = 'pair' | 'split' | 'merged' | 'added' | 'deleted';

/** Older and newer article indices of one aligned group, each in reading order. */
export interface AlignedGroup {
  kind: AlignmentKind;
  older: number[];
  newer: number[];
  /** Dice of the group's words, older against newer (0..1; 0 for added and deleted). */
  similarity: number;
}

/**
 * The alignment of two revisions' articles, in the newer revision's order, each deleted
 * article placed after the group holding the article before it. Every article of either side
 * is in exactly one group.
 */
export function alignArticles(older: RevisionArticle[], newer: RevisionArticle[]): AlignedGroup[] {
  const vocabulary = new Map<string, number>();
  const bag = (article: RevisionArticle) =>
    Int32Array.from(words(article.text).tokens, (word) => {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      return id;
    }).toSorted();
  const olderBags = older.map(bag);
  const newerBags = newer.map(bag);
  const pairIds = new Map<string, number>();
  const pairs = (article: RevisionArticle) => {
    const tokens = words(article.text).tokens;
    return Int32Array.from(tokens.slice(1), (word, index) => {
      const pair = `${tokens[index]} ${word}`;
      let id = pairIds.get(pair);
      if (id === undefined) pairIds.set(pair, (id = pairIds.size));
      return id;
    }).toSorted();
  };
  const olderPairs = older.map(pairs);
  const newerPairs = newer.map(pairs);
  const shared = olderBags.map((a) => newerBags.map((b) => sharedCount(a, b)));
  const dice = (i: number, j: number) => {
    const total = olderBags[i].length + newerBags[j].length;
    return total === 0 ? 1 : (2 * shared[i][j]) / total;
  };

  const newerOf = new Map<number, number>();
  const olderOf = new Map<number, number>();
  const pair = (i: number, j: number) => {
    newerOf.set(i, j);
    olderOf.set(j, i);
  };
  // Mutual best partners: a deleted article is not paired with its neighbour merely because
  // both end with the same sentence. Ties go to the same label.
  const bestNewer = older.map((article, i) => best(newer.length, (j) => dice(i, j), (j) => newer[j].label === article.label));
  const bestOlder = newer.map((article, j) => best(older.length, (i) => dice(i, j), (i) => older[i].label === article.label));
  bestNewer.forEach((j, i) => {
    if (j !== undefined && bestOlder[j] === i && dice(i, j) >= PAIR_SIMILARITY) pair(i, j);
  });
  // An article rewritten under its own number is still that article.
  const newerByLabel = new Map(newer.map((article, j) => [article.label, j]));
  older.forEach((article, i) => {
    const j = newerByLabel.get(article.label);
    if (j === undefined || newerOf.has(i) || olderOf.has(j) || !article.label) return;
    const sameHeading = article.heading !== null && article.heading === newer[j].heading;
    if (sameHeading || dice(i, j) >= SAME_LABEL_SIMILARITY) pair(i, j);
  });

  // Split: newer articles left over whose words lie inside one older article.
  const partsOf = new Map<number, number[]>();
  newer.forEach((_, j) => {
    if (olderOf.has(j) || newerPairs[j].length === 0) return;
    const within = olderPairs.map((whole) => containment(newerPairs[j], whole));
    const i = best(older.length, (candidate) => within[candidate], () => false);
    if (i !== undefined && within[i] >= PART_CONTAINMENT) partsOf.set(i, [...(partsOf.get(i) ?? []), j]);
  });
  // Merged: older articles left over whose words lie inside one newer article.
  const sourcesOf = new Map<number, number[]>();
  older.forEach((_, i) => {
    if (newerOf.has(i) || partsOf.has(i) || olderPairs[i].length === 0) return;
    const within = newerPairs.map((whole) => containment(olderPairs[i], whole));
    const j = best(newer.length, (candidate) => within[candidate], () => false);
    if (j !== undefined && !partsOf.has(olderOf.get(j) ?? -1) && within[j] >= PART_CONTAINMENT) sourcesOf.set(j, [...(sourcesOf.get(j) ?? []), i]);
  });

  const groups: AlignedGroup[] = [];
  const placed = new Set<number>();
  const groupOfNewer = new Map<number, AlignedGroup>();
  const similarityOf = (olderIndices: number[], newerIndices: number[]) => {
    let common = 0;
    let total = 0;
    for (const i of olderIndices) total += olderBags[i].length;
    for (const j of newerIndices) total += newerBags[j].length;
    for (const i of olderIndices) for (const j of newerIndices) common += shared[i][j];
    return total === 0 ? 1 : Math.min(1, (2 * common) / total);
  };
  const add = (kind: AlignmentKind, olderIndices: number[], newerIndices: number[]) => {
    const group = { kind, older: olderIndices.toSorted((a, b) => a - b), newer: newerIndices.toSorted((a, b) => a - b), similarity: 0 };
    group.similarity = kind === 'added' || kind === 'deleted' ? 0 : similarityOf(group.older, group.newer);
    for (const j of group.newer) groupOfNewer.set(j, group);
    return group;
  };
  for (const [i, parts] of partsOf) {
    const j = newerOf.get(i);
    add('split', [i], j === undefined ? parts : [j, ...parts]);
    placed.add(i);
  }
  for (const [j, sources] of sourcesOf) {
    if (groupOfNewer.has(j)) continue;
    const i = olderOf.get(j);
    add(sources.length + (i === undefined ? 0 : 1) > 1 ? 'merged' : 'pair', i === undefined ? sources : [i, ...sources], [j]);
    for (const source of [...sources, ...(i === undefined ? [] : [i])]) placed.add(source);
  }
  newer.forEach((_, j) => {
    if (groupOfNewer.has(j)) return;
    const i = olderOf.get(j);
    if (i !== undefined) placed.add(i);
    add(i === undefined ? 'added' : 'pair', i === undefined ? [] : [i], [j]);
  });

  // Reading order: the newer revision's; a deleted article comes after the group of the one
  // before it, and before an article added in its place.
  const emitted = new Set<AlignedGroup>();
  const emittedOlder = new Set<number>();
  let nextOlder = 0;
  const emitDeleted = (index: number) => {
    groups.push(add('deleted', [index], []));
    placed.add(index);
    emittedOlder.add(index);
  };
  const flushDeletedBefore = (limit: number) => {
    for (; nextOlder < limit; nextOlder += 1) if (!placed.has(nextOlder)) emitDeleted(nextOlder);
  };
  const flushDeletedRun = () => {
    for (; nextOlder < older.length && (emittedOlder.has(nextOlder) || !placed.has(nextOlder)); nextOlder += 1) {
      if (!placed.has(nextOlder)) emitDeleted(nextOlder);
    }
  };
  newer.forEach((_, j) => {
    const group = groupOfNewer.get(j)!;
    if (emitted.has(group)) return;
    if (group.older.length > 0) flushDeletedBefore(group.older[0]);
    else flushDeletedRun();
    emitted.add(group);
    for (const i of group.older) emittedOlder.add(i);
    groups.push(group);
  });
  flushDeletedBefore(older.length);
  return groups;
}

/** The index with the highest score above 0, ties to the one `preferred` says; undefined when all score 0. */
function best(count: number, score: (index: number) => number, preferred: (index: number) => boolean): number | undefined {
  let found: number | undefined;
  let top = 0;
  for (let index = 0; index < count; index += 1) {
    const value = score(index);
    if (value > top || (value === top && value > 0 && found !== undefined && preferred(index) && !preferred(found))) {
      found = index;
      top = value;
    }
  }
  return found;
}

/** Share of `part`'s word pairs found in `whole` (0..1). */
function containment(part: Int32Array, whole: Int32Array): number {
  return part.length === 0 ? 0 : sharedCount(part, whole) / part.length;
}

/** Words two sorted multisets share, repeats counted, by merging them. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return shared;
}
