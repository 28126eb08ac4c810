/**
 * How passages and queries are cut into words and folded, in the six UN languages.
 *
 * The index (MiniSearch `tokenize` and `processTerm`) and the query parser both go through
 * this file, so a word typed by a delegate and the same word in a document always end up as
 * the same string. Pure: no I/O, no node: imports.
 *
 * Choices, so that the two sides agree:
 * - A word is a run of letters, combining marks and decimal digits. Everything else cuts:
 *   spaces, punctuation, apostrophes ("l'homme" → "l" + "homme", "State's" → "state" + "s"),
 *   hyphens ("ill-treatment" → "ill" + "treatment"), footnote superscripts ("Statute¹").
 *   Soft hyphens and zero-width (non-)joiners stay inside the word and are removed when folded.
 * - Han, Hiragana and Katakana runs have no spaces; they are cut into overlapping pairs of
 *   characters ("人人生而自由" → 人人 | 人生 | 生而 | 而自 | 自由), so a fragment cut anywhere
 *   is cut the same way as the text it comes from (common/cjkBigrams.ts says why and where
 *   the rule comes from). Digits next to Han ("第3条") are words of their own, and so is a
 *   lone character between them. A line break between two CJK characters is where the line
 *   wrapped: the run, and its pairs, go on over it.
 * - Folding: NFKC, lower case, accents off Latin and Cyrillic letters (but й stays й), Arabic
 *   alef forms to ا, hamza seats ؤ ئ to ء, ى to ي, ة to ه, no tatweel or vowel marks, Arabic-Indic digits to 0-9.
 *   Teh marbuta is folded to heh because extracted and typed Arabic uses both for the same
 *   word ending; the few words told apart only by it are worth less than finding المادة as
 *   الماده. Simplified and traditional Chinese are not folded into each other;
 *   CJK radical look-alikes are (⻓ → 长: common/unicodeFolds.ts, as the import folds them).
 */

import { foldHamzaSeats, foldRadicals } from '../../common/unicodeFolds';
import { CJK_CHARACTER, cjkBigrams } from '../../common/cjkBigrams';

const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;
/** A combining mark continues the run before it (é written e + U+0301, kana + U+3099). */
const MARK = 3;
const SURROGATE = 4;

const MARK_CHAR = /\p{M}/u;
/** Soft hyphen, word joiner, zero-width non-joiner and joiner: invisible, inside words. */
const INVISIBLE = /[\u{00AD}\u{2060}\u{200C}-\u{200D}]/gu;
const WORD_CHAR = /[\p{L}\p{Nd}\p{Nl}\u{00AD}\u{2060}\u{200C}-\u{200D}]/u;
/** A letter to Unicode (U+02BC), an apostrophe in practice: it cuts, like ' and ’. */
const MODIFIER_LETTER_APOSTROPHE = '\u02BC';

function classifyCodePoint(char: string): number {
  if (CJK_CHARACTER.test(char)) return CJK;
  if (MARK_CHAR.test(char)) return MARK;
  return WORD_CHAR.test(char) && char !== MODIFIER_LETTER_APOSTROPHE ? WORD : SEPARATOR;
}

let bmpClasses: Uint8Array | undefined;

/** One class per UTF-16 code unit, built on first use (a few milliseconds, once). */
function classTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    table[unit] =
      unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : classifyCodePoint(String.fromCharCode(unit));
  }
  bmpClasses = table;
  return table;
}

const astralClasses = new Map<number, number>();

