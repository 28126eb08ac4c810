import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import type { PackExportRun } from '../../electron/common/packs';
import { sectionTitle } from '../../electron/common/packSectionTitle';
import { chromiumPrinter, findChromium } from '../../electron/core/packs/export/chromiumPrinter';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { arabicClip, chineseClip, makeBriefingPack } from '../fixtures/packFixtures';
import { docxParts, normalised, pdfPageTexts, wordParagraphs } from './helpers/exportedText';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const chromium = findChromium();

const title = 'Draft articles on crimes against humanity';
const draft = (verb: string) => ['Article 1', 'Scope', 'The present draft articles apply to the prevention', 'and punishment of crimes against humanity.', 'Article 2', 'General obligation', `Each State ${verb} to prevent and punish crimes`, 'against humanity, which are crimes under international law.'];

/** Two revisions of a small draft, imported as PDFs through the real import; the newer one's id. */
async function importRevisions(session: ReturnType<typeof useTemporaryEngine>): Promise<number> {
  const files = await Promise.all(
    [['A/AC.999/L.1', 'undertakes'], ['A/AC.999/L.1/Rev.1', 'shall undertake']].map(async ([symbol, verb]) => {
      const file = path.join(session.inbox, `${symbol.replaceAll('/', '-')}.pdf`);
      fs.writeFileSync(file, await makeTextPdf([[symbol, title, ...draft(verb)]], { title }));
      return file;
    }),
  );
  const batch = await importAndWait(session.engine.api, { paths: files, kind: 'draft' });
  return batch.items.find((item) => item.name === path.basename(files[1]))!.documentId!;
}

/** Follows an export as the screen does, to its end; the ended run. */
async function finish(api: BriefingApi, started: PackExportRun): Promise<PackExportRun> {
  let run = started;
  while (run.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    run = await api.packs.getExport({ runId: run.id });
  }
  return run;
}

/** The first needle missing from the haystack, or found before the one ahead of it; null when all are there in order. */
function outOfOrder(haystack: string, needles: string[]): string | null {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return haystack.includes(needle) ? `${needle} (too early)` : `${needle} (missing)`;
    from = at + needle.length;
  }
  return null;
}

