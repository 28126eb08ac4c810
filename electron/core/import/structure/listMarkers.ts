// The markers that open numbered paragraphs and sub-paragraphs inside an article.
import { chineseNumeralToInt, romanToInt, toAsciiDigits } from './numerals';

export type MarkerFamily =
  | 'number' // 1.  1)  1 -  1．
  | 'parenNumber' // (1)  （1）
  | 'latinLetter' // (a)  a)
  | 'roman' // (iv)  iv)
  | 'cyrillicLetter' // а)  (б)
  | 'arabicLetter' // (أ)  (ب)
  | 'cjkNumber' // （一）  (二)
  | 'quotedNumber'; // '1'  ‘2’ — the Arabic texts' sub-sub-paragraphs

/** One way to read a marker: "(i)" is either the ninth letter or the first roman numeral. */
export interface MarkerReading {
  family: MarkerFamily;
  /** 1-based position in its sequence: (c) is 3, (iv) is 4. */
  value: number;
}

/** Families that stand where English has (a), (b): they are cited as letters. */
export const letterFamilies: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>([
  'latinLetter',
  'cyrillicLetter',
  'arabicLetter',
  'cjkNumber',
]);

// The order of letters in enumerations; the Arabic texts use the abjad order.
const cyrillicLetters = 'абвгдежзиклмнопрстуфхцчшщэюя';
const abjadLetters = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن',
  'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];

const afterMarker = '(?=\\s|$)';
const numberMarker = new RegExp(`^(\\d{1,3})(?:[.)]${afterMarker}|．|\\.(?=[\\u3400-\\u9fff])|\\s*[-–]\\s)`);
const parenNumberMarker = /^[(（](\d{1,3})[)）]/;
// Extraction sometimes drops the space after a bracketed marker: "(a)To embody".
const latinMarker = new RegExp(`^(?:\\(([a-z]{1,8})\\)(?=\\s|$|\\p{Lu})|([a-z]{1,8})\\)${afterMarker})`, 'u');
const cyrillicMarker = new RegExp(`^\\(?([а-я])\\)${afterMarker}`);
const arabicLetterMarker = new RegExp(`^\\(\\s*([\\u0621-\\u064A]ـ?)\\s*\\)${afterMarker}`);
const cjkMarker = /^[(（]([一二三四五六七八九十]{1,3})[)）]/;
const quotedMarker = new RegExp(`^['‘’\`](\\d{1,2})['‘’\`]${afterMarker}`);

export interface ListMarker {
  readings: MarkerReading[];
  /** Where the marker starts in the line. */
  column: number;
  /** Where the text after the marker (and its spaces) starts in the line. */
  textColumn: number;
}

/**
 * The markers at the start of a line: usually one, but "2. (a) The Presidency..." and
 * "(c) (i) Once a proposal..." open two levels on one line.
 */
export function readListMarkers(lineText: string): ListMarker[] {
  const markers: ListMarker[] = [];
  let column = lineText.length - lineText.trimStart().length;
  while (markers.length < 3) {
    const marker = readOneMarker(lineText.slice(column));
    if (!marker) break;
    const textColumn = column + marker.length;
    const spaces = lineText.slice(textColumn).length - lineText.slice(textColumn).trimStart().length;
    markers.push({ readings: marker.readings, column, textColumn: textColumn + spaces });
    column = textColumn + spaces;
  }
  return markers;
}

/** The readings of the first marker of a line, or null when it does not start with one. */
export function readListMarker(lineText: string): MarkerReading[] | null {
  return readOneMarker(lineText.trimStart())?.readings ?? null;
}

function readOneMarker(rawText: string): { readings: MarkerReading[]; length: number } | null {
  // Same length as the input, so no offset moves.
  const text = toAsciiDigits(rawText);
  const found = (readings: MarkerReading[] | null, match: RegExpExecArray) =>
    readings ? { readings, length: match[0].length } : null;
  let match = numberMarker.exec(text);
  if (match) return found([{ family: 'number', value: Number(match[1]) }], match);
  match = parenNumberMarker.exec(text);
  if (match) return found([{ family: 'parenNumber', value: Number(match[1]) }], match);
  match = latinMarker.exec(text);
  if (match) return found(latinReadings(match[1] ?? match[2]), match);
  match = cyrillicMarker.exec(text);
  if (match) return found([{ family: 'cyrillicLetter', value: cyrillicLetters.indexOf(match[1]) + 1 }], match);
  match = arabicLetterMarker.exec(text);
  if (match) {
    const index = abjadLetters.indexOf(normaliseArabicLetter(match[1]));
    return found(index < 0 ? null : [{ family: 'arabicLetter', value: index + 1 }], match);
  }
  match = cjkMarker.exec(text);
  if (match) {
    const value = chineseNumeralToInt(match[1]);
    return found(value === null ? null : [{ family: 'cjkNumber', value }], match);
  }
  match = quotedMarker.exec(text);
  if (match) return found([{ family: 'quotedNumber', value: Number(match[1]) }], match);
  return null;
}

function latinReadings(token: string): MarkerReading[] | null {
  const readings: MarkerReading[] = [];
  // Past (z) the letters double: (aa), (bb).
  if (token.length === 1 || (token.length === 2 && token[0] === token[1])) {
    readings.push({ family: 'latinLetter', value: (token.length - 1) * 26 + token.charCodeAt(0) - 96 });
  }
  const roman = romanToInt(token);
  if (roman !== null) readings.push({ family: 'roman', value: roman });
  return readings.length > 0 ? readings : null;
}

function normaliseArabicLetter(letter: string): string {
  if (letter === 'ا' || letter === 'إ' || letter === 'آ') return 'أ';
  if (letter.startsWith('ه')) return 'هـ';
  if (letter === 'ى') return 'ي';
  return letter;
}
