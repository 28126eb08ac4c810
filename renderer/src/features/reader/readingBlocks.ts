import type { DocumentPassage, PassageLevel } from '../../../../electron/common/model';
import { passageTree, type PassageTreeNode } from '../../../../electron/common/passageTree';

/** One block of the reading view: a heading (part, chapter, section, article) or a paragraph. */
export interface ReadingBlock {
  /** Unique in the view: "12-0", "12-1" for the first and second paragraphs of passage 12. */
  key: string;
  passageId: number;
  level: PassageLevel;
  kind: 'heading' | 'text';
  /** In the margin, on a passage's first block: "Art. 7", "7(1)(h)", "para. 3"; null otherwise. */
  label: string | null;
  /** The passage's full label, for the label's tooltip and to cite it. */
  fullLabel: string;
  /** A heading's line ("Article 7") or a paragraph's text, its lines joined. */
  text: string;
  /** A heading's title under it ("Crimes against humanity"), when it has one. */
  subtitle: string | null;
  /** How deep a paragraph is nested in its article: 0 for a paragraph, 1 for its sub-paragraphs. */
  depth: number;
  /** The page (zero-based) where the passage starts. */
  page: number;
}

const structureLevels: ReadonlySet<PassageLevel> = new Set(['part', 'chapter', 'section', 'article']);
const cjk = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * The reading view of a document: its passages as import found them, in reading order, each
 * passage's own text (what comes before its first sub-passage) cut into paragraphs whose
 * lines are joined, so the page's line breaks do not show. A passage's text holds its
 * sub-passages' text; the cut is where the first of them begins.
 */
export function readingBlocks(passages: readonly DocumentPassage[]): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  const visit = (node: PassageTreeNode<DocumentPassage>, depth: number) => {
    const { passage, children } = node;
    const own = ownText(passage.text, children[0]?.passage.text);
    const base = { passageId: passage.id, level: passage.level, fullLabel: passage.label, page: passage.start.page, depth };
    let paragraphs: string[];
    if (structureLevels.has(passage.level)) {
      const { line, subtitle, body } = splitHeading(own, passage.heading);
      blocks.push({ ...base, key: `${passage.id}-h`, kind: 'heading', label: marginLabel(passage), text: line, subtitle, depth: 0 });
      paragraphs = splitParagraphs(body);
      paragraphs.forEach((text, index) => blocks.push({ ...base, key: `${passage.id}-${index}`, kind: 'text', label: null, text, subtitle: null, depth: 0 }));
    } else {
      paragraphs = splitParagraphs(own);
      paragraphs.forEach((text, index) =>
        blocks.push({ ...base, key: `${passage.id}-${index}`, kind: 'text', label: index === 0 ? marginLabel(passage) : null, text, subtitle: null }),
      );
    }
    const nested = passage.level === 'paragraph' || passage.level === 'subparagraph';
    for (const child of children) visit(child, nested ? depth + 1 : 0);
  };
  for (const root of passageTree(passages)) visit(root, 0);
  return blocks;
}

/** The passage's text before its first sub-passage begins (all of it without one). */
function ownText(text: string, firstChildText: string | undefined): string {
  if (firstChildText === undefined) return text;
  const cut = text.indexOf(firstChildText.slice(0, 60));
  // Not found would mean the texts disagree: show nothing twice rather than the child's text here.
  return cut >= 0 ? text.slice(0, cut) : '';
}

/** "Art. 7" for an article, "7(1)(h)" for its paragraphs, "para. 3" in the preamble, nothing for a chunk. */
function marginLabel(passage: DocumentPassage): string | null {
  if (passage.level === 'chunk') return null;
  if (passage.level === 'paragraph' || passage.level === 'subparagraph') return passage.label.replace(/^Art\.\s*/u, '');
  if (passage.level === 'preamble') return passage.label.replace(/^[^,]*,\s*/u, '');
  return passage.label;
}

function flat(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** A heading's first line ("Article 7"), its title when the next lines give it, and the rest. */
function splitHeading(text: string, heading: string | null): { line: string; subtitle: string | null; body: string } {
  const lines = text.split('\n');
  const line = (lines.shift() ?? '').trim();
  let rest = lines.join('\n');
  let subtitle: string | null = null;
  if (heading && !flat(line).includes(flat(heading))) {
    // The title is on the lines below: take as many lines as spell it.
    let taken = 0;
    let joined = '';
    while (taken < lines.length && flat(joined).length < flat(heading).length) joined += `${lines[taken++]}\n`;
    if (flat(joined) === flat(heading)) {
      subtitle = flat(heading);
      rest = lines.slice(taken).join('\n');
    }
  }
  return { line, subtitle, body: rest };
}

/**
 * Paragraphs of a text whose lines were broken by the page: a blank line ends a paragraph,
 * and so does a line that ends a sentence well short of the longest line (the last line of a
 * paragraph rarely fills the measure).
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const longest = Math.max(0, ...lines.map((line) => line.length));
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') paragraphs.push(current);
    current = '';
  };
  for (const line of lines) {
    if (line === '') {
      flush();
      continue;
    }
    // Chinese and Japanese lines join without a space.
    current = current === '' ? line : cjk.test(current.at(-1)!) && cjk.test(line[0]) ? current + line : `${current} ${line}`;
    if (/[.;:!?。；：！？"”')]$/u.test(line) && line.length < longest * 0.7) flush();
  }
  flush();
  return paragraphs;
}
