/**
 * A laid-out pack as one HTML page with its own print style sheet, for Chromium's print
 * (the system's Chromium headless, or Electron's webContents.printToPDF): a cover, a table of
 * contents, the sections, the marking in every page's header and the page number in every
 * page's footer through CSS paged media margin boxes (CSS Paged Media Level 3, §5 "Page-Margin
 * Boxes": `@page { @top-center { content: … } }`, in Chromium since 131).
 *
 * Every text is escaped; the page allows no script and loads nothing (its Content-Security-
 * Policy), so nothing a colleague pasted into a note can run while it prints. Arabic is set
 * right to left (`dir`), each clip carries its `lang` so Chromium picks Noto Naskh Arabic or
 * Noto Sans CJK for it and shapes it with HarfBuzz.
 */
import { isRightToLeft, type LaidBlock, type LaidInline, type LaidParagraph, type LaidSection, type PackLayout } from './packLayout';

/** `&`, `<`, `>`, `"` and `'` as entities: safe in text and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

/** A CSS string literal: quotes and backslashes escaped, line breaks and controls as code points. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, '\\$&').replace(/[\p{Cc}]/gu, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;
}

/** The class a TOC entry's link carries; printing fills in its page number (tocPageNumbers.ts). */
export const tocEntryClass = 'toc-entry';

/** The contents' type size in points, which the page numbers written after printing match. */
export const contentsFontSize = 11;

const fonts = {
  // Document text in a serif, as FACE.md asks; Noto for the scripts Latin fonts lack.
  serif: '"Noto Serif", "Liberation Serif", "Times New Roman", serif',
  sans: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif',
  arabic: '"Noto Naskh Arabic", "Noto Sans Arabic", "Traditional Arabic", serif',
  chinese: '"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
  japanese: '"Noto Sans CJK JP", "Noto Serif CJK JP", sans-serif',
  korean: '"Noto Sans CJK KR", "Noto Serif CJK KR", sans-serif',
};

function styleSheet(layout: PackLayout): string {
  const marking = layout.marking ? cssString(layout.marking) : 'none';
  return `
@page { size: A4; margin: 22mm 20mm 20mm;
  @top-center { content: ${marking}; font: 600 9pt ${fonts.sans}; letter-spacing: 0.08em; color: #000; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt ${fonts.sans}; color: #333; } }
html { font: 11pt/1.45 ${fonts.serif}; color: #000; }
body { margin: 0; }
:lang(ar), :lang(fa), :lang(ur) { font-family: ${fonts.arabic}; }
:lang(zh) { font-family: ${fonts.chinese}; }
:lang(ja) { font-family: ${fonts.japanese}; }
:lang(ko) { font-family: ${fonts.korean}; }
.cover { break-after: page; padding-top: 40mm; text-align: center; }
.cover .marking { font: 700 16pt ${fonts.sans}; letter-spacing: 0.12em; margin-bottom: 24mm; }
.cover h1 { font: 700 22pt/1.25 ${fonts.sans}; margin: 0 0 10mm; }
.cover p { margin: 2mm 0; font-size: 12pt; }
.cover .agenda { text-align: start; margin: 12mm auto 0; max-width: 130mm; }
.cover .agenda h2 { font: 600 11pt ${fonts.sans}; margin: 0 0 2mm; }
nav.contents { break-after: page; }
nav.contents h2 { font: 700 16pt ${fonts.sans}; margin: 0 0 6mm; }
nav.contents a { display: block; font-size: ${contentsFontSize}pt; color: inherit; text-decoration: none; padding: 1mm 14mm 1mm 0; border-bottom: 0.5pt dotted #999; }
h1, h2, h3, h4, h5 { font-family: ${fonts.sans}; break-after: avoid; line-height: 1.25; }
h1 { font-size: 16pt; margin: 10mm 0 4mm; }
section:first-of-type > h1 { margin-top: 0; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; }
h4, h5 { font-size: 11pt; margin: 3mm 0 1mm; }
p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
blockquote { margin: 0 0 2.5mm; padding: 0 0 0 5mm; border-inline-start: 2pt solid #bbb; }
blockquote p { margin: 0 0 1mm; }
.meta { font-family: ${fonts.sans}; font-size: 10pt; color: #333; }
.notice { font-family: ${fonts.sans}; font-size: 9.5pt; font-style: italic; color: #333; }
.citation { font-size: 9.5pt; color: #333; text-align: end; }
ins { text-decoration: underline; color: #0b5394; }
del { text-decoration: line-through; color: #990000; }
sup.note { font-size: 7.5pt; line-height: 0; }
.notes { margin-top: 4mm; padding-top: 2mm; border-top: 0.5pt solid #999; font-size: 9pt; }
.notes p { margin: 0 0 1mm; }
a { color: inherit; }
`;
}

