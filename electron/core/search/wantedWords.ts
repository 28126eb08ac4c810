/**
 * The index words a search looked for, asked about every word of the passages it shows (to
 * mark them in snippets and on the page). Built once per search and asked thousands of times,
 * so both questions cost a hash lookup or two.
 */
export class WantedWords {
  /** Proper beginnings of the looked-for words that no typed prefix covers; built on first need. */
  private heads: Set<string> | undefined;
  /**
   * The first UTF-16 units of the looked-for words and prefixes (below 256 as bits of
   * `latinFirst`, 8 × 32): most words of a passage begin otherwise and are turned away
   * without hashing them. Plain numbers, not a typed array: one is built per search.
   */
  private readonly latinFirst = [0, 0, 0, 0, 0, 0, 0, 0];
  private readonly otherFirst = new Set<number>();

  /**
   * @param words the index words looked for (folded): the query's words, their other forms,
   *   corrections, and the completions of `prefixes`
   * @param prefixes the words still being typed (folded): any word beginning with one matches
   */
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly prefixes: readonly string[],
  ) {
    for (const word of [...words, ...prefixes]) {
      const unit = word.charCodeAt(0);
      if (unit < 256) this.latinFirst[unit >>> 5] |= 1 << (unit & 31);
      else if (word !== '') this.otherFirst.add(unit);
    }
  }

  /** Whether a folded word of a passage is one looked for. */
  matchesToken(token: string): boolean {
    if (!this.mayBegin(token)) return false;
    return this.words.has(token) || this.prefixes.some((prefix) => token.startsWith(prefix));
  }

  /** Whether a looked-for word or prefix begins with the first unit of `token`. */
  private mayBegin(token: string): boolean {
    return this.mayBeginWith(token.charCodeAt(0));
  }

  /**
   * Whether a looked-for word or prefix begins with this UTF-16 unit: when not, no word
   * beginning with it matches, alone or joined with the next (PassageWords.firstUnit).
   */
  mayBeginWith(unit: number): boolean {
    return unit < 256 ? (this.latinFirst[unit >>> 5] & (1 << (unit & 31))) !== 0 : this.otherFirst.has(unit);
  }

  /**
   * Whether two neighbouring folded words, joined, are one looked for: "co" + "operation"
   * when the query asked for "cooperation" (the index holds hyphenated compounds closed too).
   * Same answer as matchesToken(first + second), without joining every pair of a passage:
   * `first` must begin a looked-for word.
   */
  matchesPair(first: string, second: string): boolean {
    if (!this.mayBegin(first)) return false;
    for (const prefix of this.prefixes) {
      if (first.length >= prefix.length ? first.startsWith(prefix) : prefix.startsWith(first) && second.startsWith(prefix.slice(first.length))) return true;
    }
    this.heads ??= this.headsOfWords();
    return this.heads.has(first) && this.words.has(first + second);
  }

  /** Completions of a prefix are matched by the prefix itself: only the other words need their beginnings. */
  private headsOfWords(): Set<string> {
    const heads = new Set<string>();
    for (const word of this.words) {
      if (this.prefixes.some((prefix) => word.startsWith(prefix))) continue;
      for (let end = 1; end < word.length; end += 1) heads.add(word.slice(0, end));
    }
    return heads;
  }
}
