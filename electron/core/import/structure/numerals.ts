// Numbers as the six UN languages write them in headings and list markers.

/** Arabic-Indic (U+0660), Extended Arabic-Indic (U+06F0) and full-width (U+FF10) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    if (code >= 0xff10) return String(code - 0xff10);
    if (code >= 0x06f0) return String(code - 0x06f0);
    return String(code - 0x0660);
  });
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a well-formed roman numeral ("iv", "XXVI"), or null: "iiii" or "vx" are not numerals. */
export function romanToInt(text: string): number | null {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let index = 0; index < lower.length; index++) {
    const value = romanValues[lower[index]];
    const next = index + 1 < lower.length ? romanValues[lower[index + 1]] : 0;
    total += value < next ? -value : value;
  }
  // Round-tripping rejects sloppy forms, which are more likely words or letters than numbers.
  return total > 0 && intToRoman(total) === lower ? total : null;
}

export function intToRoman(value: number): string {
  const steps: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = value;
  let result = '';
  for (const [step, symbol] of steps) {
    while (rest >= step) {
      result += symbol;
      rest -= step;
    }
  }
  return result;
}

const chineseDigits: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "七" 7, "十二" 12, "一百二十八" 128, "7" 7; null when the text is not a number. */
export function chineseNumeralToInt(text: string): number | null {
  const ascii = toAsciiDigits(text);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let pending = 0;
  for (const character of text) {
    if (character in chineseDigits) {
      pending = chineseDigits[character];
    } else {
      // A unit with no digit before it ("十二") counts once.
      total += (pending || 1) * chineseUnits[character];
      pending = 0;
    }
  }
  return total + pending;
}

// Feminine forms qualify المادة (article), masculine ones الباب and الفصل (part, chapter).
const arabicOrdinalUnits: [RegExp, number][] = [
  [/^(الأولى|الأول|الاولى|الاول)$/, 1],
  [/^(الحادية|الحادي)$/, 1],
  [/^(الثانية|الثاني)$/, 2],
  [/^(الثالثة|الثالث)$/, 3],
  [/^(الرابعة|الرابع)$/, 4],
  [/^(الخامسة|الخامس)$/, 5],
  [/^(السادسة|السادس)$/, 6],
  [/^(السابعة|السابع)$/, 7],
  [/^(الثامنة|الثامن)$/, 8],
  [/^(التاسعة|التاسع)$/, 9],
  [/^(العاشرة|العاشر)$/, 10],
];
const arabicOrdinalTens: Record<string, number> = {
  العشرون: 20, الثلاثون: 30, الأربعون: 40, الخمسون: 50,
  الستون: 60, السبعون: 70, الثمانون: 80, التسعون: 90,
};

/** The Arabic ordinal words of the form "الأولى" (1st) ... "الحادية عشرة" (11th) ... "الخامسة والعشرون" (25th). */
export const arabicOrdinalPattern =
  '(?:ال[\\u0621-\\u064A]+(?:\\s+(?:عشرة|عشر))?(?:\\s+و\\s*ال[\\u0621-\\u064A]+)?)';

function arabicOrdinalUnit(word: string): number | null {
  for (const [pattern, value] of arabicOrdinalUnits) if (pattern.test(word)) return value;
  return null;
}

export function arabicOrdinalToInt(text: string): number | null {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return arabicOrdinalTens[words[0]] ?? arabicOrdinalUnit(words[0]);
  const unit = arabicOrdinalUnit(words[0]);
  if (unit === null || unit === 10) return null;
  if (words.length === 2 && (words[1] === 'عشرة' || words[1] === 'عشر')) return unit + 10;
  const tensWord = words.slice(1).join(' ').replace(/^و\s*/, '');
  const tens = arabicOrdinalTens[tensWord];
  return tens === undefined ? null : tens + unit;
}

const wordNumbers: Record<string, number> = {
  premier: 1, première: 1, premiere: 1, unique: 1,
  primero: 1, primera: 1, único: 1, única: 1,
  first: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4, fifth: 5, five: 5,
  sixth: 6, six: 6, seventh: 7, seven: 7, eighth: 8, eight: 8, ninth: 9, nine: 9, tenth: 10, ten: 10,
  первая: 1, первый: 1,
};

/** "premier" 1, "One" 1; the words that stand for a number in headings ("Article premier", "Part One"). */
export function wordNumberToInt(word: string): number | null {
  return wordNumbers[word.toLowerCase()] ?? null;
}

export const numberWordPattern = Object.keys(wordNumbers).join('|');

/** 0 -> "a", 25 -> "z", 26 -> "aa": how list letters continue past z. */
export function letterForIndex(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}
