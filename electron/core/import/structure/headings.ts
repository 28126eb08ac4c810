// How the six UN languages head an article, a part, a chapter or a section.
import {
  arabicOrdinalPattern,
  arabicOrdinalToInt,
  chineseNumeralToInt,
  numberWordPattern,
  romanToInt,
  toAsciiDigits,
  wordNumberToInt,
} from './numerals';

export type HeadingKind = 'part' | 'chapter' | 'section' | 'article';

export interface HeadingLine {
  kind: HeadingKind;
  /** Citable label: "Art. 7", "Art. 8 bis", "Part 2", "Chapter IV", "Annex". */
  label: string;
  /** The title when it shares the line ("Article 1 — Scope"), else null. */
  title: string | null;
}

/** Nesting rank: a heading closes every open heading of the same or a deeper rank. */
export const headingRank: Record<HeadingKind, number> = { part: 1, chapter: 2, section: 3, article: 4 };

/** A heading's title is short; a longer line is a sentence that happens to start with "Article 7". */
export const maxTitleWords = 12;
/** Titles on their own line may run longer ("Issuance by the Pre-Trial Chamber of a warrant..."). */
export const maxOwnLineTitleWords = 16;
const maxCjkTitleChars = 30;

const latinSuffixes = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|бис|тер';
const russianSuffixes: Record<string, string> = { бис: 'bis', тер: 'ter' };
const chineseSuffixes: Record<string, string> = { 二: 'bis', 三: 'ter', 四: 'quater', 五: 'quinquies' };

const latinArticle = new RegExp(
  `^\\s*(?:Article|Art\\.|Artículo|Articulo|Статья)\\s*(\\d+(?:er)?|[IVXLC]+|${numberWordPattern})` +
    `(?:\\s*-?\\s*(${latinSuffixes}))?(?![\\p{L}\\p{N}])(.*)$`,
  'iu',
);
const arabicArticle = new RegExp(
  `^\\s*المادة\\s*(?:\\(\\s*([0-9]+)\\s*\\)|([0-9]+)|(${arabicOrdinalPattern}))` +
    `(?:\\s*(مكرر[\\u064B-\\u0652اً]*))?(?![\\p{L}\\p{N}])(.*)$`,
  'u',
);
// 条 in simplified, 條 in traditional characters.
const chineseArticle = /^\s*第([〇零一二两三四五六七八九十百千0-9]+)[条條](?:之([二三四五]))?(.*)$/u;

const latinStructureWords: [RegExp, HeadingKind, string][] = [
  [/^(?:part|partie|parte|часть|titre|título|titulo)$/iu, 'part', 'Part'],
  [/^(?:annex|annexe|anexo|приложение)$/iu, 'part', 'Annex'],
  [/^(?:chapter|chapitre|capítulo|capitulo|глава)$/iu, 'chapter', 'Chapter'],
  [/^(?:section|sección|seccion|раздел)$/iu, 'section', 'Section'],
];
const latinStructure = new RegExp(
  `^\\s*(Part|Partie|Parte|Часть|Titre|Título|Titulo|Annex|Annexe|Anexo|Приложение|` +
    `Chapter|Chapitre|Capítulo|Capitulo|Глава|Section|Sección|Seccion|Раздел)` +
    `(?:\\s+(\\d+|[IVXLCDM]+|[A-Z]|${numberWordPattern}))?(?![\\p{L}\\p{N}])(.*)$`,
  'iu',
);
const arabicStructureKinds: Record<string, [HeadingKind, string]> = {
  الباب: ['part', 'Part'],
  الجزء: ['part', 'Part'],
  المرفق: ['part', 'Annex'],
  الفصل: ['chapter', 'Chapter'],
  الفرع: ['section', 'Section'],
};
const arabicStructure = new RegExp(
  `^\\s*(الباب|الجزء|المرفق|الفصل|الفرع)(?:\\s*(?:\\(\\s*([0-9]+)\\s*\\)|([0-9]+)|(${arabicOrdinalPattern})))?` +
    `(?![\\p{L}\\p{N}])(.*)$`,
  'u',
);
const chineseStructureKinds: Record<string, [HeadingKind, string]> = {
  编: ['part', 'Part'],
  編: ['part', 'Part'],
  部分: ['part', 'Part'],
  部份: ['part', 'Part'],
  章: ['chapter', 'Chapter'],
  节: ['section', 'Section'],
  節: ['section', 'Section'],
};
const chineseStructure = /^\s*第([〇零一二两三四五六七八九十百千0-9]+)(编|編|部分|部份|章|节|節)(.*)$/u;
const chineseAnnex = /^\s*附件([一二三四五六七八九十0-9]*)(.*)$/u;

