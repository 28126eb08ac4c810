// How Word writes a list number in each of its number formats (ECMA-376 Part 1, §17.18.59, ST_NumberFormat).
import { intToRoman, letterForIndex } from '../../structure/numerals';

/** Bullets are kept as one plain bullet: Word's are often Symbol-font glyphs in the Private Use Area. */
export const bulletMark = '•';

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const englishOrdinalSuffix = (value: number): string => {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
};

/**
 * The number `value` as Word shows it in format `numFmt` (w:numFmt's w:val):
 * decimal 1, decimalZero 01, lowerLetter a…z aa…zz (the letter repeats, §17.18.59),
 * upperLetter A, lowerRoman i, upperRoman I, ordinal 1st, decimalEnclosedParen (1),
 * decimalEnclosedFullstop 1., decimalEnclosedCircle ①…⑳, none (nothing).
 * Formats of other scripts (chineseCounting, arabicAlpha, hebrew1…) are written as decimal
 * numbers: the structure finder reads those, and the citation is the same.
 * Letters and roman numerals of 0 or less fall back to decimal, as Word does.
 */
export function formatListNumber(value: number, numFmt: string | undefined): string {
  switch (numFmt ?? 'decimal') {
    case 'none':
      return '';
    case 'bullet':
      return bulletMark;
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return value > 0 ? letterForIndex(value - 1) : String(value);
    case 'upperLetter':
      return value > 0 ? letterForIndex(value - 1).toUpperCase() : String(value);
    case 'lowerRoman':
      return value > 0 ? intToRoman(value) : String(value);
    case 'upperRoman':
      return value > 0 ? intToRoman(value).toUpperCase() : String(value);
    case 'ordinal':
      return `${value}${englishOrdinalSuffix(value)}`;
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'decimalEnclosedCircle':
      return value >= 1 && value <= circled.length ? circled[value - 1] : String(value);
    default:
      return String(value);
  }
}
