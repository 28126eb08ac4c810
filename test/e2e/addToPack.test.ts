import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/common/packs';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { SearchPage } from './pages/SearchPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';
import { callAsPage } from './support/pageApi';

const session = useAppSession();

const draft = [
  'Draft articles on the prevention of atrocity crimes',
  'Article 4',
  'Obligation of prevention',
  '1. Each State undertakes to prevent crimes against humanity, which are',
  'crimes under international law, whether or not committed in time of armed conflict.',
  '2. Each State shall cooperate with other States and with relevant',
  'intergovernmental organizations in the prevention of such crimes.',
];
const convention = [
  'Convention on Cooperation in the Prevention of Atrocity Crimes',
  'Article 3',
  'Cooperation',
  '1. The Parties shall afford one another the widest measure of mutual legal',
  'assistance in investigations and proceedings brought in respect of offences.',
  '2. Each Party shall cooperate with other States and with relevant',
  'intergovernmental organizations in the prevention of such offences.',
];

/** Article 2 of two revisions of a draft, the second rewording it. */
const articleTwo = (verb: string) => ['Article 2', 'General obligation', `Each State ${verb} to prevent and punish crimes`, 'against humanity, which are crimes under international law.'];

/** The "Add to pack" dialog, once open: what it proposes, then Add; answers the toast's words. */
async function addInDialog(app: BriefingPage, check: (dialog: Locator) => Promise<void> = async () => {}): Promise<string> {
  const dialog = app.page.getByRole('dialog', { name: 'Add to pack' });
  // The preview shows the citation the item will carry once the library has answered.
  await dialog.getByRole('figure', { name: 'What the pack will hold' }).waitFor();
  await check(dialog);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  const toast = app.page.getByRole('region', { name: 'Notifications' }).getByText(/^Added to /u);
  await toast.waitFor();
  return (await toast.textContent()) ?? '';
}

/** What a drag from `source` (to the page's heading, where nothing is dropped) carries as a pack item, in the Packs screen's drag type for a source. */
async function draggedItem(app: BriefingPage, source: Locator): Promise<unknown> {
  await app.page.evaluate((type) => {
    document.body.removeAttribute('data-dragged');
    window.addEventListener('dragstart', (event) => document.body.setAttribute('data-dragged', event.dataTransfer?.getData(type) ?? ''), { once: true });
  }, 'application/x-briefing-pack-source');
  await source.dragTo(app.heading);
  const carried = app.page.locator('body[data-dragged]');
  await carried.waitFor({ state: 'attached' });
  return JSON.parse((await carried.getAttribute('data-dragged')) ?? 'null');
}