const preambleHeading =
  /^\s*(?:preamble|préambule|preambule|preámbulo|preambulo|преамбула|الديباجة|序言)\s*[.:]?\s*$/iu;

export function isPreambleHeading(text: string): boolean {
  return preambleHeading.test(text);
}

/** Reads a line as an article, part, chapter or section heading; null for anything else. */
export function readHeadingLine(rawText: string): HeadingLine | null {
  const text = toAsciiDigits(rawText);
  return readArticle(text) ?? readStructure(text);
}

function readArticle(text: string): HeadingLine | null {
  const latin = latinArticle.exec(text);
  if (latin && startsUppercase(text)) {
    const number = articleNumber(latin[1]);
    const rest = readRest(latin[3], 'cased');
    if (number === null || !rest.ok) return null;
    const suffix = latin[2] ? ` ${russianSuffixes[latin[2].toLowerCase()] ?? latin[2].toLowerCase()}` : '';
    return { kind: 'article', label: `Art. ${number}${suffix}`, title: rest.title };
  }
  const arabic = arabicArticle.exec(text);
  if (arabic) {
    const number = arabic[1] ?? arabic[2] ?? arabicOrdinalToInt(arabic[3]);
    const rest = readRest(arabic[5], 'arabic');
    if (number === null || !rest.ok) return null;
    const suffix = arabic[4] ? ' bis' : '';
    return { kind: 'article', label: `Art. ${Number(number)}${suffix}`, title: rest.title };
  }
  const chinese = chineseArticle.exec(text);
  if (chinese) {
    const number = chineseNumeralToInt(chinese[1]);
    const rest = readRest(chinese[3], 'cjk');
    if (number === null || !rest.ok) return null;
    const suffix = chinese[2] ? ` ${chineseSuffixes[chinese[2]]}` : '';
    return { kind: 'article', label: `Art. ${number}${suffix}`, title: rest.title };
  }
  return null;
}

/** "7", "1er", "premier", "IV": roman numbers stay roman, as the instrument cites them. */
function articleNumber(token: string): string | null {
  if (/^\d+(?:er)?$/i.test(token)) return String(Number.parseInt(token, 10));
  const word = wordNumberToInt(token);
  if (word !== null) return String(word);
  // Lowercase roman ("article iv") is prose more often than a heading.
  if (token === token.toUpperCase() && romanToInt(token) !== null) return token;
  return null;
}

