import type { DocumentPassage } from '../../../../electron/common/model';
import { passageTree, type PassageTreeNode } from '../../../../electron/common/passageTree';

/** One entry of the Articles panel. */
export interface OutlineEntry {
  /** "p123" for passage 123; "preamble" for the preamble's group. */
  id: string;
  /** "Art. 7", "Part 2", "(h)", "para. 3". */
  name: string;
  /** The heading, or the first words of a paragraph; null when there is nothing to add. */
  detail: string | null;
  /** Where the entry leads. */
  passage: DocumentPassage;
  children: OutlineEntry[];
}

/** How much of a paragraph's text names it in the panel, in characters. */
const detailLength = 80;

/**
 * The Articles panel's tree from a document's passages: the structure import found, without
 * the chunks of a document that has no articles; the preamble's paragraphs under one entry
 * named `preambleName`. `openKeys` are the entries to show open at first: parts, chapters
 * and sections (so their articles show), not the articles (so 128 of them fit in a glance).
 */
export function articleOutline(passages: readonly DocumentPassage[], preambleName: string): { entries: OutlineEntry[]; openKeys: string[] } {
  const openKeys: string[] = [];
  const entryOf = (node: PassageTreeNode<DocumentPassage>): OutlineEntry => {
    const { passage } = node;
    if (['part', 'chapter', 'section'].includes(passage.level) && node.children.length > 0) openKeys.push(`p${passage.id}`);
    return { id: `p${passage.id}`, ...nameOf(passage), passage, children: node.children.map(entryOf) };
  };
  const structure = passages.filter((passage) => passage.level !== 'chunk');
  const entries: OutlineEntry[] = [];
  let preamble: OutlineEntry | undefined;
  for (const node of passageTree(structure)) {
    const entry = entryOf(node);
    if (node.passage.level !== 'preamble') {
      entries.push(entry);
      continue;
    }
    if (!preamble) {
      preamble = { id: 'preamble', name: preambleName, detail: null, passage: node.passage, children: [] };
      entries.push(preamble);
    }
    preamble.children.push(entry);
  }
  return { entries, openKeys };
}

function nameOf(passage: DocumentPassage): { name: string; detail: string | null } {
  if (passage.level === 'paragraph' || passage.level === 'subparagraph') {
    const steps = passage.label.match(/\([^()]*\)$/u);
    // The text opens with its own marker ("(h) Persecution…"): the name already says it.
    const text = passage.text.replace(/^\s*(?:\(?[\p{L}\p{N}]{1,6}[.)]|\([\p{L}\p{N}]{1,6}\))\s*/u, '');
    return { name: steps ? steps[0] : passage.label, detail: snippet(text) };
  }
  if (passage.level === 'preamble') {
    return { name: passage.label.replace(/^[^,]*,\s*/u, ''), detail: snippet(passage.text) };
  }
  return { name: passage.label, detail: passage.heading };
}

function snippet(text: string): string | null {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat === '') return null;
  return flat.length > detailLength ? `${flat.slice(0, detailLength - 1)}…` : flat;
}