describe('packs: export to Word, Markdown and PDF', { timeout: importingTestTimeout * 2 }, () => {
  const session = useTemporaryEngine('briefing-pack-export-', { packPrinter: chromiumPrinter(chromium) });
  it('writes Word with heading styles, a contents field, the marking in the header, footnotes, and the Arabic and Chinese clips in order', async () => {
    const api = session.engine.api;
    const revision = await importRevisions(session);
    const pack = await makeBriefingPack(api, session.engine.library.db, { revisionDocumentId: revision, articles: ['2'] });
    expect(pack.sections.map((section) => section.kind)).toEqual(['draft-text', 'position-card', 'state-positions', 'precedents', 'notes']);
    expect(pack.sections[0].items.map((item) => item.language)).toEqual(['ar']);
    expect(pack.sections[1].items.map((item) => item.language)).toEqual(['zh']);

    const started = await api.packs.startExport({ id: pack.id, format: 'docx' });
    expect(started).toMatchObject({ packId: pack.id, format: 'docx', state: 'running', done: 0, total: pack.sections.length + 1 });
    const run = await finish(api, started);
    expect(run).toMatchObject({ state: 'finished', done: run.total, message: null });
    const file = await api.packs.takeExport({ runId: run.id });
    expect(file.fileName).toBe('Sixth Committee – crimes against humanity.docx');
    // Taken once, then forgotten.
    await expect(api.packs.takeExport({ runId: run.id })).rejects.toMatchObject({ code: 'not-found' });

    const parts = docxParts(file.data);
    const body = parts['word/document.xml'];
    expect(body).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-2&quot;/u);
    expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/u);
    const headings = [...body.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((match) => match[1]);
    expect(headings).toEqual(['Art. 2: draft text', 'Art. 2: our position', 'Art. 2: other States&apos; positions', 'Art. 2: precedent language', 'Notes']);
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    const header = Object.entries(parts).find(([name]) => /^word\/header\d+\.xml$/u.test(name))![1];
    expect(wordParagraphs(header)).toEqual(['RESTRICTED']);
    expect(Object.entries(parts).find(([name]) => /^word\/footer\d+\.xml$/u.test(name))![1]).toMatch(/PAGE[\s\S]*NUMPAGES/u);

    const text = wordParagraphs(body).join('\n');
    expect(outOfOrder(text, ['RESTRICTED', 'Sixth Committee: crimes against humanity', '12–16 October 2026', 'Art. 2: draft text', 'Changes since A/AC.999/L.1', 'Each State ', 'undertakes', 'shall undertake', arabicClip, 'Our objective', 'Keep "shall undertake".', 'Fallbacks (in order of preference)', chineseClip, 'Supports', 'Brazil: Supports the obligation', 'Point 3 to raise', 'Our note 3.'])).toBeNull();
    // The redline's words are formatted, not tracked: Accept All keeps the comparison.
    expect(body).not.toContain('<w:ins ');
    expect(body).toMatch(/<w:strike\/>[\s\S]*?<w:t[^>]*>undertakes <\/w:t>/u);

    // The Arabic clip is a right-to-left paragraph of right-to-left runs; the Chinese one names its East Asian font and language.
    const arabicParagraph = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/gu)].map(([paragraph]) => paragraph).find((paragraph) => paragraph.includes(arabicClip))!;
    expect(arabicParagraph).toContain('<w:bidi/>');
    expect(arabicParagraph).toContain('<w:rtl/>');
    expect(arabicParagraph).toContain('<w:pStyle w:val="Quote"/>');
    const chineseParagraph = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/gu)].map(([paragraph]) => paragraph).find((paragraph) => paragraph.includes(chineseClip))!;
    expect(chineseParagraph).toMatch(/w:eastAsia="Microsoft YaHei"/u);
    expect(chineseParagraph).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/u);

    // Citations are footnotes, numbered in the order of the text.
    expect(body.match(/<w:footnoteReference w:id="\d+"\/>/gu)?.length).toBe(7);
    const notes = wordParagraphs(parts['word/footnotes.xml']).join('\n');
    expect(outOfOrder(notes, ['A/AC.999/L.1/Rev.1, art. 2, p. 1', 'Statement of Egypt, Sixth Committee, p. 1 (1)', 'Statement of China', 'Brazil', 'Bosnia and Herzegovina v. Serbia'])).toBeNull();
  });

  it('writes Markdown with footnotes or inline citations and the redline as CriticMarkup', async () => {
    const api = session.engine.api;
    const revision = await importRevisions(session);
    const db = session.engine.library.db;
    const made = await makeBriefingPack(api, db, { revisionDocumentId: revision, articles: ['2'] });
    // A compare view and a position added as items, to the precedents section.
    const older = db.prepare<[string], number>('SELECT id FROM documents WHERE symbol = ?').pluck().get('A/AC.999/L.1')!;
    const brazil = db.prepare<[], number>('SELECT id FROM positions ORDER BY id LIMIT 1').pluck().get()!;
    await api.packs.addItem({ sectionId: made.sections[3].id, item: { kind: 'comparison', source: { documentId: revision, olderDocumentId: older, label: '2' } } });
    await api.packs.addItem({ sectionId: made.sections[3].id, item: { kind: 'position', source: { positionId: brazil } } });
    const pack = await api.packs.get({ id: made.id });
    const markdown = async (citations: 'footnotes' | 'inline') => {
      const run = await finish(api, await api.packs.startExport({ id: pack.id, format: 'md', citations }));
      return new TextDecoder().decode((await api.packs.takeExport({ runId: run.id })).data);
    };
    const withNotes = await markdown('footnotes');
    expect(withNotes.startsWith('**RESTRICTED**\n\n# Sixth Committee: crimes against humanity\n')).toBe(true);
    expect(withNotes).toContain('## Art. 2: draft text');
    expect(withNotes).toContain('*Changes since A/AC.999/L.1: insertions as {\u200B++…++}, deletions as {\u200B--…--}.*');
    // The lines the PDF wrapped read as one paragraph; the article's label and heading as their own.
    expect(withNotes).toMatch(/\nArticle 2\n\nGeneral obligation\n\nEach State \{--undertakes--\} \{\+\+shall undertake\+\+\} to prevent and punish crimes against humanity, which are crimes under international law\.\[\^1\]\n/u);
    // A compare view is cited by both symbols; a position as the positions section shows one.
    expect(withNotes).toMatch(/\[\^\d+\]: A\/AC\.999\/L\.1 → A\/AC\.999\/L\.1\/Rev\.1, art\. 2\n/u);
    expect(withNotes).toMatch(/\*\*Brazil\*\*: Supports \(2\)\n\nSupports the obligation as drafted\.\n\n> Brazil supports draft article 2 as it stands\.\[\^\d+\]/u);
    expect(withNotes).toContain(`> ${arabicClip}[^2]`);
    expect(withNotes).toContain('[^2]: Statement of Egypt, Sixth Committee, p. 1 (1)');
    expect(withNotes).toContain('### Our objective');
    expect(withNotes).toMatch(/1\. "undertakes"\n2\. "shall take measures"/u);
    const inline = await markdown('inline');
    expect(inline).not.toContain('[^');
    expect(inline).toContain(`> ${chineseClip}\n\nStatement of China, Sixth Committee, p. 1 (2)`);
  });

  it.skipIf(!chromium)('prints a PDF through Chromium: cover, contents with page numbers, the marking on every page, and the clips read back in order', async () => {
    const api = session.engine.api;
    const revision = await importRevisions(session);
    const pack = await makeBriefingPack(api, session.engine.library.db, { revisionDocumentId: revision, articles: ['2'], itemsPerSection: 3 });
    const run = await finish(api, await api.packs.startExport({ id: pack.id, format: 'pdf' }));
    expect(run).toMatchObject({ state: 'finished', total: pack.sections.length + 2 });
    const file = await api.packs.takeExport({ runId: run.id });
    expect(file).toMatchObject({ fileName: 'Sixth Committee – crimes against humanity.pdf', mediaType: 'application/pdf' });

    const pages = await pdfPageTexts(file.data);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page.startsWith('RESTRICTED')).toBe(true);
      expect(page).toContain(`${index + 1}/${pages.length}`);
    });
    expect(pages[0]).toContain(normalised('Sixth Committee: crimes against humanity'));
    expect(pages[0]).toContain(normalised('Conference Room 4, UN Headquarters, New York'));
    // The contents: each section's title, then the page it starts on.
    const sectionPages = pack.sections.map((_, index) => pages.findIndex((page, pageIndex) => pageIndex > 1 && page.includes(normalised(['Art. 2: draft text', 'Art. 2: our position', "Art. 2: other States' positions", 'Art. 2: precedent language', 'Notes'][index]))) + 1);
    expect(sectionPages.every((page) => page >= 3)).toBe(true);
    // (The numbers are written onto the printed page afterwards, so they read back after the titles.)
    expect(pages[1]).toBe(`RESTRICTED2/${pages.length}Contents${pack.sections.map((section) => normalised(sectionTitle(section, 'en'))).join('')}${sectionPages.join('')}`);

    const body = pages.slice(2).join('');
    // pdf.js reads a right-to-left line in its visual order: the clip's final full stop and its
    // note's number come before it (see pdfPageTexts); the words themselves read back whole.
    const arabicWords = normalised(arabicClip).replace(/\.$/u, '');
    expect(outOfOrder(body, ['Art.2:drafttext', 'ChangessinceA/AC.999/L.1', 'undertakes', 'shallundertake', arabicWords, 'Ourobjective', 'Fallbacks(inorderofpreference)', normalised(chineseClip), 'Supports', 'Brazil:Supports', 'Point9toraise', 'Ournote9.'])).toBeNull();
    // The citations as numbered notes at the end of their section, in the order of the text.
    expect(outOfOrder(body, ['internationallaw.1', '1A/AC.999/L.1/Rev.1,art.2,p.1', '2StatementofEgypt,SixthCommittee,p.1(1)', '3StatementofChina,SixthCommittee,p.1(2)', 'Art.2:ourposition'])).toBeNull();
  });

  it.skipIf(!chromium)('cancels a PDF export: the run says so and has no file', async () => {
    const api = session.engine.api;
    const revision = await importRevisions(session);
    const pack = await makeBriefingPack(api, session.engine.library.db, { revisionDocumentId: revision, articles: ['1', '2'] });
    const started = await api.packs.startExport({ id: pack.id, format: 'pdf' });
    const cancelled = await api.packs.cancelExport({ runId: started.id });
    expect(cancelled.state).toBe('cancelled');
    await expect(api.packs.takeExport({ runId: started.id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await finish(api, cancelled)).state).toBe('cancelled');
  });
});

describe('packs: export without Chromium', { timeout: importingTestTimeout }, () => {
  const bare = useTemporaryEngine('briefing-pack-export-bare-', { packPrinter: chromiumPrinter(null) });
  it('fails a PDF with what to do, and still writes Word', async () => {
    const api = bare.engine.api;
    const pack = await api.packs.create({ title: 'Bilateral', session: { name: 'Bilateral with Brazil', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: null } });
    await api.packs.addSection({ packId: pack.id, kind: 'notes', title: 'Points to raise' });
    const pdf = await finish(api, await api.packs.startExport({ id: pack.id, format: 'pdf' }));
    expect(pdf).toMatchObject({ state: 'failed' });
    expect(pdf.message).toMatch(/Install Chromium[\s\S]*export to Word/u);
    const word = await finish(api, await api.packs.startExport({ id: pack.id, format: 'docx' }));
    expect(word.state).toBe('finished');
    expect(wordParagraphs(docxParts((await api.packs.takeExport({ runId: word.id })).data)['word/document.xml'])).toContain('Points to raise');
  });
});
