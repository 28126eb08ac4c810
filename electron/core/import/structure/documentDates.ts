// Dates as the six UN languages write them on a document's first page.
import { chineseNumeralToInt, toAsciiDigits } from './numerals';

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string;
  /** Where the date starts in the searched text. */
  index: number;
  length: number;
}

const monthNames: Record<string, number> = {};
function addMonths(names: string[][]): void {
  names.forEach((forms, month) => forms.forEach((name) => (monthNames[name] = month + 1)));
}
addMonths([
  ['january', 'jan', 'janvier', 'enero', 'января', 'январь'],
  ['february', 'feb', 'février', 'fevrier', 'febrero', 'февраля', 'февраль'],
  ['march', 'mar', 'mars', 'marzo', 'марта', 'март'],
  ['april', 'apr', 'avril', 'abril', 'апреля', 'апрель'],
  ['may', 'mai', 'mayo', 'мая', 'май'],
  ['june', 'jun', 'juin', 'junio', 'июня', 'июнь'],
  ['july', 'jul', 'juillet', 'julio', 'июля', 'июль'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'августа', 'август'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябрь'],
  ['october', 'oct', 'octobre', 'octubre', 'октября', 'октябрь'],
  ['november', 'nov', 'novembre', 'noviembre', 'ноября', 'ноябрь'],
  ['december', 'dec', 'décembre', 'decembre', 'diciembre', 'декабря', 'декабрь'],
]);

// The Arabic texts of the UN name a month twice, Levantine and Egyptian: "تموز/يوليه".
const arabicMonths: [string, number][] = [
  ['كانون الثاني', 1], ['يناير', 1], ['شباط', 2], ['فبراير', 2], ['آذار', 3], ['مارس', 3],
  ['نيسان', 4], ['أبريل', 4], ['ابريل', 4], ['أيار', 5], ['مايو', 5], ['حزيران', 6], ['يونيه', 6],
  ['يونيو', 6], ['تموز', 7], ['يوليه', 7], ['يوليو', 7], ['آب', 8], ['أغسطس', 8], ['اغسطس', 8],
  ['أيلول', 9], ['سبتمبر', 9], ['تشرين الأول', 10], ['أكتوبر', 10], ['اكتوبر', 10],
  ['تشرين الثاني', 11], ['نوفمبر', 11], ['كانون الأول', 12], ['ديسمبر', 12],
];

const monthPattern = Object.keys(monthNames)
  .toSorted((a, b) => b.length - a.length)
  .join('|');
const notLetterBefore = '(?<![\\p{L}\\p{N}])';
const notLetterAfter = '(?![\\p{L}\\p{N}])';

type DateReader = (match: RegExpExecArray) => [number, number, number] | null;

const readers: [RegExp, DateReader][] = [
  // 17 July 1998, 1er juillet 1998, 17 de julio de 1998, 17 июля 1998 года
  [
    new RegExp(
      `${notLetterBefore}(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(${monthPattern})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${notLetterAfter}`,
      'giu',
    ),
    (match) => [Number(match[3]), monthNames[match[2].toLowerCase()], Number(match[1])],
  ],
  // July 17, 1998
  [
    new RegExp(`${notLetterBefore}(${monthPattern})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${notLetterAfter}`, 'giu'),
    (match) => [Number(match[3]), monthNames[match[1].toLowerCase()], Number(match[2])],
  ],
  // 1998-07-17
  [
    /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    (match) => [Number(match[1]), Number(match[2]), Number(match[3])],
  ],
  // 1998年7月17日, 二〇一九年五月十五日
  [
    /([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日/gu,
    (match) => {
      const year = Number([...match[1]].map((digit) => chineseNumeralToInt(digit) ?? digit).join(''));
      const month = chineseNumeralToInt(match[2]);
      const day = chineseNumeralToInt(match[3]);
      return month === null || day === null ? null : [year, month, day];
    },
  ],
  // 17 تموز/يوليه 1998
  [
    /(?<!\d)(\d{1,2})\s+([\u0621-\u064A\s/]{2,30}?)\s*(\d{4})(?!\d)/gu,
    (match) => {
      const month = arabicMonths.find(([name]) => match[2].includes(name));
      return month ? [Number(match[3]), month[1], Number(match[1])] : null;
    },
  ],
];

/** The earliest date written in `text`, or null. */
export function findFirstDate(rawText: string): FoundDate | null {
  // Same length as the input, so indexes hold.
  const text = toAsciiDigits(rawText);
  let best: FoundDate | null = null;
  for (const [pattern, read] of readers) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      if (best !== null && match.index >= best.index) break;
      const parts = read(match);
      const iso = parts ? isoDate(...parts) : null;
      if (iso) {
        best = { iso, index: match.index, length: match[0].length };
        break;
      }
    }
  }
  return best;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// What introduces the date of a meeting in a UN record: "Held at Headquarters, New York, on
// Friday, 9 October 2020", "Monday, 28 September 2020, 9 a.m.", "tenue… le lundi 5 octobre 2020".
const meetingDateCue =
  /(?<!\p{L})(?:held|tenue|celebrada|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?!\p{L})/iu;
const meetingRecord = /(?<!\p{L})(?:meeting|séance|sesión|reunión|заседание)(?!\p{L})|\/(?:PV|SR)\.\d/iu;

/**
 * The date of the meeting a record records, or null when the text is not a meeting record or
 * names no day of the week or "held on" before a date. A record's cover also carries the date
 * it was issued (weeks later) and dates quoted in its agenda, which are not the meeting's.
 *
 * @param text the record's first page.
 */
export function findMeetingDate(text: string): FoundDate | null {
  if (!meetingRecord.test(text)) return null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const cue = meetingDateCue.exec(line);
    if (cue) {
      const date = findFirstDate(line.slice(cue.index));
      if (date) return { ...date, index: offset + cue.index + date.index };
    }
    offset += line.length + 1;
  }
  return null;
}
