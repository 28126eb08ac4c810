import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../electron/common/i18n/messages';
import type { Pack, PackItem, PackPosition, PackSection } from '../../electron/common/packs';
import { packDocx } from '../../electron/core/packs/export/packDocx';
import { escapeHtml, packHtml } from '../../electron/core/packs/export/packHtml';
import { languageOfScript, layOutPack, packFileName, redlineParagraphs, reflowedParagraphs, sessionDates } from '../../electron/core/packs/export/packLayout';
import { escapeMarkdown, packMarkdown } from '../../electron/core/packs/export/packMarkdown';
import { comparisonName, documentName } from '../../electron/core/packs/itemSources';
import { arabicClip, chineseClip } from '../fixtures/packFixtures';
import { docxParts, wordParagraphs } from './helpers/exportedText';

const noSource = { documentId: null, pageIndex: null, passageId: null, annotationId: null, positionId: null, olderDocumentId: null, label: null };

function item(id: number, quote: string, citation: string, language: string | null): PackItem {
  return { id, sectionId: 1, kind: 'passage', citation, quote, language, note: null, source: noSource, newerSource: null, redline: null, position: null, createdAt: '2026-10-01' };
}

function section(id: number, title: string, items: PackItem[], body: PackSection['body'] = null): PackSection {
  return { id, packId: 1, kind: 'notes', title, articleLabel: null, revisionDocumentId: null, body, items, draft: null, card: null, positionsByStance: null, newerSource: null };
}

/** A pack as packs.get resolves it, with what a colleague might paste: markup, Markdown, both scripts. */
const pack: Pack = {
  id: 1,
  title: 'Talks <script>alert(1)</script> & "more"',
  session: { name: 'Sixth Committee', startDate: '2026-10-12', endDate: '2026-10-16', place: 'New York', agendaItems: ['Item 78'], revisionDocumentId: null },
  classification: 'RESTRICTED',
  templateId: null,
  duplicatedFromId: null,
  sectionCount: 2,
  itemCount: 3,
  createdAt: '2026-10-01',
  updatedAt: '2026-10-01',
  sections: [
    section(1, 'Clips', [item(1, arabicClip, 'Statement of Egypt, p. 1', 'ar'), item(2, chineseClip, 'Statement of China, p. 2', null)]),
    section(2, 'Points *to* raise', [item(3, '# not a heading [link](javascript:x)', 'Our note', null)], {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Lines' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'see ' }, { type: 'text', text: 'the site', marks: [{ type: 'link', attrs: { href: 'https://www.un.org/' } }] }, { type: 'text', text: ' <b>now</b>', marks: [{ type: 'bold' }] }] },
      ],
    }),
  ],
};

