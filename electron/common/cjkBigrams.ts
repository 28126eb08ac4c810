/**
 * Chinese and Japanese text as overlapping character pairs (bigrams), for the index, the
 * query and the highlights alike. Pure: used by the engine and by the reader.
 *
 * Why pairs and not dictionary words: a fragment copied from the middle of a sentence cuts
 * words in half, so a word segmenter cuts it differently from the indexed text and it misses.
 * Pairs of neighbouring characters are the same wherever the cut falls: "人人生而自由" is
 * 人人 | 人生 | 生而 | 而自 | 自由, and the fragment "生而自" is 生而 | 而自, which stand one
 * after the other in the text. A lone CJK character between non-CJK text (第 in "第3条") is
 * a pair of its own, a unigram. This is what Lucene's CJKAnalyzer (CJKBigramFilter, without
 * outputUnigrams) and Zotero's newer full-text index (zotero/zotero
 * chrome/content/zotero/xpcom/fulltext.js, table fulltextContentCJK: "overlapping 2-grams of
 * CJK runs") do.
 *
 * Because a query's lone character may stand anywhere in the text's pairs, a phrase part of
 * one CJK character matches a text pair holding it on the side where the query's run ended
 * (see cjkPartMatches).
 */

/** Han, Hiragana, Katakana and the kana length and sound marks that belong to them. */
export const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\uFF70\u309B\u309C\uFF9E\uFF9F]/u;
/** A mark that belongs to the character before it (か + U+3099 is が; ｶ + ﾞ is ガ). */
const ATTACHED = /[\p{M}\uFF9E\uFF9F]/u;
/**
 * A line break between two CJK characters is where a line of Chinese or Japanese wrapped,
 * not a break between words (neither language puts spaces between words): the run goes on.
 */
export const WRAP = /^(?:\r\n|\n|\r)$/u;

/**
 * Cuts text[runStart, runEnd), a run of CJK characters, into overlapping pairs and calls
 * emit(start, end, split) for each, in order: UTF-16 offsets into text, end exclusive, and
 * `split` where the pair's second character begins. A character is a code point with the
 * marks that follow it; line breaks inside the run (see WRAP) are skipped, so a pair may
 * hold one. A run of one character gives one unigram (split === end).
 */
export function cjkBigrams(
  text: string,
  runStart: number,
  runEnd: number,
  emit: (start: number, end: number, split: number) => void,
): void {
  // Where each character of the run begins, and the run's end after them.
  const starts: number[] = [];
  let index = runStart;
  while (index < runEnd) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x0a || codePoint === 0x0d) {
      index += 1;
      continue;
    }
    // Unified ideographs and kana letters (nearly every character) carry no mark: skip the test.
    const plain = (codePoint >= 0x4e00 && codePoint <= 0x9fff) || (codePoint >= 0x3041 && codePoint <= 0x3096) || (codePoint >= 0x30a1 && codePoint <= 0x30fa);
    if (starts.length === 0 || plain || !ATTACHED.test(text.slice(index, index + width))) starts.push(index);
    index += width;
  }
  if (starts.length === 0) return;
  if (starts.length === 1) {
    emit(runStart, runEnd, runEnd);
    return;
  }
  starts.push(runEnd);
  for (let at = 0; at + 2 < starts.length; at += 1) emit(starts[at], starts[at + 2], starts[at + 1]);
}

/** True for one CJK character (a folded query word such as 条 or か). */
export function isLoneCjkCharacter(token: string): boolean {
  return token !== '' && Array.from(token).length === 1 && CJK_CHARACTER.test(token);
}

/** True for a folded pair of CJK characters as cjkBigrams cuts them. */
export function isCjkBigram(token: string): boolean {
  const characters = Array.from(token);
  return characters.length === 2 && CJK_CHARACTER.test(characters[0]) && CJK_CHARACTER.test(characters[1]);
}

/** Which characters of a text pair a query's lone character stands for. */
export type PairSide = 'first' | 'second' | 'both' | 'whole';

/**
 * Whether the text's word `token` stands for the query's phrase part `part` at `position`
 * of a phrase of `length` parts (a one-word term is position 0 of 1), and on which side.
 * Equal words match whole. A part of one CJK character was a run of its own in the query,
 * cut by what stands before or after it: so in the text it must end the pair when a part
 * follows it (第 of "第3条" in the pair 据第) and begin it when a part comes before it (条 in
 * 条约); alone, it may be either character. Undefined when the word does not match.
 */
export function cjkPartMatches(part: string, token: string, position: number, length: number): PairSide | undefined {
  if (token === part) return 'whole';
  // Cheap refusals first: this runs for every word of every passage a phrase is checked on.
  if (part.length > 2 || token.length > 4 || !token.includes(part)) return undefined;
  if (!isLoneCjkCharacter(part) || !isCjkBigram(token)) return undefined;
  const [first, second] = Array.from(token);
  const asFirst = first === part && position === length - 1;
  const asSecond = second === part && position === 0;
  if (asFirst && asSecond) return 'both';
  if (asFirst) return 'first';
  if (asSecond) return 'second';
  return undefined;
}

