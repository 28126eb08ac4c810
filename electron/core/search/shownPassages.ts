import type { Database } from 'better-sqlite3';
import { passagesByIds, type PassageDetail } from '../db/repos/searchRepo';
import { PassageWords } from './textProcessing';

/** A passage as results show it: its row, and its words as the marks need them. */
export interface ShownPassage {
  detail: PassageDetail;
  words: PassageWords;
}

/**
 * The passages results showed lately, kept with their words (the least recently shown
 * dropped first). A person typing a query sees the same passages at almost every keystroke,
 * and paging back and forth shows them again: reading and cutting them each time was most of
 * a search's work. Only the search engine's thread uses it; the engine empties it whenever
 * the library's change journal says something changed (SearchEngine.sync).
 */
export class ShownPassages {
  private readonly kept = new Map<number, ShownPassage>();

  /** @param capacity how many passages to keep (a few kilobytes each) */
  constructor(private readonly capacity = 400) {}

  /** The passages with these ids that the library holds, read from the database when not kept. */
  get(db: Database, ids: readonly number[]): Map<number, ShownPassage> {
    const found = new Map<number, ShownPassage>();
    const missing: number[] = [];
    for (const id of ids) {
      const shown = this.kept.get(id);
      if (!shown) {
        missing.push(id);
        continue;
      }
      // Map keeps insertion order: put it back at the end, the most recently shown.
      this.kept.delete(id);
      this.kept.set(id, shown);
      found.set(id, shown);
    }
    for (const detail of passagesByIds(db, missing)) {
      const shown = { detail, words: new PassageWords(detail.text) };
      found.set(detail.id, shown);
      this.kept.set(detail.id, shown);
    }
    for (const id of this.kept.keys()) {
      if (this.kept.size <= this.capacity) break;
      this.kept.delete(id);
    }
    return found;
  }

  /** Forgets every passage (the library changed). */
  clear(): void {
    this.kept.clear();
  }
}
