/**
 * Character folds that the import, the search index, the query parser and the reader's find
 * must all apply alike, from the Unicode Character Database's own tables (generated into
 * ./unicodeData by scripts/generateUnicodeTables.mjs). Pure: no node:, no DOM.
 */
import { bidiMirroringGlyphs } from './unicodeData/bidiMirroringGlyphs';
import { equivalentUnifiedIdeographs } from './unicodeData/equivalentUnifiedIdeographs';

/** The generated tables' string of pairs as [code point, its value] pairs. */
export function codePointPairs(pairs: string): [number, number][] {
  const codePoints = Array.from(pairs, (character) => character.codePointAt(0)!);
  return Array.from({ length: codePoints.length / 2 }, (_, index) => [codePoints[2 * index], codePoints[2 * index + 1]]);
}

const radicalsFirst = 0x2e80;
const radicalsLast = 0x2fdf;

/**
 * For each code unit U+2E80–U+2FDF, its unified ideograph, or 0 when it has none in the BMP.
 * The 14 radicals whose equivalent lies outside the BMP (⺇ → 𠘨 …) stay as they are: a fold
 * must turn one UTF-16 unit into one, or the reader's find would lose its offsets into the
 * page's text; those radicals are component shapes that running text does not use.
 */
const unifiedOfRadical = new Uint16Array(radicalsLast - radicalsFirst + 1);
for (const [radical, unified] of codePointPairs(equivalentUnifiedIdeographs)) {
  if (unified <= 0xffff) unifiedOfRadical[radical - radicalsFirst] = unified;
}
const radicalCharacter = /[\u2E80-\u2FDF]/gu;

/**
 * The text with every CJK Radicals Supplement (U+2E80–U+2EFF) and Kangxi Radicals
 * (U+2F00–U+2FDF) character that has a BMP Equivalent_Unified_Ideograph (UAX #44;
 * EquivalentUnifiedIdeograph.txt) replaced by it: ⻓ → 长, ⻔ → 门, ⼈ → 人. PDF printers map
 * glyphs to these look-alikes (Chromium does for Noto CJK), and NFKC folds only the Kangxi
 * block and two of the supplement's. Same length, same offsets: one BMP unit in, one out.
 */
export function foldRadicals(text: string): string {
  return text.replace(radicalCharacter, (radical) => {
    const unified = unifiedOfRadical[radical.charCodeAt(0) - radicalsFirst];
    return unified === 0 ? radical : String.fromCharCode(unified);
  });
}

const hamzaOnSeat = /[\u0624\u0626]/gu;

/**
 * The text with hamza on a waw or yeh seat (ؤ U+0624, ئ U+0626) written as the bare hamza
 * ء U+0621, one unit for one: the seat follows spelling conventions that vary (مسئولية and
 * مسؤولية are one word), the hamza does not. This is the hamza normalisation of the ISRI
 * Arabic stemmer (Taghva, Elkhoury and Coombs, "Arabic Stemming Without a Root Dictionary",
 * ITCC 2005; NLTK's nltk/stem/isri.py `norm`: ء ؤ ئ → ء); hamza on alef (أ إ آ) is folded to
 * a bare alef by the search words as light stemmers do (Larkey et al. 2007; Lucene's
 * ArabicNormalizer), and its seat is left to them.
 */
export function foldHamzaSeats(text: string): string {
  return text.replace(hamzaOnSeat, '\u0621');
}

const mirrorOf = new Map<number, number>(codePointPairs(bidiMirroringGlyphs));

/**
 * The text with each character that has a Bidi_Mirroring_Glyph (UAX #9 rule L4;
 * BidiMirroring.txt) replaced by its mirror: ( ↔ ), [ ↔ ], « ↔ », < ↔ >, ≤ ↔ ≥ … A PDF holds
 * right-to-left text as drawn, so a "(" at a right-to-left level was drawn, and is read back,
 * as ")"; mirroring the characters of such a run while it is put back in logical order restores
 * what was written. Characters without a mirror are kept.
 */
export function mirrorCharacters(text: string): string {
  let mirrored = '';
  for (const character of text) {
    const mirror = mirrorOf.get(character.codePointAt(0)!);
    mirrored += mirror === undefined ? character : String.fromCodePoint(mirror);
  }
  return mirrored;
}