function classifyAstral(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classifyCodePoint(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

/** Whether a CJK character begins at `index` (a surrogate pair is looked up whole). */
function startsCjk(text: string, index: number, table: Uint8Array): boolean {
  const unit = text.charCodeAt(index);
  if (table[unit] !== SURROGATE) return table[unit] === CJK;
  const codePoint = text.codePointAt(index)!;
  return codePoint > 0xffff && classifyAstral(codePoint) === CJK;
}

/**
 * Walks the text once and reports each maximal run of word characters and of CJK characters,
 * as UTF-16 offsets into the text.
 */
function scanRuns(
  text: string,
  onWord: (start: number, end: number) => void,
  onCjk: (start: number, end: number) => void,
): void {
  const table = classTable();
  const length = text.length;
  let runClass = SEPARATOR;
  let runStart = 0;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    let cls = table[unit];
    let width = 1;
    if (cls === SURROGATE) {
      const next = index + 1 < length ? text.charCodeAt(index + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cls = classifyAstral(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        width = 2;
      } else {
        cls = SEPARATOR;
      }
    }
    if (cls === MARK) cls = runClass === SEPARATOR ? WORD : runClass;
    // A line that wraps inside Chinese or Japanese text: the run goes on (see cjkBigrams WRAP).
    if (runClass === CJK && (unit === 0x0a || unit === 0x0d)) {
      const next = unit === 0x0d && text.charCodeAt(index + 1) === 0x0a ? index + 2 : index + 1;
      if (next < length && startsCjk(text, next, table)) {
        index = next;
        continue;
      }
    }
    if (cls !== runClass) {
      if (runClass === WORD) onWord(runStart, index);
      else if (runClass === CJK) onCjk(runStart, index);
      runClass = cls;
      runStart = index;
    }
    index += width;
  }
  if (runClass === WORD) onWord(runStart, length);
  else if (runClass === CJK) onCjk(runStart, length);
}

/**
 * Splits text into raw words, in order, not yet folded (MiniSearch passes each through
 * `processTerm`, i.e. normalizeToken, and drops the ones that fold to '').
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pushSlice = (start: number, end: number): void => {
    tokens.push(text.slice(start, end));
  };
  scanRuns(text, pushSlice, (start, end) => cjkBigrams(text, start, end, pushSlice));
  return tokens;
}

export interface TokenWithOffsets {
  /** The folded word (normalizeToken). */
  token: string;
  /** UTF-16 offsets of the word in the original text, end exclusive. */
  start: number;
  end: number;
  /** Where a CJK pair's second character begins (so one character of it can be marked). */
  split?: number;
}

/** The same words as tokenize, folded, with where they sit in the original text. */
export function tokenizeWithOffsets(text: string): TokenWithOffsets[] {
  const tokens: TokenWithOffsets[] = [];
  const push = (start: number, end: number): void => {
    const token = normalizeToken(text.slice(start, end));
    if (token !== '') tokens.push({ token, start, end });
  };
  const pushPair = (start: number, end: number, split: number): void => {
    const token = normalizeToken(text.slice(start, end));
    if (token !== '') tokens.push({ token, start, end, split });
  };
  scanRuns(text, push, (start, end) => cjkBigrams(text, start, end, pushPair));
  return tokens;
}

/**
 * The words of a passage as tokenizeWithOffsets finds them, folded only when asked: marking a
 * result's words looks at every word of the passage but needs the folded form of few (most
 * are turned away by their first letter, see firstUnit). Words of ASCII letters and digits
 * fold by lower-casing alone and are left unfolded until asked for; every other word is
 * folded at once, and dropped when nothing is left, exactly as tokenizeWithOffsets does.
 */
export class PassageWords {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Where a CJK pair's second character begins (-1 for other words). */
  private readonly splits: number[] = [];
  /** The folded words, undefined for an ASCII word not yet asked for. */
  private readonly folded: (string | undefined)[] = [];

  constructor(private readonly text: string) {
    const push = (start: number, end: number, split = -1): void => {
      const plain = asciiCase(text, start, end) !== OTHER;
      const word = plain ? undefined : normalizeToken(text.slice(start, end));
      if (word === '') return;
      this.starts.push(start);
      this.ends.push(end);
      this.splits.push(split);
      this.folded.push(word);
    };
    scanRuns(text, push, (start, end) => cjkBigrams(text, start, end, push));
  }

  get length(): number {
    return this.starts.length;
  }

  /** The folded form of word `index` (normalizeToken). */
  wordAt(index: number): string {
    let word = this.folded[index];
    if (word === undefined) {
      word = this.text.slice(this.starts[index], this.ends[index]).toLowerCase();
      this.folded[index] = word;
    }
    return word;
  }

  /** The first UTF-16 unit of the folded word `index`, without folding an ASCII word. */
  firstUnit(index: number): number {
    const word = this.folded[index];
    if (word !== undefined) return word.charCodeAt(0);
    const unit = this.text.charCodeAt(this.starts[index]);
    return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  }

  /** Word `index` with its offsets, as tokenizeWithOffsets gives it. */
  tokenAt(index: number): TokenWithOffsets {
    const split = this.splits[index];
    const token = { token: this.wordAt(index), start: this.starts[index], end: this.ends[index] };
    return split < 0 ? token : { ...token, split };
  }
}

/**
 * Words that only need lower-casing: ASCII, basic Cyrillic (А-я, й included, ё not), Arabic
 * letters without variants or marks, common Han and kana. Most words of every language take
 * this path and skip the Unicode normalisations below.
 */
const ALREADY_FOLDED =
  /^[A-Za-z0-9\u0410-\u044F\u0621\u0627\u0628\u062A-\u063A\u0641-\u0648\u064A\u4E00-\u9FFF\u3041-\u3096\u30A1-\u30FA\u30FC]*$/;
const PLAIN_ARABIC = /^[\u0621-\u064A\u0660-\u0669]+$/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const ARABIC_FOLDABLE =
  /[\u{064B}-\u{065F}\u{0670}\u{0622}-\u{0626}\u{0671}-\u{0673}\u{0649}\u{06CC}\u{06A9}\u{0629}\u{0640}\u{0660}-\u{0669}\u{06F0}-\u{06F9}]/gu;
const ALEF = '\u0627';
const YEH = '\u064A';

function foldArabicChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  switch (char) {
    case '\u0622': // آ
    case '\u0623': // أ
    case '\u0625': // إ
    case '\u0671': // ٱ alef wasla
    case '\u0672':
    case '\u0673':
      return ALEF;
    case '\u0649': // ى alef maqsura
    case '\u06CC': // Farsi yeh, which some Arabic PDFs use for ي
      return YEH;
    case '\u0624': // ؤ and ئ: hamza seats, see common/unicodeFolds.ts
    case '\u0626':
      return foldHamzaSeats(char);
    case '\u06A9': // keheh, likewise used for ك
      return '\u0643';
    case '\u0629': // ة teh marbuta
      return '\u0647';
    default: // tatweel and vowel marks
      return '';
  }
}

