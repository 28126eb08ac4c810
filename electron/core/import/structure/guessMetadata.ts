// Guesses a document's title, UN symbol, date and language from its clean page texts. Every
// guess can be wrong and is shown to the user for correction, so each one prefers null to noise.
import { findFirstDate } from './documentDates';
import { isPreambleHeading, readHeadingLine, startsLowercase, startsUppercase } from './headings';
import type { GuessedMetadata } from './types';

export interface MetadataHints {
  /** The title the file declares (PDF Info dictionary), often junk. */
  pdfTitle?: string | null;
  fileName?: string;
}

export function guessMetadata(pages: string[], hints: MetadataHints = {}): GuessedMetadata {
  const firstPage = pages[0] ?? '';
  const symbol = findSymbol(pages);
  const date = findFirstDate(firstPage) ?? findFirstDate(pages[1] ?? '');
  return {
    title: guessTitle(firstPage, symbol, hints),
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
  /^(?:general assembly|security council|economic and social council|trusteeship council|secretariat|international court of justice|human rights council)$/iu,
  /^(?:assemblée générale|conseil de sécurité|conseil économique et social|secrétariat|conseil des droits de l’homme|conseil des droits de l'homme)$/iu,
  /^(?:asamblea general|consejo de seguridad|consejo económico y social|secretaría|consejo de derechos humanos)$/iu,
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
    if (line === '' || frontMatter.some((pattern) => pattern.test(line)) || sessionLine.test(line)) return true;
    // The body above a session line: "International Law Commission\nSeventy-first session".
    const next = lines.slice(index + 1).find((later) => later !== '');
    if (next !== undefined && sessionLine.test(next)) return true;
    symbolPattern.lastIndex = 0;
    const withoutSymbols = line.replace(symbolPattern, '').trim();
    if (withoutSymbols === '' || !/\p{L}{2}/u.test(withoutSymbols)) return true;
    // A dateline: "15 May 2019", "Geneva, 29 April–7 June 2019", "Resolution adopted ... on 16 December 2005".
    const date = findFirstDate(line);
    return date !== null && (line.length - date.length <= 25 || line.length - (date.index + date.length) <= 3);
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

function isTitleLine(line: string): boolean {
  if (readHeadingLine(line) || isPreambleHeading(line)) return false;
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
