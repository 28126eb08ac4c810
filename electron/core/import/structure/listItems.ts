// Numbered paragraphs and sub-paragraphs inside one article, nested as the markers say.
import { startsLowercase } from './headings';
import { letterFamilies, type MarkerFamily, type MarkerReading, readListMarkers } from './listMarkers';
import { intToRoman, letterForIndex } from './numerals';
import { isBlank, type TextLine } from './textLines';

export interface ListItem {
  level: 'paragraph' | 'subparagraph';
  /** What the item adds to its article's label: "(1)(h)", "(2)(g)(ii)". */
  suffix: string;
  line: number;
  /** Where the item starts in its line: "(a)" in "2. (a) The Presidency..." starts after "2. ". */
  column: number;
  lastLine: number;
  /** Position in the returned list of the enclosing item, or null for the article itself. */
  parentItem: number | null;
}

interface OpenLevel {
  family: MarkerFamily;
  value: number;
}

interface Placed {
  line: number;
  column: number;
  depth: number;
  reading: MarkerReading;
}

/** The list items of the article body between lines `first` and `last` (inclusive). */
export function findListItems(lines: TextLine[], first: number, last: number): ListItem[] {
  const placed = placeMarkers(lines, first, last);
  const items: ListItem[] = [];
  const tokens: string[] = [];
  const itemAtDepth: number[] = [];
  const families: MarkerFamily[] = [];
  placed.forEach((marker, position) => {
    families.length = marker.depth;
    tokens.length = marker.depth;
    const parentFamily = marker.depth > 0 ? families[marker.depth - 1] : null;
    families.push(marker.reading.family);
    tokens.push(labelToken(marker.reading, parentFamily));
    const next = placed.slice(position + 1).find((later) => later.depth <= marker.depth);
    const numbered = marker.reading.family === 'number' || marker.reading.family === 'parenNumber';
    items.push({
      level: marker.depth === 0 && numbered ? 'paragraph' : 'subparagraph',
      suffix: tokens.join(''),
      line: marker.line,
      column: marker.column,
      lastLine: next ? next.line - 1 : last,
      parentItem: marker.depth > 0 ? itemAtDepth[marker.depth - 1] : null,
    });
    itemAtDepth[marker.depth] = items.length - 1;
  });
  return items;
}

/**
 * Decides, marker by marker, which level each one continues or opens. A marker counts only when
 * it is the next in a sequence already open, or the first of a new one: that is what keeps a
 * stray "2." or "(a)" at the start of a wrapped line out.
 */
function placeMarkers(lines: TextLine[], first: number, last: number): Placed[] {
  const found: { line: number; column: number; readings: MarkerReading[]; sameLine: boolean }[] = [];
  for (let index = first; index <= last; index++) {
    const markers = readListMarkers(lines[index].text);
    if (markers.length === 0 || continuesSentence(lines, index, first)) continue;
    markers.forEach((marker, position) =>
      found.push({ line: index, column: marker.column, readings: marker.readings, sameLine: position > 0 }),
    );
  }
  const stack: OpenLevel[] = [];
  const placed: Placed[] = [];
  let skipLine = -1;
  found.forEach(({ line, column, readings, sameLine }, position) => {
    if (line === skipLine) return;
    const choice = chooseReading(stack, readings, found[position + 1]?.readings ?? []);
    // A second marker on a line must open a deeper level, or it is not a marker after all.
    const previous = placed[placed.length - 1];
    if (!choice || (sameLine && (previous?.line !== line || choice.depth <= previous.depth))) {
      skipLine = line;
      return;
    }
    stack.length = choice.depth;
    stack.push({ family: choice.reading.family, value: choice.reading.value });
    placed.push({ line, column, depth: choice.depth, reading: choice.reading });
  });
  return placed;
}

/** "...as referred to in paragraph\n(a) of this article": a marker inside a running sentence. */
function continuesSentence(lines: TextLine[], index: number, first: number): boolean {
  if (index === first || isBlank(lines[index - 1])) return false;
  const previous = lines[index - 1].text.trimEnd();
  const afterMarker = lines[index].text.trimStart().replace(/^\S+\s*/, '');
  return /[\p{Ll}\p{N}]$/u.test(previous) && afterMarker !== '' && startsLowercase(afterMarker);
}

function chooseReading(
  stack: OpenLevel[],
  readings: MarkerReading[],
  nextReadings: MarkerReading[],
): { depth: number; reading: MarkerReading } | null {
  const continues = (depth: number): MarkerReading | undefined =>
    readings.find((reading) => reading.family === stack[depth].family && reading.value === stack[depth].value + 1);
  const deepest = stack.length - 1;
  const continuation = deepest >= 0 ? continues(deepest) : undefined;
  const opening = readings.find((reading) => reading.value === 1 && mayOpen(stack, reading.family));
  if (continuation && opening) {
    // "(i)" after "(h)" is the letter i, unless "(ii)" follows: then it opens a roman list.
    const secondOfOpening = nextReadings.some((next) => next.family === opening.family && next.value === 2);
    return secondOfOpening ? { depth: stack.length, reading: opening } : { depth: deepest, reading: continuation };
  }
  if (continuation) return { depth: deepest, reading: continuation };
  if (opening) return { depth: stack.length, reading: opening };
  for (let depth = deepest - 1; depth >= 0; depth--) {
    const reading = continues(depth);
    if (reading) return { depth, reading };
  }
  return null;
}

/**
 * A family opens a level only once per branch, except that the Chinese texts number the third
 * level "1." under "（一）" under "1.".
 */
function mayOpen(stack: OpenLevel[], family: MarkerFamily): boolean {
  if (!stack.some((level) => level.family === family)) return true;
  const numbered = family === 'number' || family === 'parenNumber';
  const top = stack[stack.length - 1];
  return numbered && stack.length === 2 && top.family === 'cjkNumber';
}

function labelToken(reading: MarkerReading, parentFamily: MarkerFamily | null): string {
  switch (reading.family) {
    case 'number':
    case 'parenNumber':
      // A number under a letter stands where English has a roman numeral: cite it as one.
      return parentFamily !== null && letterFamilies.has(parentFamily)
        ? `(${intToRoman(reading.value)})`
        : `(${reading.value})`;
    case 'roman':
    case 'quotedNumber':
      return `(${intToRoman(reading.value)})`;
    default:
      return `(${letterForIndex(reading.value - 1)})`;
  }
}