describe('pack export pieces', () => {
  it('lays a pack out with citations numbered through the pack, or inline', () => {
    const layout = layOutPack(pack, { language: 'en', citations: 'footnotes' });
    expect(layout.sections.map((laid) => [laid.anchor, laid.title, laid.notes.map((note) => note.number)])).toEqual([
      ['section-1', 'Clips', [1, 2]],
      ['section-2', 'Points *to* raise', [3]],
    ]);
    // The Chinese clip has no language from its source: its script says it.
    expect(layout.sections[0].blocks.map((block) => (block.kind === 'quote' ? block.paragraphs[0].language : null))).toEqual(['ar', 'zh']);
    expect(layout.sections[1].blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'Lines' });
    const inline = layOutPack(pack, { language: 'en', citations: 'inline' });
    expect(inline.sections.every((laid) => laid.notes.length === 0)).toBe(true);
    expect(inline.sections[0].blocks.map((block) => (block.kind === 'paragraph' ? block.role : block.kind))).toEqual(['quote', 'citation', 'quote', 'citation']);
  });

  it('writes HTML with every text escaped, the marking in the page header, and clips in their direction and language', () => {
    const html = packHtml(layOutPack(pack, { language: 'en', citations: 'footnotes' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('Talks &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).toContain('@top-center { content: "RESTRICTED";');
    expect(html).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(html).toContain(`<blockquote dir="rtl"><p lang="ar" dir="rtl">${arabicClip}<sup class="note"><a href="#note-1" id="ref-1">1</a></sup></p></blockquote>`);
    expect(html).toContain(`<p lang="zh" dir="auto">${chineseClip}`);
    expect(html).toContain('<a class="toc-entry" href="#section-2" dir="auto">Points *to* raise</a>');
    expect(html).toContain('<h1 id="section-2" dir="auto">Points *to* raise</h1>');
    expect(html).toContain('<a href="https://www.un.org/">the site</a><strong> &#60;b&#62;now&#60;/b&#62;</strong>');
    expect(html).toContain('<p id="note-3" dir="auto"><sup>3</sup> Our note</p>');
    expect(escapeHtml(`"'<>&`)).toBe('&#34;&#39;&#60;&#62;&#38;');
  });

  it('writes Markdown with what a text holds escaped, and footnotes per section', () => {
    const markdown = packMarkdown(layOutPack(pack, { language: 'en', citations: 'footnotes' }));
    expect(markdown).toContain('# Talks \\<script\\>alert(1)\\</script\\> & "more"');
    expect(markdown).toContain('## Points \\*to\\* raise');
    expect(markdown).toContain('> \\# not a heading \\[link\\](javascript:x)[^3]');
    // A space at the edge of bold words goes outside the asterisks, or CommonMark would not read them as bold.
    expect(markdown).toContain('see [the site](<https://www.un.org/>) **\\<b\\>now\\</b\\>**');
    expect(markdown).toContain(`> ${arabicClip}[^1]\n\n> ${chineseClip}[^2]\n\n[^1]: Statement of Egypt, p. 1\n[^2]: Statement of China, p. 2`);
    expect(escapeMarkdown('1. first {++x++}')).toBe('1\\. first {\u200B++x++}');
  });

  it('writes Word with the notes as footnotes and both scripts in order', async () => {
    const parts = docxParts(await packDocx(layOutPack(pack, { language: 'en', citations: 'footnotes' })));
    const text = wordParagraphs(parts['word/document.xml']);
    expect(text.indexOf(arabicClip)).toBeGreaterThan(text.indexOf('Clips'));
    expect(text.indexOf(chineseClip)).toBeGreaterThan(text.indexOf(arabicClip));
    expect(text).toContain('Talks <script>alert(1)</script> & "more"');
    expect(wordParagraphs(parts['word/footnotes.xml'])).toEqual(expect.arrayContaining(['Statement of Egypt, p. 1', 'Statement of China, p. 2', 'Our note']));
    expect(parts['word/document.xml']).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?the site/u);
  });

  it('tells scripts, redline lines, dates and file names apart', () => {
    expect([arabicClip, chineseClip, 'こんにちは', 'Draft', 'Проект'].map(languageOfScript)).toEqual(['ar', 'zh', 'ja', null, null]);
    // A PDF's wrapped line is no paragraph: one run of inserted words stays one run.
    const lines = redlineParagraphs([{ kind: 'same', text: 'Each State ' }, { kind: 'deleted', text: 'undertakes\nto' }, { kind: 'inserted', text: 'shall\nundertake' }], null);
    expect(lines.map((line) => line.runs)).toEqual([[{ text: 'Each State ' }, { text: 'undertakes to', change: 'deleted' }, { text: 'shall undertake', change: 'inserted' }]]);
    expect(sessionDates('2026-10-12', '2026-10-16', 'en')).toBe('12–16 October 2026');
    expect(sessionDates('2026-10-12', null, 'fr')).toBe('12 octobre 2026');
    expect(packFileName('Crimes against humanity: articles 2 and 6', 'pdf')).toBe('Crimes against humanity – articles 2 and 6.pdf');
    expect(packFileName('Talks: Art. 6 / 7?', 'pdf')).toBe('Talks – Art. 6 - 7.pdf');
    expect(packFileName('Briefing at 10:30 <"draft"> | notes...  ', 'docx')).toBe('Briefing at 10.30 draft notes.docx');
    expect(packFileName('CON', 'md')).toBe('pack.md');
  });

  it('joins the lines a PDF wrapped, and begins a paragraph at an article, its heading and a paragraph marker', () => {
    const text = ['Article 6', 'Criminalization', '1. Each State shall take the necessary measures to', 'ensure that crimes against humanity', 'constitute offences.', '(a) committing', 'a crime;', '(ii) ordering it.', '2. Each State', 'shall also.'].join('\n');
    expect(reflowedParagraphs(text)).toEqual(['Article 6', 'Criminalization', '1. Each State shall take the necessary measures to ensure that crimes against humanity constitute offences.', '(a) committing a crime;', '(ii) ordering it.', '2. Each State shall also.']);
    // An article with no heading: its first paragraph follows its label.
    expect(reflowedParagraphs('Article 2\n1. The present\ndraft articles apply.')).toEqual(['Article 2', '1. The present draft articles apply.']);
    // The redline reads its paragraphs from the newer text, across its segments.
    const redline = redlineParagraphs(
      [
        { kind: 'same', text: 'Article 6\nCriminalization\n1. ' },
        { kind: 'inserted', text: 'each State\nshall' },
        { kind: 'same', text: ' ensure\nthat' },
        { kind: 'deleted', text: ' the\n2. old' },
        { kind: 'same', text: '\n2. Each State' },
      ],
      null,
    );
    expect(redline.map((line) => line.runs)).toEqual([[{ text: 'Article 6' }], [{ text: 'Criminalization' }], [{ text: '1. ' }, { text: 'each State shall', change: 'inserted' }, { text: ' ensure that' }, { text: ' the 2. old', change: 'deleted' }], [{ text: '2. Each State' }]]);
    // A clip from a PDF is reflowed; a typed note keeps its lines.
    const clips: Pack = { ...pack, sections: [section(1, 'Clips', [item(1, 'Each State shall\ntake measures.', 'A/AC.300/L.1, art. 6, p. 3', null), { ...item(2, 'First point\nSecond point', '', null), kind: 'note' }])] };
    const markdown = packMarkdown(layOutPack(clips, { language: 'en', citations: 'inline' }));
    expect(markdown).toContain('> Each State shall take measures.\n\nA/AC.300/L.1, art. 6, p. 3');
    expect(markdown).toContain('> First point\n>\n> Second point');
  });

  it("gives Markdown a legend of its own for the redline's CriticMarkup, in every language", () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(formatMessage(language, 'pack.export.changesSinceMarkdown', { revision: 'A/AC.300/L.1' })).toMatch(/A\/AC\.300\/L\.1.*\{\+\+…\+\+\}.*\{--…--\}/u);
    }
    const draft: PackSection = {
      ...section(1, 'Art. 6', []),
      kind: 'draft-text',
      draft: { documentId: 2, revisionName: 'A/AC.300/L.1/Rev.1', label: 'Art. 6', heading: null, text: '', pageIndex: 2, previousRevisionName: 'A/AC.300/L.1', redline: [{ kind: 'same', text: 'Each State ' }, { kind: 'inserted', text: 'shall' }], missing: false },
    };
    const withDraft: Pack = { ...pack, sections: [draft] };
    const markdown = packMarkdown(layOutPack(withDraft, { language: 'en', citations: 'footnotes', redline: 'criticMarkup' }));
    expect(markdown).toContain('*Changes since A/AC.300/L.1: insertions as {\u200B++…++}, deletions as {\u200B--…--}.*');
    expect(markdown).toContain('Each State {++shall++}[^1]');
    expect(markdown).toContain('[^1]: A/AC.300/L.1/Rev.1, art. 6, p. 3');
    expect(packHtml(layOutPack(withDraft, { language: 'en', citations: 'footnotes' }))).toContain('insertions underlined, deletions struck through');
  });

  it('exports a position added as an item as the positions section does: who, stance, article, summary, wording, citation', async () => {
    const position: PackPosition = {
      positionId: 7,
      speaker: { kind: 'state', code: 'BRA' },
      speakerName: 'Brazil',
      stance: 'amends',
      targetLabel: 'Art. 6(4)',
      summary: 'Would add a reference to superior orders.',
      proposedWording: 'Each State shall ensure that superior orders are no defence.',
      quote: '',
      citation: 'Brazil, Sixth Committee, 3rd meeting, p. 2',
      sourceDocumentId: null,
      sourcePageIndex: null,
    };
    const positionItem: PackItem = { ...item(1, 'Each State shall ensure that superior orders are no defence.', 'Brazil, Sixth Committee, 3rd meeting, p. 2', null), kind: 'position', position };
    const laid = layOutPack({ ...pack, sections: [section(1, 'Positions', [positionItem])] }, { language: 'en', citations: 'footnotes' });
    const markdown = packMarkdown(laid);
    expect(markdown).toContain('**Brazil**: Proposes an amendment (Art. 6(4))\n\nWould add a reference to superior orders.\n\n> *Proposed wording:* Each State shall ensure that superior orders are no defence.[^1]\n\n[^1]: Brazil, Sixth Committee, 3rd meeting, p. 2');
    const html = packHtml(laid);
    expect(html).toContain('Proposes an amendment (Art. 6(4))');
    expect(html).toContain('Would add a reference to superior orders.');
    const parts = docxParts(await packDocx(laid));
    expect(wordParagraphs(parts['word/document.xml'])).toEqual(expect.arrayContaining(['Brazil: Proposes an amendment (Art. 6(4))', 'Would add a reference to superior orders.', 'Proposed wording: Each State shall ensure that superior orders are no defence.']));
    expect(wordParagraphs(parts['word/footnotes.xml'])).toContain('Brazil, Sixth Committee, 3rd meeting, p. 2');
  });

  it('cites a draft by its symbol, and a compare view by both symbols', () => {
    const older = { title: 'Draft articles on crimes against humanity', symbol: 'A/AC.300/L.1', kind: 'draft' };
    const newer = { title: 'Draft articles on crimes against humanity', symbol: 'A/AC.300/L.1/Rev.1', kind: 'draft' };
    expect(comparisonName(older, newer)).toBe('A/AC.300/L.1 → A/AC.300/L.1/Rev.1');
    expect(documentName(newer)).toBe('A/AC.300/L.1/Rev.1');
    expect(documentName({ title: 'Rome Statute', symbol: 'A/CONF.183/9', kind: 'instrument' })).toBe('Rome Statute (A/CONF.183/9)');
    expect(comparisonName({ ...older, symbol: null }, newer)).toBe('Draft articles on crimes against humanity → A/AC.300/L.1/Rev.1');
  });
});
