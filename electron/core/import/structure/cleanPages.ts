// Cleans extracted page lines into page texts: no running headers and footers, no page
// numbers, no words broken at the end of a line. Everything else stays as extracted.
import { readHeadingLine } from './headings';
import { romanToInt, toAsciiDigits } from './numerals';

/** A line must recur at the top or bottom of this share of pages to count as a running header. */
const repeatShare = 0.5;
/** How many lines at each edge of a page can belong to a running header or footer. */
const edgeLines = 2;

export function cleanPages(pagesLines: string[][]): string[] {
  const pages = pagesLines.map((lines) => lines.map((line) => line.replace(/\s+$/u, '')));
  const running = pages.length >= 3 ? runningLines(pages) : new Set<string>();
  const cleaned = pages.map((lines) => stripEdges(lines, running));
  joinBrokenWords(cleaned);
  return cleaned.map((lines) => lines.join('\n'));
}

/**
 * Page numbers are left out, so "Draft articles 3" and "4  Draft articles" (even and odd pages)
 * are one header; a heading keeps its digits, so "Article 5" and "Article 9" at the top of two
 * pages never look like a header.
 */
function edgeKey(line: string): string {
  const text = toAsciiDigits(line.trim()).replace(/\s+/g, ' ');
  if (readHeadingLine(text)) return `heading:${text}`;
  if (!/\p{L}/u.test(text)) return text.replace(/\d+/g, '#'); // a job number: 19-13589
  return text.replace(/\s*\d+\s*/g, (digits) => (digits.startsWith(' ') && digits.endsWith(' ') ? ' ' : '')).trim();
}

function runningLines(pages: string[][]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const visible = lines.filter((line) => line.trim() !== '');
    // One line deeper than the edge, so a header of three stacked lines is still seen.
    const edge = [...visible.slice(0, edgeLines + 1), ...visible.slice(-(edgeLines + 1))];
    for (const key of new Set(edge.map(edgeKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * repeatShare));
  return new Set([...pagesWith].filter(([, count]) => count >= needed).map(([key]) => key));
}

function stripEdges(lines: string[], running: Set<string>): string[] {
  const removable = (line: string): boolean => running.has(edgeKey(line)) || isPageNumber(line);
  const kept = [...lines];
  for (const fromTop of [true, false]) {
    let removed = true;
    // Peels again after a removal: a header and a page number can stack at one edge.
    for (let round = 0; removed && round < 3; round++) {
      removed = false;
      const visible = kept.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
      const edge = fromTop ? visible.slice(0, edgeLines) : visible.slice(-edgeLines).toReversed();
      const doomed = edge.filter(({ line }) => removable(line)).map(({ index }) => index);
      for (const index of doomed.toSorted((a, b) => b - a)) kept.splice(index, 1);
      removed = doomed.length > 0;
      if (removed) trimBlankEdge(kept, fromTop);
    }
  }
  return kept;
}

function trimBlankEdge(lines: string[], fromTop: boolean): void {
  if (fromTop) while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  else while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
}

const pageNumberPatterns = [
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/, // 3, - 3 -
  /^(?:page|página|pagina|p\.|стр\.?|страница|الصفحة|صفحة)\s*\d{1,4}(?:\s*(?:of|de|sur|из|من)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/45
  /^[[(]\s*\d{1,4}\s*[\])]$/, // [3]
  /^第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?$/u,
];

export function isPageNumber(line: string): boolean {
  const text = toAsciiDigits(line.trim());
  if (pageNumberPatterns.some((pattern) => pattern.test(text))) return true;
  const roman = /^[-–—]?\s*([ivxlc]{1,7})\s*[-–—]?$/i.exec(text);
  return roman !== null && romanToInt(roman[1]) !== null;
}

// Compounds whose hyphen belongs to the word even when it falls at a line end.
const keptHyphenPrefixes = new Set(['non', 'self', 'quasi', 'sous', 'vice', 'ex']);
const keptHyphenSuffixes = /^(?:à|là|même|либо|нибудь|то|член|участ)/u;

/**
 * "persecu-" + "tion of" becomes "persecution" + "of": the word is mended on the first line and
 * the rest of the second line stays where it was. A capital or a digit after the hyphen marks a
 * real compound ("Secretary-\nGeneral", "Article 8-\n2") and is left alone. Works across pages.
 */
function joinBrokenWords(pages: string[][]): void {
  const positions: { page: number; line: number }[] = [];
  pages.forEach((lines, page) => lines.forEach((_, line) => positions.push({ page, line })));
  for (let index = 0; index + 1 < positions.length; index++) {
    const here = positions[index];
    const there = positions[index + 1];
    const first = pages[here.page][here.line];
    const second = pages[there.page][there.line];
    const broken = /(\p{L}+)([-\u00AD\u2010])$/u.exec(first);
    if (!broken || second === undefined) continue;
    const body = second.trimStart();
    const soft = broken[2] === '\u00AD';
    if (body === '' || (!soft && !/^\p{Ll}/u.test(body))) continue;
    const word = body.split(/\s/u)[0];
    const keepHyphen =
      !soft && (keptHyphenPrefixes.has(broken[1].toLowerCase()) || keptHyphenSuffixes.test(word));
    pages[here.page][here.line] = first.slice(0, keepHyphen ? first.length : -1) + word;
    const rest = body.slice(word.length).trimStart();
    if (rest === '') {
      pages[there.page].splice(there.line, 1);
      positions.splice(index + 1, 1);
      for (const later of positions) if (later.page === there.page && later.line > there.line) later.line -= 1;
      // The mended line may end in a hyphen again; look at it once more.
      index -= 1;
    } else {
      pages[there.page][there.line] = second.slice(0, second.length - body.length) + rest;
    }
  }
}
