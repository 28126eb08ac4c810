import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';
import { accessibilityViolations } from './support/axe';
import { callAsPage } from './support/pageApi';
import { normalised, pdfPageTexts } from '../unit/helpers/exportedText';

const session = useAppSession();
const title = 'Draft articles on crimes against humanity';
const article = (number: number, heading: string, text: string) => [`Article ${number}`, heading, text];
// Rev.1 rewords article 2; the others read the same in both.
const draft = (symbol: string, verb: string) => [
  symbol,
  title,
  ...article(1, 'Scope', 'The present draft articles apply to the prevention of crimes.'),
  ...article(2, 'General obligation', `Each State ${verb} to prevent and punish crimes against humanity.`),
  ...article(3, 'Definition', 'A crime against humanity means any of the following acts.'),
  ...article(4, 'Prevention', 'Each State undertakes to prevent crimes against humanity.'),
  ...article(5, 'Non-refoulement', 'No State shall expel a person to another State.'),
  ...article(6, 'Criminalization', 'Each State shall take the necessary measures to ensure persecution is an offence.'),
];

/** The open pack: its outline's sections (by their names, in order), and a section of the document. */
class PackView {
  readonly outline: Locator;
  readonly sections: Locator;
  constructor(readonly page: Page) {
    this.outline = page.getByRole('grid', { name: 'Sections' });
    this.sections = this.outline.getByRole('row');
  }

