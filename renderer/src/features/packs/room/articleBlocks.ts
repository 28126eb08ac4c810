import type { RedlineSegment } from '../../../../../electron/common/model';

/**
 * A stretch of an article's text as the room shows it: the lines before the first numbered
 * paragraph (the article's number and heading), then one block per paragraph ("1.", "(1)") and
 * per sub-paragraph ("(a)", "(ii)"), each with its redline runs, so the go-to box can land on
 * "6(2)(b)" and the changes stay marked inside it.
 */
export interface ArticleBlock {
  /** The paragraph path, outermost first, as parseCitation writes it: ["2", "b"]; [] for the lines before the first paragraph. */
  path: string[];
  /** The block's words as redline runs (one `same` run where the pack shows no redline); a body block's PDF line breaks inside a sentence are spaces. */
  segments: RedlineSegment[];
  /** True for the article's heading lines ("Article 2", "General obligation"), shown line by line in bold; the text after them, even unnumbered, is body. */
  lead: boolean;
}

// A marker at the start of a line: "1. ", "(1) ", "(a) ", "(ii) ". The import labels paragraphs from the same marks (listItems.ts).
const marker = /^(?:(\d{1,3})\.|\((\d{1,3})\)|\(([a-z]{1,4})\))\s/u;
const roman = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/u;

/** True where a letter continues the sub-paragraphs before it ("(h)" then "(i)" is a letter, not a roman one). */
function followsLetter(letter: string | undefined, candidate: string): boolean {
  return letter !== undefined && letter.length === 1 && candidate.length === 1 && candidate.charCodeAt(0) === letter.charCodeAt(0) + 1;
}

/** Where each block starts in the newer text (UTF-16 offsets), and its path. */
function blockStarts(text: string): { start: number; path: string[] }[] {
  const starts: { start: number; path: string[] }[] = [];
  let paragraph: string | undefined;
  let letter: string | undefined;
  for (let lineStart = 0; lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1 || text.length) {
    const found = marker.exec(text.slice(lineStart, lineStart + 12));
    if (!found) continue;
    const number = found[1] ?? found[2];
    const part = found[3];
    let path: string[];
    if (number !== undefined) {
      paragraph = String(Number(number));
      letter = undefined;
      path = [paragraph];
    } else if (roman.test(part) && letter !== undefined && !followsLetter(letter, part)) {
      path = [...(paragraph ? [paragraph] : []), letter, part];
    } else {
      letter = part;
      path = [...(paragraph ? [paragraph] : []), part];
    }
    starts.push({ start: lineStart, path });
  }
  return starts;
}

// The heading line an article starts with: "Article 2", "Art. 6 bis", "Draft article 7".
const articleLine = /^\s*(?:draft\s+)?art(?:icle|\.)?\s*\d/iu;
// Its title below it: short, not ending as a sentence or clause does, and followed by a line that starts afresh (not "crimes." going on).
const titleLine = (line: string, next: string) => {
  const words = line.trim();
  return words.length > 0 && words.length <= 80 && !/[.;:,]$/u.test(words) && /^\s*[\p{Lu}\p{N}(]/u.test(next);
};
const sameWords = (left: string, right: string) => left.replace(/\s+/gu, ' ').trim().toLowerCase() === right.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Where the heading lines end in the text before the first paragraph (a UTF-16 offset into
 * `text`, at most `limit`): the "Article N" line, and the title line below it (the import's
 * `heading` where known, else a short line with no sentence ending); 0 when the text opens with
 * no article line.
 */
function headingEnd(text: string, limit: number, heading: string | null): number {
  const lines = text.slice(0, limit).split('\n');
  if (!articleLine.test(lines[0] ?? '')) return 0;
  let end = lines[0].length + 1;
  const title = lines[1];
  if (lines.length > 2 && title !== undefined && (heading ? sameWords(title, heading) : titleLine(title, lines[2] || text.slice(limit)))) end += title.length + 1;
  return Math.min(end, limit);
}

/**
 * A body block's words reflowed: a line break where the PDF wrapped a sentence becomes a space;
 * one after a sentence's end (. : ; ! ?) is kept, as the text may start a new paragraph there.
 */
function reflow(segments: RedlineSegment[]): RedlineSegment[] {
  const whole = segments.map((segment) => segment.text).join('');
  // A break with words after it in the block, and none of a sentence's endings before it, joins the lines.
  const joins = (at: number) => /\S/u.test(whole.slice(at + 1)) && !/[.:;!?]["”’)]?\s*$/u.test(whole.slice(0, at));
  let offset = 0;
  return segments.map((segment) => {
    const start = offset;
    offset += segment.text.length;
    const text = segment.text.replace(/\n/gu, (found, at: number) => (joins(start + at) ? ' ' : found));
    return text === segment.text ? segment : { ...segment, text };
  });
}

const removed = (segment: RedlineSegment) => segment.kind === 'deleted' || segment.kind === 'movedFrom';

/**
 * An article's text cut into blocks (see ArticleBlock). `redline` (from the previous revision)
 * is read on its newer side to find the markers; deleted runs stay in the block where they
 * stood. Without a redline the text is one `same` run.
 */
export function articleBlocks(text: string, redline: RedlineSegment[] | null, heading: string | null = null): ArticleBlock[] {
  const segments: RedlineSegment[] = redline ?? [{ kind: 'same', text }];
  const newer = segments.filter((segment) => !removed(segment)).map((segment) => segment.text).join('');
  const starts = blockStarts(newer);
  const firstParagraph = starts[0]?.start ?? newer.length;
  const headingStop = headingEnd(newer, firstParagraph, heading);
  const opening: { start: number; path: string[]; lead: boolean }[] = [];
  if (headingStop > 0) opening.push({ start: 0, path: [], lead: true });
  // The text before the first paragraph, after the heading: the whole body of an article without numbered paragraphs.
  if (newer.slice(headingStop, firstParagraph).trim() !== '' || (opening.length === 0 && starts.length === 0)) opening.push({ start: headingStop, path: [], lead: false });
  starts.unshift(...opening);
  const blocks: ArticleBlock[] = starts.map(({ path }, index) => ({ path, segments: [], lead: opening[index]?.lead ?? false }));
  // The block holding newer-text offset `at`: the last one starting at or before it.
  let current = 0;
  const blockAt = (at: number) => {
    while (current + 1 < starts.length && starts[current + 1].start <= at) current += 1;
    return current;
  };
  let position = 0;
  for (const segment of segments) {
    if (removed(segment)) {
      blocks[blockAt(position)].segments.push(segment);
      continue;
    }
    let rest = segment.text;
    while (rest.length > 0) {
      const index = blockAt(position);
      const end = index + 1 < starts.length ? starts[index + 1].start : Infinity;
      const piece = rest.slice(0, end - position);
      // A run cut in two loses its older form, which is the whole run's.
      blocks[index].segments.push(piece === segment.text ? segment : { kind: segment.kind, text: piece, move: segment.move });
      position += piece.length;
      rest = rest.slice(piece.length);
    }
  }
  return blocks
    .filter((block) => block.segments.some((segment) => segment.text.trim() !== ''))
    .map((block) => (block.lead ? block : { ...block, segments: reflow(block.segments) }));
}
