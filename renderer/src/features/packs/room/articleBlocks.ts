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
  /** The block's words as redline runs (one `same` run where the pack shows no redline). */
  segments: RedlineSegment[];
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

const removed = (segment: RedlineSegment) => segment.kind === 'deleted' || segment.kind === 'movedFrom';

/**
 * An article's text cut into blocks (see ArticleBlock). `redline` (from the previous revision)
 * is read on its newer side to find the markers; deleted runs stay in the block where they
 * stood. Without a redline the text is one `same` run.
 */
export function articleBlocks(text: string, redline: RedlineSegment[] | null): ArticleBlock[] {
  const segments: RedlineSegment[] = redline ?? [{ kind: 'same', text }];
  const newer = segments.filter((segment) => !removed(segment)).map((segment) => segment.text).join('');
  const starts = blockStarts(newer);
  if (starts.length === 0 || starts[0].start > 0) starts.unshift({ start: 0, path: [] });
  const blocks: ArticleBlock[] = starts.map(({ path }) => ({ path, segments: [] }));
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
  return blocks.filter((block) => block.segments.some((segment) => segment.text.trim() !== ''));
}
