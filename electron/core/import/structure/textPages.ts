// Cuts the text of a document without printed pages (text, Markdown, Word) into pages of
// bounded size: the reader shows and the search cites one page at a time, so a 20 MB text
// must not be one page. Pages end before a heading where there are headings, else at a
// paragraph's end; the pages joined with a line break give back the text.
import { readHeadingLine } from './headings';

export interface TextPageLimits {
  /** Longest page, in characters (a printed UN page holds about 3,500). */
  maxChars: number;
  /** A heading starts a new page once the page holds this many characters. */
  minCharsBeforeHeading: number;
}

export const defaultTextPageLimits: TextPageLimits = { maxChars: 4000, minCharsBeforeHeading: 1500 };

/** A piece of the text that never straddles two pages, with what joined it to the piece before. */
interface Piece {
  text: string;
  /** '\n' for a new line; ' ' or '' where an over-long line was cut. */
  joiner: string;
  /** A page may start here (a paragraph or heading starts here). */
  breakable: boolean;
  heading: boolean;
}

/**
 * Splits one page's text into pages of at most `limits.maxChars` characters (a single word
 * longer than that is cut where it must).
 *
 * @param text the clean text, lines separated by '\n'.
 * @param headingLines indexes of lines the source marked as headings (Markdown's `#` lines);
 *   lines that read as headings ("Article 7", "Chapter II") are found here too.
 * @returns the pages' texts. Joined with '\n' they give `text` back, except that where a line
 *   longer than a page had to be cut, the space at the cut (if any) becomes that line break.
 */
export function splitTextIntoPages(
  text: string,
  headingLines: ReadonlySet<number> = new Set(),
  limits: TextPageLimits = defaultTextPageLimits,
): string[] {
  if (text.length <= limits.maxChars) return [text];
  const pieces = toPieces(text, headingLines, limits.maxChars);
  const pages: string[] = [];
  let page: Piece[] = [];
  let pageChars = 0;
  // The last place on this page where a paragraph starts, and the characters before it.
  let lastBreak = -1;
  let charsBeforeLastBreak = 0;
  const add = (piece: Piece) => {
    if (piece.breakable && page.length > 0) {
      lastBreak = page.length;
      charsBeforeLastBreak = pageChars;
    }
    pageChars += (page.length > 0 ? piece.joiner.length : 0) + piece.text.length;
    page.push(piece);
  };
  const closePage = (at: number) => {
    pages.push(joinPieces(page.slice(0, at)));
    const carried = page.slice(at);
    page = [];
    pageChars = 0;
    lastBreak = -1;
    carried.forEach(add);
  };
  for (const piece of pieces) {
    if (page.length > 0) {
      if (piece.heading && pageChars >= limits.minCharsBeforeHeading) closePage(page.length);
      else if (pageChars + piece.joiner.length + piece.text.length > limits.maxChars) {
        // Back to the last paragraph's start unless that leaves a page too short to be useful.
        const atParagraph = lastBreak > 0 && charsBeforeLastBreak >= limits.minCharsBeforeHeading;
        closePage(atParagraph ? lastBreak : page.length);
      }
    }
    add(piece);
  }
  if (page.length > 0) pages.push(joinPieces(page));
  return pages;
}

function joinPieces(pieces: Piece[]): string {
  return pieces.map((piece, index) => (index > 0 ? piece.joiner : '') + piece.text).join('');
}

/**
 * The text's lines, each cut into pieces of at most `maxChars`. A paragraph starts after a
 * blank line, at a heading, or on every line of a text without blank lines (Word's
 * paragraphs arrive one a line).
 */
function toPieces(text: string, headingLines: ReadonlySet<number>, maxChars: number): Piece[] {
  const lines = text.split('\n');
  const blankLines = lines.filter((line) => line.trim() === '').length;
  const everyLineIsParagraph = blankLines < lines.length / 50;
  const pieces: Piece[] = [];
  lines.forEach((line, index) => {
    const heading = headingLines.has(index) || (line.length < 200 && readHeadingLine(line.trim()) !== null);
    const startsParagraph =
      index > 0 && line.trim() !== '' && (heading || everyLineIsParagraph || lines[index - 1].trim() === '');
    cutLine(line, maxChars).forEach((part, partIndex) =>
      pieces.push({
        text: part.text,
        joiner: partIndex === 0 ? '\n' : part.joiner,
        breakable: partIndex === 0 ? startsParagraph : true,
        heading: partIndex === 0 && heading,
      }),
    );
  });
  return pieces;
}

/** A line longer than a page, cut at the last space (or after the last sentence's end) before the limit. */
function cutLine(line: string, maxChars: number): { text: string; joiner: string }[] {
  const parts: { text: string; joiner: string }[] = [];
  let rest = line;
  let joiner = '\n';
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars + 1);
    const space = window.lastIndexOf(' ');
    const sentenceEnd = Math.max(...['。', '．', '！', '？', '؟'].map((mark) => window.lastIndexOf(mark)));
    if (space > maxChars / 2) {
      parts.push({ text: rest.slice(0, space), joiner });
      rest = rest.slice(space + 1);
      joiner = ' ';
    } else {
      const cut = sentenceEnd > maxChars / 2 && sentenceEnd < maxChars ? sentenceEnd + 1 : maxChars;
      parts.push({ text: rest.slice(0, cut), joiner });
      rest = rest.slice(cut);
      joiner = '';
    }
  }
  parts.push({ text: rest, joiner });
  return parts;
}
