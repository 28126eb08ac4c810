// Finds the heading lines of a document and the title lines that belong to them.
import {
  type HeadingKind,
  headingRank,
  isPreambleHeading,
  isTitleLike,
  maxOwnLineTitleWords,
  readHeadingLine,
  startsLowercase,
} from './headings';
import { readListMarker } from './listMarkers';
import { isBlank, type TextLine } from './textLines';

export interface DocumentHeading {
  kind: HeadingKind;
  label: string;
  title: string | null;
  /** Index of the heading line. */
  line: number;
  /** Index of the heading's last line: its title can sit on the lines below. */
  lastLine: number;
}

export function findHeadings(lines: TextLine[]): DocumentHeading[] {
  const headings: DocumentHeading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = readHeadingLine(lines[index].text);
    const followsHeading = headings.length > 0 && headings[headings.length - 1].lastLine === index - 1;
    if (!match || (!followsHeading && continuesProse(lines, index))) continue;
    let title = match.title;
    let lastLine = index;
    if (title === null) {
      const below = titleBelow(lines, index);
      if (below) ({ title, lastLine } = below);
    }
    if (title !== null && isAllCaps(title)) {
      // Capitalised titles of parts wrap onto a second capitalised line.
      const next = lines[lastLine + 1];
      if (next && isAllCaps(next.text) && isOwnLineTitle(next.text)) {
        title = `${title} ${next.text.trim()}`;
        lastLine += 1;
      }
    }
    headings.push({ ...match, title, line: index, lastLine });
    index = lastLine;
  }
  return dropContentsEntries(headings, lines);
}

// Words a sentence cannot stop on: a line ending with one runs on into the next line.
const openEnding =
  /(?<!\p{L})(?:in|with|under|of|to|and|or|see|by|the|per|from|pursuant|de|du|des|à|au|aux|et|ou|la|le|les|par|selon|en|dans|sur|del|el|los|las|y|o|con|por|según|al|в|и|или|с|со|по|к|на|о|об|согласно)$/iu;

/**
 * "...as provided for in\nArticle 7." is the sentence going on, not a heading. (A heading line
 * followed by lowercase words, "Article 7 of the Statute", is already refused by readHeadingLine.)
 */
function continuesProse(lines: TextLine[], index: number): boolean {
  return index > 0 && openEnding.test(lines[index - 1].text.trim());
}

/** "Article 7\nCrimes against humanity": a short line under the heading, perhaps after one blank line. */
function titleBelow(lines: TextLine[], headingLine: number): { title: string; lastLine: number } | null {
  let index = headingLine + 1;
  if (index < lines.length && isBlank(lines[index])) index += 1;
  if (index >= lines.length || !isOwnLineTitle(lines[index].text)) return null;
  const title = lines[index].text.trim();
  const next = lines[index + 1];
  if (!next || !startsLowercase(next.text)) return { title, lastLine: index };
  // A lowercase line after it: either the title wraps ("...a summons to\nappear") or the "title"
  // was the first line of a sentence. A wrapped title ends soon and without punctuation.
  const following = lines[index + 2];
  const wraps =
    isOwnLineTitle(next.text) &&
    next.text.trim().split(/\s+/).length <= 6 &&
    !(following && startsLowercase(following.text));
  return wraps ? { title: `${title} ${next.text.trim()}`, lastLine: index + 1 } : null;
}

function isOwnLineTitle(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || startsLowercase(trimmed)) return false;
  if (readHeadingLine(trimmed) || readListMarker(trimmed) || isPreambleHeading(trimmed)) return false;
  if (/[.:;,。：；，،؛]$/.test(trimmed)) return false;
  return isTitleLike(trimmed, maxOwnLineTitleWords);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A table of contents lists each heading with nothing under it; when the same heading appears
 * again later with a body, the listing is dropped. A heading that appears once stays, empty or not:
 * "Article 124 [Deleted]" is still citable. Articles go first, so that a listed part, once its
 * listed articles are gone, is seen to be empty too.
 */
function dropContentsEntries(headings: DocumentHeading[], lines: TextLine[]): DocumentHeading[] {
  let kept = headings;
  for (const rank of [4, 3, 2, 1]) {
    kept = kept.filter((heading, position) => {
      if (headingRank[heading.kind] !== rank) return true;
      const next = kept[position + 1];
      if (next && headingRank[next.kind] > rank) return true;
      const bodyEnd = next ? next.line : lines.length;
      for (let index = heading.lastLine + 1; index < bodyEnd; index++) if (!isBlank(lines[index])) return true;
      return !kept.some(
        (later, laterPosition) =>
          laterPosition > position && later.kind === heading.kind && later.label === heading.label,
      );
    });
  }
  return kept;
}