describe('adding to a pack from anywhere', () => {
  it('builds a pack from a search result, a mark, a position and a precedent, each with its citation and a link to its page', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const files = { 'prevention.pdf': draft, 'cooperation.pdf': convention };
    for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(session.inbox, name), await makeTextPdf([lines], { title: lines[0] }));
    await app.importFiles(Object.keys(files).map((name) => path.join(session.inbox, name)));
    await app.waitForImportEnd();
    await app.documents.waitFor();
    // Arranged through the API: the kinds (the import's guesses are not what this test is about) and a position.
    const call = (operation: string, args: unknown) => callAsPage(app.page, session.host.token, operation, args);
    const documents = (await call('library.listDocuments', {})) as { id: number; title: string }[];
    const draftId = documents.find((document) => document.title.startsWith('Draft'))!.id;
    const conventionId = documents.find((document) => document.title.startsWith('Convention'))!.id;
    await call('library.updateDocument', { id: draftId, patch: { kind: 'draft' } });
    await call('library.updateDocument', { id: conventionId, patch: { kind: 'instrument' } });
    await call('positions.create', {
      position: {
        speaker: { kind: 'state', code: 'BRA' },
        revisionDocumentId: draftId,
        targetLabel: 'Art. 4(2)',
        stance: 'supports',
        summary: 'Keep the duty to cooperate',
        proposedWording: '',
        quote: 'cooperate with other States and with relevant intergovernmental organizations',
        source: { documentId: draftId, pageIndex: 0, meeting: 'Sixth Committee, 3rd meeting', date: null },
      },
    });
    await app.page.reload();

    // 1. A search result; there is no pack yet: the dialog makes one, and a section on the article.
    await app.goTo('Search');
    const search = new SearchPage(app.page);
    await search.box.fill('"undertakes to prevent"');
    const result = search.passages(search.group('Draft articles')).first();
    await result.waitFor();
    // The mouse has an icon on each result (an option holds no button of its own): dragged (to
    // the Packs screen's sources), it carries the item it would add …
    const icon = result.getByTitle('Add to pack (Ctrl+Shift+B)');
    expect(await draggedItem(app, icon)).toEqual({ kind: 'passage', source: { documentId: draftId, passageId: expect.any(Number), pageIndex: 0 } });
    // … and clicked, it opens the dialog.
    await icon.click();
    const opened = app.page.getByRole('dialog', { name: 'Add to pack' });
    await opened.getByRole('button', { name: 'Cancel' }).click();
    await opened.waitFor({ state: 'detached' });
    expect(await app.heading.textContent()).toBe('Search');
    // … the keyboard the command, on the result under it.
    await search.box.focus();
    for (let presses = 0; presses < 6 && !(await search.activeOption())?.includes('art. 4(1)'); presses += 1) await app.page.keyboard.press('ArrowDown');
    expect(await search.activeOption()).toContain('art. 4(1)');
    await app.page.keyboard.press('Control+Shift+B');
    const first = await addInDialog(app, async (dialog) => {
      await expect.poll(() => dialog.getByRole('figure').textContent()).toContain('Draft articles on the prevention of atrocity crimes, art. 4(1), p. 1');
      await dialog.getByText('There is no pack yet').waitFor();
      await dialog.getByRole('textbox', { name: 'Pack title' }).fill('Sixth Committee, informal consultations');
      // The draft the result is from is proposed as the session's revision, and the section is on its article.
      expect(await dialog.getByRole('button', { name: /Draft revision of the session/u }).textContent()).toContain('Draft articles');
      await expect.poll(() => dialog.getByRole('textbox', { name: 'Article' }).inputValue()).toBe('Art. 4');
      await app.choose(dialog, /Kind of section/u, 'Notes');
      expect(await accessibilityViolations(app.page)).toEqual([]);
    });
    expect(first).toBe('Added to Sixth Committee, informal consultations › Art. 4: notes');

    // 2. A mark, from its card in the Comments pane: the pack and the section used last are proposed.
    await app.goTo('Library');
    const firstPage = await app.openDocument('Draft articles');
    await app.selectText(firstPage.locator('.textLayer'), 'Each State undertakes to prevent crimes against humanity');
    await app.markSelection('Highlight');
    const card = app.annotations.getByRole('listitem').filter({ hasText: 'Highlight, p. 1' });
    await card.getByRole('button', { name: 'Add to pack' }).click();
    await addInDialog(app, async (dialog) => {
      expect(await dialog.getByRole('button', { name: /Pack/u }).textContent()).toContain('Sixth Committee, informal consultations');
      expect(await dialog.getByRole('button', { name: /Section/u }).textContent()).toContain('Art. 4: notes');
      await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Our key paragraph');
    });

    // 3. A precedent of the draft's second paragraph (the caret in it), from the panel beside it.
    await firstPage.locator('.textLayer span').filter({ hasText: /^\s*cooperate\s*$/u }).first().click();
    await app.page.keyboard.press('Control+Shift+F');
    const precedents = app.page.getByRole('complementary', { name: 'Precedents' });
    const precedent = precedents.getByRole('list', { name: 'Precedents, closest first' }).getByRole('article').first();
    await precedent.waitFor();
    // Dragged by its title, a precedent carries its own words and citation.
    expect(await draggedItem(app, precedent.getByRole('heading'))).toMatchObject({ kind: 'precedent', source: { documentId: conventionId }, citation: expect.stringContaining('art. 3(2), p. 1') });
    await precedent.getByRole('button', { name: 'Add to pack' }).click();
    await addInDialog(app, async (dialog) => {
      await expect.poll(() => dialog.getByRole('figure').textContent()).toContain('Convention on Cooperation in the Prevention of Atrocity Crimes, art. 3(2), p. 1');
    });

    // 4. A position, from its row; then "Open pack" leads to the Packs screen.
    await app.goTo('Positions');
    const row = app.page.getByRole('row').filter({ hasText: 'Keep the duty to cooperate' });
    await row.getByRole('button', { name: 'Add to pack' }).click();
    const last = await addInDialog(app, async (dialog) => {
      await expect.poll(() => dialog.getByRole('figure').textContent()).toContain('Brazil');
    });
    expect(last).toBe('Added to Sixth Committee, informal consultations › Art. 4: notes');
    await app.page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Open pack' }).click();
    const packShown = app.page.getByRole('region', { name: 'Pack Sixth Committee, informal consultations' });
    await packShown.getByRole('heading', { level: 2, name: 'Sixth Committee, informal consultations' }).waitFor();
    await packShown.getByText('Convention on Cooperation in the Prevention of Atrocity Crimes, art. 3(2), p. 1').first().waitFor();

    // The pack holds the four, in the order added, each with its citation and the page it leads back to.
    const [summary] = (await call('packs.list', {})) as { id: number }[];
    const pack = (await call('packs.get', { id: summary.id })) as Pack;
    expect(pack.session.revisionDocumentId).toBe(draftId);
    expect(pack.sections.map((section) => [section.kind, section.articleLabel])).toEqual([['notes', 'Art. 4']]);
    const items = pack.sections[0].items;
    expect(items.map((item) => item.kind)).toEqual(['passage', 'annotation', 'precedent', 'position']);
    expect(items.map((item) => [item.source.documentId, item.source.pageIndex])).toEqual([
      [draftId, 0],
      [draftId, 0],
      [conventionId, 0],
      [draftId, 0],
    ]);
    expect(items[0].citation).toBe('Draft articles on the prevention of atrocity crimes, art. 4(1), p. 1');
    expect(items[0].quote).toContain('Each State undertakes to prevent crimes against humanity');
    expect(items[1].citation).toMatch(/^Draft articles on the prevention of atrocity crimes, .*p\. 1$/u);
    expect(items[1].quote).toContain('Each State undertakes to prevent crimes against humanity');
    expect(items[1].note).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Our key paragraph' }] }] });
    expect(items[2].citation).toBe('Convention on Cooperation in the Prevention of Atrocity Crimes, art. 3(2), p. 1');
    expect(items[2].source.passageId).not.toBeNull();
    expect(items[3].citation).toContain('Brazil');
    expect(items[3].quote).toBe('cooperate with other States and with relevant intergovernmental organizations');
  });
  it('adds a whole article from the Articles rail, the words selected (Ctrl+Shift+B) and an article of a compare view, each to the section on its article', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const title = draft[0];
    const revisions = { 'l1.pdf': ['A/AC.998/L.1', title, ...articleTwo('undertakes')], 'l1-rev1.pdf': ['A/AC.998/L.1/Rev.1', title, ...articleTwo('shall undertake')] };
    for (const [name, lines] of Object.entries(revisions)) fs.writeFileSync(path.join(session.inbox, name), await makeTextPdf([lines], { title }));
    await app.importFiles(Object.keys(revisions).map((name) => path.join(session.inbox, name)));
    await app.waitForImportEnd();
    await app.documents.waitFor();
    // A pack laid out for the article on Rev.1, made through the API: what this test adds to is not how the pack was made.
    const call = (operation: string, args: unknown) => callAsPage(app.page, session.host.token, operation, args);
    const documents = (await call('library.listDocuments', {})) as { id: number; symbol: string | null }[];
    const older = documents.find((document) => document.symbol === 'A/AC.998/L.1')!.id;
    const newer = documents.find((document) => document.symbol === 'A/AC.998/L.1/Rev.1')!.id;
    const packSession = { name: 'Working group', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: newer };
    const made = (await call('packs.create', { title: 'Working group on article 2', session: packSession, templateId: 'drafting', articles: ['Art. 2'] })) as Pack;

    // The article, whole, from the rail beside Rev.1: proposed for the article's draft text.
    await app.openDocument('A/AC.998/L.1/Rev.1');
    await app.page.keyboard.press('Control+Alt+1');
    const rail = app.navigationPanel.getByRole('treegrid', { name: 'Articles' });
    await rail.getByRole('row', { name: /^Art\. 2\b/u }).getByRole('button', { name: 'Add to pack' }).click();
    const toast = await addInDialog(app, async (dialog) => {
      expect(await dialog.getByRole('button', { name: /Section/u }).textContent()).toContain('Art. 2: draft text');
      await expect.poll(() => dialog.getByRole('figure').textContent()).toContain('A/AC.998/L.1/Rev.1, art. 2, p. 1');
    });
    expect(toast).toBe('Added to Working group on article 2 › Art. 2: draft text');

    // Words selected, with the shortcut: cited by the article holding them.
    await app.selectText(app.page.getByLabel('Page 1', { exact: true }).locator('.textLayer'), 'Each State shall undertake to prevent and punish');
    await app.page.keyboard.press('Control+Shift+B');
    await addInDialog(app, async (dialog) => {
      expect(await dialog.getByRole('button', { name: /Section/u }).textContent()).toContain('Art. 2: draft text');
      expect(await dialog.locator('blockquote').textContent()).toBe('Each State shall undertake to prevent and punish');
    });

    // The same from the PDF's text (the reading view), with the toolbar's button; then let go.
    await app.documentHeader.getByRole('radio', { name: 'Text' }).click();
    const reading = app.page.getByRole('article', { name: 'The document as text' });
    await app.selectText(reading, 'to prevent and punish crimes');
    await app.page.getByRole('button', { name: 'Add to pack…' }).click();
    const fromText = app.page.getByRole('dialog', { name: 'Add to pack' });
    await expect.poll(() => fromText.getByRole('figure').textContent()).toBe('to prevent and punish crimesA/AC.998/L.1/Rev.1, art. 2, p. 1');
    await fromText.getByRole('button', { name: 'Cancel' }).click();
    await fromText.waitFor({ state: 'detached' });

    // The article as compared with the revision before it.
    await app.goTo('Library');
    await app.documentRows.filter({ hasText: 'A/AC.998/L.1/Rev.1' }).click();
    await app.details.getByRole('button', { name: 'Compare with the previous revision' }).click();
    const compared = app.page.getByRole('article', { name: /^Art\. 2/u });
    await compared.getByRole('button', { name: 'Add to pack' }).click();
    await addInDialog(app, async (dialog) => {
      await expect.poll(() => dialog.getByRole('figure').textContent()).toContain('A/AC.998/L.1 → A/AC.998/L.1/Rev.1, art. 2');
    });

    const pack = (await call('packs.get', { id: made.id })) as Pack;
    const section = pack.sections.find((candidate) => candidate.kind === 'draft-text')!;
    expect(section.items.map((item) => item.kind)).toEqual(['article', 'passage', 'comparison']);
    expect(section.items.map((item) => [item.source.documentId, item.source.pageIndex, item.source.label])).toEqual([
      [newer, 0, 'Art. 2'],
      [newer, 0, 'Art. 2'],
      [newer, 0, 'Art. 2'],
    ]);
    expect(section.items[1].source.passageId).not.toBeNull();
    expect(section.items[2].source.olderDocumentId).toBe(older);
    expect(section.items[2].redline?.some((segment) => segment.kind === 'inserted')).toBe(true);
  });
});
