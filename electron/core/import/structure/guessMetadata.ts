// Guesses a document's title, UN symbol, date and language from its clean page texts. Every
// guess can be wrong and is shown to the user for correction, so each one prefers null to noise.
import { findFirstDate, findMeetingDate } from './documentDates';
import { isPreambleHeading, readHeadingLine, startsLowercase, startsUppercase } from './headings';
import type { GuessedMetadata } from './types';
import { titleText } from '../../../common/visibleText';

export interface MetadataHints {
  /** The title the file declares (PDF Info dictionary), often junk. */
  pdfTitle?: string | null;
  fileName?: string;
}

export function guessMetadata(pages: string[], hints: MetadataHints = {}): GuessedMetadata {
  const firstPage = pages[0] ?? '';
  const symbol = findSymbol(pages);
  const date = findMeetingDate(firstPage) ?? findFirstDate(firstPage) ?? findFirstDate(pages[1] ?? '');
  const title = guessTitle(firstPage, symbol, hints);
  return {
    // Names and PDF titles come from others: no terminal escapes or bidi overrides in a title.
    title: title === null ? null : titleText(title) || null,
    symbol,
    documentDate: date?.iso ?? null,
    language: guessLanguage(pages),
  };
}

// ---- language

const languageSample = 20_000;
const minimumLetters = 40;