/**
 * The offsets a match marks within a word found at [start, end) whose second character
 * begins at `split`: the whole word, or only the character the query's lone character stands
 * for (both characters of 条条 are marked separately, which is the same span).
 */
export function markedSpan(side: PairSide, start: number, end: number, split: number): [number, number] {
  if (side === 'first') return [start, split];
  if (side === 'second') return [split, end];
  return [start, end];
}

/**
 * Spans sorted by start, overlapping or touching ones joined: the pairs 人人 | 人生 | 生而 of a
 * matched phrase are marked as one stretch 人人生而, not three overlapping ones.
 */
export function joinSpans(spans: [number, number][]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [start, end] of spans.toSorted((left, right) => left[0] - right[0] || left[1] - right[1])) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/**
 * Whether the phrase's part at `position` may be a piece of a longer word of the text: in a
 * phrase typed as one run with Chinese or Japanese in it, a number or a Latin word at either
 * end may be cut like the characters are ("015年底" copied from "2015年底", "第20" typed on the
 * way to "第2015"). So the first such part may end a word of the text, the last may begin one.
 */
export function isOpenEnd(phrase: readonly string[], position: number): boolean {
  if (phrase.length < 2 || (position !== 0 && position !== phrase.length - 1)) return false;
  return !CJK_CHARACTER.test(phrase[position]) && holdsCjk(phrase);
}

/** Whether a phrase has a CJK word, remembered per phrase: phrase checks ask at every word. */
const phrasesHoldingCjk = new WeakMap<readonly string[], boolean>();

export function holdsCjk(phrase: readonly string[]): boolean {
  let holds = phrasesHoldingCjk.get(phrase);
  if (holds === undefined) {
    holds = phrase.some((part) => CJK_CHARACTER.test(part));
    phrasesHoldingCjk.set(phrase, holds);
  }
  return holds;
}

/**
 * Whether the phrase stands in the text from word `start` on (`wordAt` gives the text's
 * folded words; undefined past the end), and how each of its words is marked: equal words,
 * lone CJK characters inside pairs (cjkPartMatches), open ends inside words (isOpenEnd).
 * Undefined when it does not stand there.
 */
export function phraseSidesAt(phrase: readonly string[], wordAt: (index: number) => string | undefined, start: number): PairSide[] | undefined {
  // Without CJK only equal words match: the plain loop, ten times faster (phrase checks run
  // it at every word of up to a thousand passages).
  if (!holdsCjk(phrase)) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (wordAt(start + offset) !== phrase[offset]) return undefined;
    return phrase.map(() => 'whole');
  }
  const sides: PairSide[] = [];
  for (let offset = 0; offset < phrase.length; offset += 1) {
    const word = wordAt(start + offset);
    if (word === undefined) return undefined;
    const part = phrase[offset];
    let side = cjkPartMatches(part, word, offset, phrase.length);
    if (side === undefined && isOpenEnd(phrase, offset) && (offset === 0 ? word.endsWith(part) : word.startsWith(part))) side = 'whole';
    if (side === undefined) return undefined;
    sides.push(side);
  }
  return sides;
}

/**
 * Cuts one word of a page (letters, digits and marks with no space, as the reader's text
 * layer finds them; CJK runs may go on over a line break) the way the index cuts it: where
 * CJK and other characters meet ("第3条" is 第 | 3 | 条), and each CJK run into pairs
 * (cjkBigrams). Calls emit(start, end, split) with offsets into `word`; `split` only for CJK
 * pieces.
 */
export function cutLikeIndex(word: string, emit: (start: number, end: number, split?: number) => void): void {
  let runStart = 0;
  let runIsCjk: boolean | undefined;
  const flush = (end: number) => {
    if (runIsCjk) cjkBigrams(word, runStart, end, emit);
    else if (runIsCjk === false) emit(runStart, end);
  };
  let index = 0;
  for (const character of word) {
    const isCjk = CJK_CHARACTER.test(character) || (runIsCjk === true && (ATTACHED.test(character) || WRAP.test(character)));
    if (isCjk !== runIsCjk) {
      flush(index);
      runStart = index;
      runIsCjk = isCjk;
    }
    index += character.length;
  }
  flush(index);
}

/** Whether the phrase stands anywhere in the text's folded words (phraseSidesAt). */
export function phraseStandsIn(phrase: readonly string[], words: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  const wordAt = (index: number) => words[index];
  const first = phrase[0];
  const cjk = holdsCjk(phrase);
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (!cjk && words[start] !== first) continue;
    if (phraseSidesAt(phrase, wordAt, start)) return true;
  }
  return false;
}
