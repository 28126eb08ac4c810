import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';
import { callAsPage } from './support/pageApi';

const session = useAppSession();


const rome = [
  'Rome Statute of the International Criminal Court',
  'Article 7',
  'Crimes against humanity',
  '1. For the purpose of this Statute, crime against humanity means any',
  'of the following acts when committed as part of a widespread or',
  'systematic attack directed against any civilian population.',
  '2. Persecution against any identifiable group or collectivity on',
  'political, racial, national, ethnic, cultural, religious or gender',
  'grounds, in connection with any crime within the jurisdiction of the Court.',
];
const torture = [
  'Convention against Torture',
  'Article 1',
  '1. For the purposes of this Convention, torture means any act by which',
  'severe pain or suffering is intentionally inflicted on a person on',
  'political, racial or religious grounds by a public official.',
];
const draft = [
  'Draft articles on crimes against humanity',
  'Article 2',
  'Persecution',
  '1. Persecution against any identifiable group or collectivity on',
  'political, racial, national, ethnic, religious or gender grounds,',
  'in connection with any crime within the jurisdiction of the State.',
  '2. Each State shall take the necessary measures to prevent such acts.',
];

describe('precedents of a draft', () => {
  it('finds the source of a paragraph first, shows its diff, opens it, and runs for every article', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const files = { 'draft.pdf': draft, 'rome.pdf': rome, 'torture.pdf': torture };
    for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(session.inbox, name), await makeTextPdf([lines], { title: lines[0] }));
    await app.importFiles(Object.keys(files).map((name) => path.join(session.inbox, name)));
    await app.waitForImportEnd();
    await app.documents.waitFor();
    // Filed as a delegate would: the import's guesses of kind are not what this test is about.
    const documents = (await callAsPage(app.page, session.host.token, 'library.listDocuments', {})) as { id: number; title: string }[];
    for (const document of documents) {
      await callAsPage(app.page, session.host.token, 'library.updateDocument', { id: document.id, patch: { kind: document.title.startsWith('Draft') ? 'draft' : 'instrument' } });
    }

    await app.page.reload();
    const firstPage = await app.openDocument('Draft articles');
    const panel = app.page.getByRole('complementary', { name: 'Precedents' });
    // Nothing selected: the paragraph where the user clicked.
    await firstPage.locator('.textLayer span').filter({ hasText: /^\s*State\s*$/u }).first().click();
    await app.page.keyboard.press('Control+Shift+F');
    await expect.poll(() => panel.locator('blockquote').textContent()).toContain('Each State shall take the necessary measures');
    expect(await panel.getByRole('button', { name: /Paragraph/u }).textContent()).toContain('Art. 2(2)');

    await app.selectText(
      firstPage.locator('.textLayer'),
      'Persecution against any identifiable group or collectivity on political, racial, national, ethnic, religious or gender grounds, in connection with any crime within the jurisdiction of the State.',
    );
    await app.page.keyboard.press('Control+Shift+F');
    const results = panel.getByRole('list', { name: 'Precedents, closest first' });
    const first = results.getByRole('article').first();
    await first.waitFor();
    expect(await first.getByRole('heading').textContent()).toBe('Rome Statute of the International Criminal Court');
    expect(await first.getByText(/^\d+% the same$/u).textContent()).toMatch(/^(?:[7-9]\d)% the same$/u);
    expect(await first.textContent()).toContain('Rome Statute of the International Criminal Court, art. 7(2), p. 1');
    // The words the draft left out struck through, its own underlined.
    expect(await first.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('cultural'), expect.stringContaining('Court')]));
    expect(await first.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('State')]));
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // Another paragraph, chosen in the panel: no instrument says anything like it.
    await app.choose(panel, /Paragraph/u, 'Art. 2(2)');
    await expect.poll(() => panel.locator('blockquote').textContent()).toContain('Each State shall take the necessary measures');
    await panel.getByText("No precedent in the library's instruments.").waitFor();
    await app.choose(panel, /Paragraph/u, 'Art. 2(1)');
    await expect.poll(() => panel.locator('blockquote').textContent()).toContain('jurisdiction of the State');

    await first.getByRole('button', { name: 'Open source' }).click();
    await expect.poll(() => app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Rome Statute of the International Criminal Court');

    // Back in the draft: precedents for every article, with progress, beside it.
    await app.goTo('Library');
    await app.openDocument('Draft articles');
    await app.page.keyboard.press('Control+Shift+P');
    await app.page.keyboard.type('Precedents for every article');
    await app.page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Precedents found for 2 paragraphs.' }).waitFor();
    expect(await panel.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expect.arrayContaining(['Art. 2(1)', 'Art. 2(2)', 'Rome Statute of the International Criminal Court']));
    // A paragraph's label shows it alone.
    await panel.getByRole('button', { name: 'Art. 2(1)' }).click();
    await expect.poll(() => panel.locator('blockquote').textContent()).toContain('jurisdiction of the State');
  });
});
