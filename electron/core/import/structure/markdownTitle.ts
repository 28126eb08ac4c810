// The title of a Markdown document: one of the headings at its top, never an HTML line.
import { isPreambleHeading, readHeadingLine, startsLowercase } from './headings';

/**
 * How many words of the text under the headings are read to tell which heading is its title:
 * the start of the text only, so that a translation further down does not count.
 */
const bodyWords = 500;

/**
 * The title among the headings that open a Markdown document, before its text starts.
 * A bilingual file can open with the title in two languages ("## Statuut van Rome…" then
 * "#### Rome Statute…" above the English text): the title is the heading that shares the most
 * words with the start of the text below, i.e. the heading in the text's own language. A heading that goes on in
 * lowercase on the next heading line ("Convention" / "against torture…") is one title.
 * Article, part and preamble headings are not titles.
 *
 * @param lines the document's lines with the Markdown marks stripped.
 * @param headingLines indexes of the lines that were headings.
 * @returns the title without a closing full stop, or null when no heading opens the document.
 */
export function markdownTitle(lines: string[], headingLines: ReadonlySet<number>): string | null {
  const candidates: string[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === '') continue;
    if (!headingLines.has(index) || readHeadingLine(line) || isPreambleHeading(line)) break;
    if (candidates.length > 0 && startsLowercase(line)) candidates[candidates.length - 1] += ` ${line}`;
    else candidates.push(line);
  }
  if (candidates.length <= 1) return candidates[0] ? withoutFullStop(candidates[0]) : null;
  const body = new Set(
    lines
      .slice(index)
      .join(' ')
      .toLowerCase()
      .match(/\p{L}{3,}/gu)
      ?.slice(0, bodyWords),
  );
  const share = (candidate: string): number => {
    const words = candidate.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
    return words.length === 0 ? 0 : words.filter((word) => body.has(word)).length / words.length;
  };
  // The first of the headings that share the most words with the text; ties go to the first.
  const best = candidates.reduce((chosen, candidate) => (share(candidate) > share(chosen) ? candidate : chosen));
  return withoutFullStop(best);
}

function withoutFullStop(title: string): string {
  return title.replace(/(?<!\.)\.$/u, '').trim();
}