function readStructure(text: string): HeadingLine | null {
  const latin = latinStructure.exec(text);
  if (latin && startsUppercase(text)) {
    const [, word, token, restText] = latin;
    const entry = latinStructureWords.find(([pattern]) => pattern.test(word));
    if (!entry) return null;
    const [, kind, name] = entry;
    // Only an annex may go unnumbered: "Part" alone on a line is too common a word.
    if (token === undefined && name !== 'Annex') return null;
    const number = token === undefined ? '' : structureNumber(token);
    const rest = readRest(restText, 'cased');
    if (number === null || !rest.ok) return null;
    return { kind, label: number ? `${name} ${number}` : name, title: rest.title };
  }
  const arabic = arabicStructure.exec(text);
  if (arabic) {
    const [kind, name] = arabicStructureKinds[arabic[1]];
    const ordinal = arabic[4] === undefined ? null : arabicOrdinalToInt(arabic[4]);
    const numeral = arabic[2] ?? arabic[3];
    const number = numeral === undefined ? ordinal : Number(numeral);
    if (number === null && name !== 'Annex') return null;
    const rest = readRest(arabic[5], 'arabic');
    if (!rest.ok) return null;
    return { kind, label: number === null ? name : `${name} ${number}`, title: rest.title };
  }
  const chinese = chineseStructure.exec(text);
  if (chinese) {
    const number = chineseNumeralToInt(chinese[1]);
    const rest = readRest(chinese[3], 'cjk');
    if (number === null || !rest.ok) return null;
    const [kind, name] = chineseStructureKinds[chinese[2]];
    return { kind, label: `${name} ${number}`, title: rest.title };
  }
  const annex = chineseAnnex.exec(text);
  if (annex) {
    const rest = readRest(annex[2], 'cjk');
    const number = annex[1] ? chineseNumeralToInt(annex[1]) : null;
    if (!rest.ok) return null;
    return { kind: 'part', label: number === null ? 'Annex' : `Annex ${number}`, title: rest.title };
  }
  return null;
}

function structureNumber(token: string): string | null {
  if (/^\d+$/.test(token)) return String(Number(token));
  const word = wordNumberToInt(token);
  if (word !== null) return String(word);
  if (token !== token.toUpperCase()) return null;
  if (romanToInt(token) !== null || /^[A-Z]$/.test(token)) return token;
  return null;
}

/**
 * What follows the number decides whether the line is a heading: nothing, a separator and a
 * short title, or (in scripts with capitals) a capitalised short title. "Article 7 of the Rome
 * Statute provides..." and "Article 7, paragraph 1" are prose.
 */
function readRest(rest: string, script: 'cased' | 'arabic' | 'cjk'): { ok: boolean; title: string | null } {
  if (rest.trim() === '') return { ok: true, title: null };
  if (looksLikeContentsEntry(rest)) return { ok: false, title: null };
  const separated = /^\s*[.:\-–—：．]\s*/.exec(rest);
  if (separated) {
    const text = rest.slice(separated[0].length).trim();
    const title = text.replace(/\.$/, '');
    if (title === '') return { ok: true, title: null };
    // After a dash or a colon a title may be long; a full stop after many words ends a sentence.
    const maxWords = text.endsWith('.') ? 8 : maxOwnLineTitleWords;
    return isTitleLike(title, maxWords) ? { ok: true, title } : { ok: false, title: null };
  }
  const title = rest.trim();
  if (!/^\s/.test(rest)) return { ok: false, title: null };
  if (script === 'cased' && !startsUppercase(title)) return { ok: false, title: null };
  // Without capitals, only a wide gap tells a title from the sentence "المادة 7 من النظام".
  if (script === 'arabic' && !/^(?:\s{2,}|\t)/.test(rest)) return { ok: false, title: null };
  return isTitleLike(title, maxTitleWords) ? { ok: true, title } : { ok: false, title: null };
}

/** A table of contents repeats every heading with a page number; those lines are not headings. */
function looksLikeContentsEntry(rest: string): boolean {
  return /(?:\.{3,}|…|(?:\s?\.){4,}|_{3,})/.test(rest) || /\S\s{2,}\d{1,4}$/.test(rest);
}

export function isTitleLike(text: string, maxWords: number): boolean {
  const title = text.trim();
  if (!/\p{L}/u.test(title)) return false;
  if (/[,;，；、،؛]$/.test(title)) return false;
  if (isCjk(title)) return title.length <= maxCjkTitleChars;
  return title.split(/\s+/).length <= maxWords;
}

export function isCjk(text: string): boolean {
  const cjk = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return cjk > text.replace(/\s/g, '').length / 2;
}

export function startsUppercase(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== first.toLowerCase();
}

export function startsLowercase(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== first.toUpperCase();
}