const stopWords: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'shall', 'is', 'be', 'that', 'for', 'with', 'by', 'on', 'which', 'or', 'this', 'any', 'its', 'have', 'are']),
  fr: new Set(['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'par', 'au', 'aux', 'ou', 'ce', 'cette', 'sont', 'doit', 'leur']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'con', 'una', 'se', 'su', 'sus', 'al', 'o', 'como', 'este', 'esta', 'será', 'lo']),
};

/** Script counts settle Arabic, Chinese and Russian; common short words tell English, French and Spanish apart. */
export function guessLanguage(pages: string[]): string | null {
  const sample = pages.join('\n').slice(0, languageSample);
  const count = (pattern: RegExp): number => sample.match(pattern)?.length ?? 0;
  const arabic = count(/[\u0600-\u06FF]/g);
  const cjk = count(/[\u3400-\u9FFF]/g);
  const cyrillic = count(/[\u0400-\u04FF]/g);
  const latin = count(/[A-Za-z\u00C0-\u024F]/g);
  const letters = arabic + cjk + cyrillic + latin;
  if (letters < minimumLetters) return null;
  // A Chinese character carries about as much as a short word: weigh it up against letters.
  if (cjk * 3 > letters - cjk) return 'zh';
  if (arabic > letters * 0.4) return 'ar';
  if (cyrillic > letters * 0.4) return 'ru';
  if (latin < letters * 0.4) return null;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = (['en', 'fr', 'es'] as const)
    .map((language) => ({ language, score: words.filter((word) => stopWords[language].has(word)).length }))
    .toSorted((a, b) => b.score - a.score);
  const [best, runnerUp] = scores;
  if (best.score < 5 || best.score < runnerUp.score * 1.5) return null;
  return best.language;
}

// ---- symbol

// The principal organs and bodies whose symbols open with their own letters.
const symbolBodies = [
  'A', 'S', 'E', 'ST', 'T', 'DP', 'TD', 'UNEP', 'CCPR', 'CRC', 'CERD', 'CEDAW', 'CAT', 'CRPD', 'CED', 'CMW',
  'HRI', 'UNW', 'ICC-ASP', 'ICC', 'ECE', 'ESCAP', 'FCCC', 'APLC', 'CCW', 'BWC', 'NPT', 'TRANS', 'UNCTAD',
].join('|');
const symbolSegment = '[A-Z0-9][A-Za-z0-9]*(?:[.\\-][A-Za-z0-9]+)*';
const symbolPattern = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(?:${symbolBodies})(?:/${symbolSegment}){2,}(?![\\p{L}\\p{N}/])`,
  'gu',
);

/** The first UN document symbol (A/CN.4/L.935, S/2024/123, A/RES/60/147/Rev.1) in reading order. */
export function findSymbol(pages: string[]): string | null {
  for (const page of pages) {
    for (const match of page.matchAll(symbolPattern)) {
      // A symbol always has a number somewhere: "A/B/C" in prose is not one.
      if (/\d/.test(match[0])) return match[0];
    }
  }
  return null;
}

// ---- title

const maxTitleLines = 3;
const scannedLines = 40;

function guessTitle(firstPage: string, symbol: string | null, hints: MetadataHints): string | null {
  const declared = hints.pdfTitle?.trim() ?? '';
  if (isRealTitle(declared, symbol)) return declared;
  const fromText = titleFromFirstPage(firstPage);
  if (fromText) return fromText;
  if (hints.fileName) {
    const base = hints.fileName.split(/[\\/]/).pop() ?? '';
    const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
    if (withoutExtension) return withoutExtension;
  }
  return null;
}

/** Rejects the titles that word processors and scanners write for the author. */
function isRealTitle(title: string, symbol: string | null): boolean {
  if (title.length < 4 || !/\p{L}{2}/u.test(title)) return false;
  if (/^untitled\b|^sans titre|^sin título|^document\s*\d*$|^microsoft\s+\w+\s*-/iu.test(title)) return false;
  if (/\.(?:docx?|pdf|rtf|odt|txt|wpd|dot|html?)$/i.test(title)) return false;
  // Browsers printing to PDF write the page's address when it has no <title>.
  if (/^(?:about|https?|file|data|blob):/i.test(title)) return false;
  // One token with digits or underscores is a file or job name ("N1913589", "ilc_draft_v2").
  if (!/\s/.test(title) && /[\d_]/.test(title)) return false;
  if (symbol !== null && title.replace(/\s/g, '') === symbol) return false;
  symbolPattern.lastIndex = 0;
  if (title.replace(symbolPattern, '').trim() === '') return false;
  return true;
}

const frontMatter: RegExp[] = [
  /^(?:united nations|nations unies|naciones unidas|организация объединенных наций|الأمم المتحدة|联合国)$/iu,
  /^(?:(?:united nations|nations unies|naciones unidas)\s+)?(?:general assembly|security council|economic and social council|trusteeship council|secretariat|international court of justice|human rights council)$/iu,
  /^(?:nations unies\s+)?(?:assemblée générale|conseil de sécurité|conseil économique et social|secrétariat|conseil des droits de l’homme|conseil des droits de l'homme)$/iu,
  /^(?:naciones unidas\s+)?(?:asamblea general|consejo de seguridad|consejo económico y social|secretaría|consejo de derechos humanos)$/iu,
  /^official records$|^documents officiels$|^documentos oficiales$/iu,
  /^(?:генеральная ассамблея|совет безопасности|экономический и социальный совет|секретариат|совет по правам человека)$/iu,
  /^(?:الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|الأمانة العامة|مجلس حقوق الإنسان)$/u,
  /^(?:大会|安全理事会|经济及社会理事会|秘书处|人权理事会)$/u,
  /^distr\.?\s*:?/iu,
  /^(?:original|orig\.)\s*:/iu,
  /^(?:english|french|spanish|russian|arabic|chinese|anglais|français|espagnol|inglés|francés|español|английский|русский)$/iu,
  /^(?:general|limited|restricted|générale|limitée|limitada|общий|ограниченный)$/iu,
  /^\*.*\*$/u, // barcode
  /^\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d+)*\s*\**$/u, // job number 19-13589 (E) 120619
  /^[\d\s*./()-]*$/u,
  /^\[.*\]$/u,
  /^(?:agenda item|item \d|point \d|tema \d|пункт \d|البند|议程项目)/iu,
];
const sessionLine = /(?<!\p{L})(?:session|sessions|sesiones|сессия|сессии)(?!\p{L})|الدورة|届会/iu;

/** The first heading-like lines of page 1 that are not symbol, date or distribution lines. */
function titleFromFirstPage(firstPage: string): string | null {
  const lines = firstPage.split('\n').slice(0, scannedLines).map((line) => line.trim());
  const isSkipped = (line: string, index: number): boolean => {
    if (line === '' || sessionLine.test(line)) return true;
    // The body above a session line: "International Law Commission\nSeventy-first session".
    const next = lines.slice(index + 1).find((later) => later !== '');
    if (next !== undefined && sessionLine.test(next)) return true;
    return isLetterhead(line);
  };
  const start = lines.findIndex((line, index) => !isSkipped(line, index));
  if (start < 0 || !isTitleLine(lines[start])) return null;
  const parts = [stripResolutionNumber(lines[start])];
  for (let index = start + 1; index < lines.length && parts.length < maxTitleLines; index++) {
    const line = lines[index];
    if (line === '' || isSkipped(line, index) || !isTitleLine(line)) break;
    if (!continuesTitle(parts[parts.length - 1], line)) break;
    parts.push(line);
  }
  return parts.join(' ');
}

/**
 * A line of the letterhead: organ, symbol, distribution, date, language, job number. Word and
 * text files put the letterhead's columns on one line ("United Nations\tA/AC.999/L.1",
 * "General Assembly    Distr.: General"), so each column is judged on its own.
 */
function isLetterhead(line: string): boolean {
  symbolPattern.lastIndex = 0;
  const withoutSymbols = line.replace(symbolPattern, ' ').trim();
  if (isLetterheadColumn(withoutSymbols)) return true;
  const columns = withoutSymbols.split(/\t|\s{2,}/u).map((column) => column.trim()).filter((column) => column !== '');
  return columns.length > 1 && columns.every(isLetterheadColumn);
}

function isLetterheadColumn(text: string): boolean {
  if (text === '' || !/\p{L}{2}/u.test(text) || frontMatter.some((pattern) => pattern.test(text))) return true;
  // A dateline: "15 May 2019", "Geneva, 29 April–7 June 2019", "Resolution adopted ... on 16 December 2005".
  const date = findFirstDate(text);
  return date !== null && (text.length - date.length <= 25 || text.length - (date.index + date.length) <= 3);
}

// How a preamble, a resolution or a speech begins: the first sentence, not the title.
const openingFormula =
  /^(?:the (?:high contracting parties|contracting (?:parties|states)|states parties|general assembly|security council|human rights council|member states)|we the peoples|having (?:regard|considered|examined|adopted)|considering|recalling|noting|recogni[sz]ing|reaffirming|mindful|bearing in mind|desiring|conscious|convinced|(?:mr|mister|madam|madame)\.? (?:president|chair|chairman|chairperson|co-chairs?|vice-president)|(?:your |his |her )?excellenc(?:y|ies)|distinguished|ladies and gentlemen|dear colleagues|thank you|les (?:états parties|hautes parties contractantes)|l['’]assemblée générale|considérant|rappelant|reconnaissant|ayant|monsieur le président|madame la présidente|los estados partes|las altas partes contratantes|la asamblea general|considerando|recordando|reconociendo|teniendo (?:en cuenta|presente)|señor presidente|señora presidenta)(?!\p{L})/iu;

function isTitleLine(line: string): boolean {
  if (readHeadingLine(line) || isPreambleHeading(line) || openingFormula.test(line.replace(/^[\s\-–—•*]+/u, ''))) return false;
  if (/[,;:،؛，；：]$/u.test(line)) return false;
  return line.length <= 200 && line.split(/\s+/).length <= 20;
}

/** "78/105. Crimes against humanity": the resolution's number is not part of its title. */
function stripResolutionNumber(line: string): string {
  return line.replace(/^\d+\/\d+\.\s+/, '');
}

// Words that cannot end a title, so the title goes on: "Rome Statute of the International\nCriminal Court".
const openEndings = /(?<!\p{L})(?:of|the|and|on|for|to|in|at|by|de|des|du|la|le|les|et|sur|y|del|los|las|el|en|и|в|о|об|по|на)$/iu;

function continuesTitle(previous: string, line: string): boolean {
  if (/[.!?。]$/.test(previous)) return false;
  if (startsLowercase(line) || openEndings.test(previous)) return true;
  return (isAllCaps(previous) && isAllCaps(line)) || (isTitleCase(previous) && isTitleCase(line));
}

/** "Rome Statute of the International" / "Criminal Court": every longer word capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length >= 2 && words.every((word) => startsUppercase(word));
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();
}
