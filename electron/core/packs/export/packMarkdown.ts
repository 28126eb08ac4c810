/**
 * A laid-out pack as Markdown (CommonMark, with the footnotes of GitHub Flavored Markdown and
 * Pandoc, `[^1]`): the pack's title as `#`, each section as `##` (Word's Heading 1, one level
 * down), clips as block quotes, redline as CriticMarkup like the compare export
 * (redlineExport.ts), citations as footnotes at the end of their section or as lines of their own.
 * The marking is the first and last line, as a cover page and the last page would carry it.
 */
import { criticMarkup, escapeCriticMarkup } from '../../revisions/redlineExport';
import type { LaidBlock, LaidInline, LaidParagraph, LaidSection, PackLayout } from './packLayout';

/** The text with what Markdown would read as syntax escaped (emphasis, links, HTML, code, tables). */
export function escapeMarkdown(text: string): string {
  return escapeCriticMarkup(text)
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/gmu, (_match, space: string, marker: string) => `${space}${marker.replace(/([#>+-]|[.)])$/u, '\\$1')}`);
}

function inline(run: LaidInline): string {
  if ('note' in run) return `[^${run.note}]`;
  const escaped = escapeMarkdown(run.text).replace(/\n/gu, '  \n');
  if (!escaped.trim()) return escaped;
  // Emphasis must not begin or end with a space ("*Proposed wording: *" is not italic): the spaces go outside.
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(escaped)!;
  let text = words;
  if (run.bold) text = `**${text}**`;
  if (run.italic) text = `*${text}*`;
  if (run.href) text = `[${text}](<${run.href.replace(/[<>\s]/gu, encodeURIComponent)}>)`;
  text = `${before}${text}${after}`;
  if (run.change) text = criticMarkup(text, run.change);
  return text;
}

function paragraphText(block: LaidParagraph): string {
  const text = block.runs.map(inline).join('');
  return block.role === 'notice' || block.role === 'meta' ? `*${text.trim()}*` : text;
}

function blocksMarkdown(blocks: LaidBlock[], indent = ''): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`, '');
    else if (block.kind === 'list') {
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${index + 1}. ` : '- ';
        const [first = '', ...rest] = blocksMarkdown(item, ' '.repeat(marker.length)).filter((line) => line !== '');
        out.push(`${marker}${first.trimStart()}`, ...rest);
      });
      out.push('');
    } else if (block.kind === 'quote') out.push(block.paragraphs.map((paragraph) => `> ${paragraphText(paragraph)}`).join('\n>\n'), '');
    else out.push(paragraphText(block), '');
  }
  return out.map((line) => (line ? indent + line : line));
}

function sectionMarkdown(section: LaidSection): string[] {
  const notes = section.notes.map((note) => `[^${note.number}]: ${escapeMarkdown(note.text)}`);
  return [`## ${escapeMarkdown(section.title)}`, '', ...blocksMarkdown(section.blocks), ...(notes.length ? [...notes, ''] : [])];
}

/** The pack as a Markdown document (UTF-8 text, lines ending in \n). */
export function packMarkdown(layout: PackLayout): string {
  const { cover } = layout;
  const marking = layout.marking ? [`**${escapeMarkdown(layout.marking)}**`, ''] : [];
  const lines = [
    ...marking,
    `# ${escapeMarkdown(layout.title)}`,
    '',
    ...[cover.session, cover.dates, cover.place, cover.revision].filter((line) => line).map((line) => `${escapeMarkdown(line!)}  `),
    '',
    ...(cover.agenda.length ? [`**${escapeMarkdown(layout.words.agenda)}**`, '', ...cover.agenda.map((item, index) => `${index + 1}. ${escapeMarkdown(item)}`), ''] : []),
    ...layout.sections.flatMap(sectionMarkdown),
    ...marking,
  ];
  return `${lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}