/** Latin, Greek and Cyrillic letters that may carry accents (precomposed or combining). */
const ACCENTABLE = /[\u{0300}-\u{036F}\u{00C0}-\u{024F}\u{0370}-\u{03FF}\u{0400}-\u{04FF}\u{1E00}-\u{1EFF}]/u;
/** Every combining accent except the breve that makes и into й. */
const ACCENT = /(?<!и)[\u0300-\u036F]|[\u0300-\u0305\u0307-\u036F]/g;
const UNDECOMPOSABLE = /[øłđßæœı]/g;
const UNDECOMPOSABLE_FOLDS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const NOT_WORD = /[^\p{L}\p{M}\p{N}]/gu;

/**
 * Folds one word to its indexed form: NFKC, lower case, no Latin/Cyrillic accents (й kept,
 * ё → е), Arabic letter variants (hamza seats: common/unicodeFolds.ts) and marks folded, Arabic-Indic digits as 0-9.
 * Returns '' when nothing is left (a lone vowel mark, a soft hyphen).
 */
export function normalizeToken(token: string): string {
  const ascii = asciiCase(token);
  if (ascii === LOWER_ASCII) return token;
  if (ascii === UPPER_ASCII) return token.toLowerCase();
  if (ALREADY_FOLDED.test(token)) return token.toLowerCase();
  // Arabic letters, tatweel and Arabic-Indic digits without vowel marks or presentation
  // forms: NFKC would change nothing, so fold the letter variants directly.
  if (PLAIN_ARABIC.test(token)) return token.replace(ARABIC_FOLDABLE, foldArabicChar);
  let folded = foldRadicals(token.normalize('NFKC')).toLowerCase();
  if (ARABIC.test(folded)) folded = folded.replace(ARABIC_FOLDABLE, foldArabicChar);
  if (ACCENTABLE.test(folded)) {
    folded = folded.normalize('NFD').replace(ACCENT, '').normalize('NFC');
  }
  folded = folded.replace(UNDECOMPOSABLE, (char) => UNDECOMPOSABLE_FOLDS[char]);
  // Invisible joiners, and the odd compatibility character that unfolds into several words.
  folded = folded.replace(INVISIBLE, '').replace(NOT_WORD, '');
  return folded;
}