  sectionNames(): Promise<string[]> {
    return this.sections.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  section(name: string): Locator {
    return this.outline.getByRole('row', { name, exact: true });
  }

  items(sectionName: string): Locator {
    return this.page.getByRole('grid', { name: `Items of ${sectionName}` });
  }
}

const templateSections = [
  'Art. 2: draft text',
  'Art. 2: our position',
  "Art. 2: other States' positions",
  'Art. 2: precedent language',
  'Art. 6: draft text',
  'Art. 6: our position',
  "Art. 6: other States' positions",
  'Art. 6: precedent language',
  'Notes',
];

describe('briefing packs', () => {
  it('are made from a template for articles 2 and 6, reordered by keyboard and by drag (kept after a reload), filled from a search, and an item removed comes back with Undo', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const files = [
      ['l1.pdf', draft('A/AC.999/L.1', 'undertakes')],
      ['l1-rev1.pdf', draft('A/AC.999/L.1/Rev.1', 'shall undertake')],
    ] as const;
    for (const [name, lines] of files) fs.writeFileSync(path.join(session.inbox, name), await makeTextPdf([[...lines]], { title }));
    await app.importFiles(files.map(([name]) => path.join(session.inbox, name)));
    await app.waitForImportEnd();

    // A new pack: Informal consultations (the first template) on articles 2 and 6 of the newest revision.
    await app.page.keyboard.press('Control+5');
    await app.page.getByText('No pack yet', { exact: true }).waitFor();
    await app.page.getByRole('button', { name: 'New pack…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New pack' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Informals on articles 2 and 6');
    await dialog.getByRole('textbox', { name: 'Session' }).fill('Sixth Committee, informal consultations');
    await expect.poll(() => dialog.getByRole('button', { name: /Draft revision/ }).textContent()).toContain('A/AC.999/L.1/Rev.1');
    await expect.poll(() => dialog.getByRole('button', { name: /Template/ }).textContent()).toContain('Informal consultations');
    await dialog.getByRole('textbox', { name: 'Articles' }).fill('2, 6');
    expect(await accessibilityViolations(app.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create pack' }).click();

    const pack = new PackView(app.page);
    await expect.poll(() => pack.sectionNames()).toEqual(templateSections);
    // The draft text of article 2, with the words Rev.1 changed marked.
    const article2 = app.page.getByRole('region', { name: 'Art. 2: draft text' });
    await expect.poll(() => article2.locator('ins').allTextContents()).toEqual(['shall undertake ']);
    expect(await article2.locator('del').allTextContents()).toEqual(['undertakes ']);
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // By keyboard: the notes to the top one step at a time, then one down.
    await pack.section('Notes').click();
    for (let step = 0; step < 8; step += 1) {
      await app.page.keyboard.press('Alt+Shift+ArrowUp');
      await expect.poll(async () => (await pack.sectionNames()).indexOf('Notes')).toBe(7 - step);
    }
    await app.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => pack.sectionNames()).toEqual([templateSections[0], 'Notes', ...templateSections.slice(1, 8)]);
    // Undo takes the last move back (Ctrl+Z outside a text field).
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => pack.sectionNames()).toEqual(['Notes', ...templateSections.slice(0, 8)]);

    // By drag: Art. 6's draft text dropped above Art. 2's.
    await pack.section('Art. 6: draft text').dragTo(pack.section('Art. 2: draft text'), { sourcePosition: { x: 60, y: 10 }, targetPosition: { x: 60, y: 2 } });
    const reordered = ['Notes', 'Art. 6: draft text', ...templateSections.slice(0, 4), ...templateSections.slice(5, 8)];
    await expect.poll(() => pack.sectionNames()).toEqual(reordered);

    // The order is the library's: it survives a reload.
    await app.page.reload();
    await app.navigation.waitFor();
    await app.goTo('Packs');
    await app.page.getByRole('grid', { name: 'Packs' }).getByRole('button', { name: 'Open Informals on articles 2 and 6' }).click();
    await expect.poll(() => pack.sectionNames()).toEqual(reordered);

    // A search result added from the sources pane to the chosen section.
    await pack.section('Art. 2: precedent language').click();
    const sources = app.page.getByRole('complementary', { name: 'Sources' });
    await sources.getByRole('searchbox', { name: 'Search the library' }).fill('persecution');
    const results = sources.getByRole('grid', { name: 'Passages found' }).getByRole('row');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await results.first().getByRole('button', { name: 'Add to Art. 2: precedent language' }).click();
    // Rows with a Remove button: an empty list shows its hint in a row too.
    const items = pack.items('Art. 2: precedent language').getByRole('row').filter({ has: app.page.getByRole('button', { name: 'Remove from the pack' }) });
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().locator('blockquote').textContent()).toContain('persecution');
    await expect.poll(() => pack.section('Art. 2: precedent language').locator('.pack-outline-count').textContent()).toBe('1');
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // Removed, and brought back with Undo.
    await items.first().getByRole('button', { name: 'Remove from the pack' }).click();
    await expect.poll(() => items.count()).toBe(0);
    await app.page.getByRole('button', { name: 'Undo remove item' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await app.page.getByRole('button', { name: 'Redo remove item' }).waitFor();
  });

  it('export from the screen to Word and to PDF, with the marking, the session and clips in Arabic and Chinese', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const file = path.join(session.inbox, 'l1.pdf');
    fs.writeFileSync(file, await makeTextPdf([draft('A/AC.999/L.1', 'undertakes')], { title }));
    await app.importFiles([file]);
    await app.waitForImportEnd();
    const call = (operation: string, args: unknown) => callAsPage(app.page, session.host.token, operation, args);
    const [draftDocument] = (await call('library.listDocuments', {})) as { id: number }[];
    await call('library.updateDocument', { id: draftDocument.id, patch: { kind: 'draft' } });
    const created = (await call('packs.create', {
      title: 'Briefing for the resumed session',
      session: { name: 'Sixth Committee, resumed session', startDate: '2026-12-02', endDate: null, place: 'Conference Room 4', agendaItems: [], revisionDocumentId: draftDocument.id },
      classification: 'RESTRICTED',
      templateId: 'plenary',
      articles: ['2'],
    })) as { id: number; sections: { id: number; kind: string }[] };
    const notes = created.sections.find((section) => section.kind === 'notes')!;
    for (const quote of ['تتعهد كل دولة بمنع الجرائم ضد الإنسانية', '各国承诺防止危害人类罪']) {
      await call('packs.addItem', { sectionId: notes.id, item: { kind: 'note', source: {}, quote, citation: 'Informal translation' } });
    }

    await app.goTo('Packs');
    await app.page.getByRole('grid', { name: 'Packs' }).getByRole('button', { name: 'Open Briefing for the resumed session' }).click();
    await app.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export the pack' });
    await dialog.getByText('Word, to send and keep editing').click();
    const [word] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    await dialog.getByText('Exported: the file was saved.').waitFor();
    // The keyboard focus stays in the dialog while the export runs and after it.
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const docxPath = path.join(session.inbox, 'pack.docx');
    await word.saveAs(docxPath);
    const parts = unzipSync(new Uint8Array(fs.readFileSync(docxPath)));
    const body = strFromU8(parts['word/document.xml']);
    expect(body).toContain('Briefing for the resumed session');
    expect(body).toContain('Sixth Committee, resumed session');
    expect(body).toContain('تتعهد كل دولة بمنع الجرائم ضد الإنسانية');
    expect(body).toContain('各国承诺防止危害人类罪');
    const headers = Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/u.test(name)).map((name) => strFromU8(parts[name]));
    expect(headers.join('')).toContain('RESTRICTED');

    await dialog.getByText('PDF, to print').click();
    const [pdf] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const pdfPath = path.join(session.inbox, 'pack.pdf');
    await pdf.saveAs(pdfPath);
    // As pdf.js reads it back: NFKC (CJK compatibility forms), white space removed, right-to-left runs in reading order.
    const pages = await pdfPageTexts(new Uint8Array(fs.readFileSync(pdfPath)));
    expect(pages[0]).toContain(normalised('Briefing for the resumed session'));
    // The marking on every page, the cover included.
    expect(pages.every((page) => page.includes('RESTRICTED'))).toBe(true);
    expect(pages.join('')).toContain(normalised('各国承诺防止危害人类罪'));
    expect(pages.join('')).toContain(normalised('تتعهد كل دولة بمنع الجرائم ضد الإنسانية'));
    expect(await accessibilityViolations(app.page)).toEqual([]);
  });
});