function attributes(language: string | null): string {
  if (!language) return ' dir="auto"';
  return ` lang="${escapeHtml(language)}" dir="${isRightToLeft(language) ? 'rtl' : 'auto'}"`;
}

function inline(run: LaidInline): string {
  if ('note' in run) return `<sup class="note"><a href="#note-${run.note}" id="ref-${run.note}">${run.note}</a></sup>`;
  let html = escapeHtml(run.text).replace(/\n/gu, '<br>');
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  if (run.change) html = run.change === 'inserted' ? `<ins>${html}</ins>` : `<del>${html}</del>`;
  return html;
}

function paragraphHtml(block: LaidParagraph): string {
  const className = block.role === 'text' ? '' : ` class="${block.role}"`;
  return `<p${className}${attributes(block.language)}>${block.runs.map(inline).join('')}</p>`;
}

function blocksHtml(blocks: LaidBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`<h${block.level} dir="auto">${escapeHtml(block.text)}</h${block.level}>`);
    else if (block.kind === 'list') {
      const tag = block.ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${block.items.map((item) => `<li>${blocksHtml(item)}</li>`).join('')}</${tag}>`);
    } else if (block.kind === 'quote') {
      // A right-to-left clip's rule stands on its right, where its lines begin.
      const direction = block.paragraphs.every((paragraph) => isRightToLeft(paragraph.language)) ? ' dir="rtl"' : '';
      out.push(`<blockquote${direction}>${block.paragraphs.map(paragraphHtml).join('')}</blockquote>`);
    }
    else out.push(paragraphHtml(block));
  }
  return out.join('\n');
}

function sectionHtml(section: LaidSection): string {
  const notes = section.notes.length
    ? `<div class="notes">${section.notes.map((note) => `<p id="note-${note.number}" dir="auto"><sup>${note.number}</sup> ${escapeHtml(note.text)}</p>`).join('')}</div>`
    : '';
  return `<section>\n<h1 id="${section.anchor}" dir="auto">${escapeHtml(section.title)}</h1>\n${blocksHtml(section.blocks)}\n${notes}</section>`;
}

function coverHtml(layout: PackLayout): string {
  const { cover } = layout;
  const line = (text: string | null) => (text ? `<p dir="auto">${escapeHtml(text)}</p>` : '');
  const agenda = cover.agenda.length
    ? `<div class="agenda"><h2>${escapeHtml(layout.words.agenda)}</h2><ol>${cover.agenda.map((item) => `<li dir="auto">${escapeHtml(item)}</li>`).join('')}</ol></div>`
    : '';
  return `<header class="cover">
${layout.marking ? `<div class="marking">${escapeHtml(layout.marking)}</div>` : ''}
<h1 dir="auto">${escapeHtml(layout.title)}</h1>
${line(cover.session)}${line(cover.dates)}${line(cover.place)}${line(cover.revision)}
${agenda}
</header>`;
}

function contentsHtml(layout: PackLayout): string {
  const entries = layout.sections.map((section) => `<a class="${tocEntryClass}" href="#${section.anchor}" dir="auto">${escapeHtml(section.title)}</a>`);
  return `<nav class="contents"><h2>${escapeHtml(layout.words.contents)}</h2>\n${entries.join('\n')}\n</nav>`;
}

/** The whole pack as a printable page (UTF-8; A4; nothing loaded from outside). */
export function packHtml(layout: PackLayout): string {
  return `<!doctype html>
<html lang="${escapeHtml(layout.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(layout.title)}</title>
<style>${styleSheet(layout)}</style>
</head>
<body>
${coverHtml(layout)}
${contentsHtml(layout)}
${layout.sections.map(sectionHtml).join('\n')}
</body>
</html>
`;
}