const LOWER_ASCII = 0;
const UPPER_ASCII = 1;
const OTHER = 2;

/**
 * Whether a word (or text[from, to)) is lower-case ASCII letters and digits (returned as
 * is), has ASCII capitals too, or anything else. A loop over the code units: most words of an English passage take
 * this path, and it costs a fraction of the regular expression (search marks every word of
 * every passage it shows).
 */
function asciiCase(token: string, from = 0, to = token.length): number {
  let answer = LOWER_ASCII;
  for (let index = from; index < to; index += 1) {
    const unit = token.charCodeAt(index);
    if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) continue;
    if (unit >= 0x41 && unit <= 0x5a) answer = UPPER_ASCII;
    else return OTHER;
  }
  return answer;
}

/** True when the word is written in Han, Hiragana or Katakana (no spaces between words). */
export function isCjk(token: string): boolean {
  return CJK_CHARACTER.test(token);
}

/**
 * Function words the query parser may leave out when the query has other words. Folded
 * forms; the index keeps them, so "the" on its own, and phrases containing them, still work.
 */
const STOP_WORDS_BY_LANGUAGE = {
  en: 'the of and to in a an or for by with any on as be is that which',
  fr: 'le la les de des du et à en un une au aux',
  es: 'el la los las de del y en a por con',
  ru: 'и в на с по к о',
  ar: 'في من على إلى عن و',
};

export const stopWords: ReadonlySet<string> = new Set(
  Object.values(STOP_WORDS_BY_LANGUAGE).flatMap((words) =>
    words.split(' ').map((word) => normalizeToken(word)),
  ),
);

const HYPHENS = /[-\u2010\u2011]/gu;

/**
 * The closed forms of the hyphenated compounds in a text, folded: "co-operation" →
 * "cooperation", "peace-keeping" → "peacekeeping". The index adds them beside the parts, so
 * a search for the closed spelling finds the hyphenated one (the older UN spelling; 18 of the
 * 48 corpus treaties only ever write "co-operat…"). Parts are still indexed and found alone.
 */
export function hyphenCompounds(text: string): string[] {
  let hyphen = nextHyphen(text, 0);
  if (hyphen < 0) return [];
  // A scan from each hyphen rather than a regular expression over the whole text: most
  // passages have a hyphen or two, and the expression cost a third of the index build.
  const table = classTable();
  const inWord = (index: number) => index < text.length && (table[text.charCodeAt(index)] === WORD || table[text.charCodeAt(index)] === MARK);
  const startsPart = (index: number) => inWord(index) && !isAsciiDigit(text.charCodeAt(index));
  const compounds: string[] = [];
  while (hyphen >= 0) {
    let start = hyphen;
    while (start > 0 && inWord(start - 1)) start -= 1;
    let end = hyphen;
    if (start < hyphen && startsPart(start)) {
      while (end < text.length && isHyphen(text.charCodeAt(end)) && startsPart(end + 1)) {
        end += 1;
        while (inWord(end)) end += 1;
      }
    }
    if (end > hyphen) {
      const closed = normalizeToken(text.slice(start, end).replace(HYPHENS, ''));
      if (closed !== '' && !isCjk(closed)) compounds.push(closed);
    }
    hyphen = nextHyphen(text, Math.max(end, hyphen + 1));
  }
  return compounds;
}

function isHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

function isAsciiDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function nextHyphen(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) if (isHyphen(text.charCodeAt(index))) return index;
  return -1;
}
