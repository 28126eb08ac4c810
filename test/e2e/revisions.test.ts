import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';
import { accessibilityViolations } from './support/axe';

const session = useAppSession();
const title = 'Draft articles on crimes against humanity';
// One line per text-show, short enough to stay on the page. Rev.1 rewords article 2 and inserts
// a new article 3, so the old 3 is renumbered 4.
const scope = ['Article 1', 'Scope', 'The present draft articles apply to the prevention', 'and punishment of crimes against humanity.'];
const obligation = (verb: string) => ['Article 2', 'General obligation', `Each State ${verb} to prevent and punish crimes`, 'against humanity, which are crimes under international law.'];
const definition = ['Article 3', 'Definition', 'For the purpose of the present draft articles, a crime', 'against humanity means any of the following acts.'];
const victims = (number: number) => [`Article ${number}`, 'Victims', 'Each State shall ensure that any person who alleges that', 'acts constituting crimes against humanity have been', 'committed has the right to complain.'];

async function draftPdf(name: string, pages: string[][]): Promise<string> {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, await makeTextPdf(pages, { title }));
  return file;
}

describe('comparing two revisions of a draft', () => {
  it('opens from the library, shows the changes side by side and inline, steps through them, shows a history and exports Word', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    await app.importFiles([
      await draftPdf('l1.pdf', [['A/AC.999/L.1', title, ...scope, ...obligation('undertakes'), ...victims(3)]]),
      await draftPdf('l1-rev1.pdf', [['A/AC.999/L.1/Rev.1', title, ...scope, ...obligation('shall undertake'), ...definition], victims(4)]),
    ]);
    await app.waitForImportEnd();

    // From the Rev.1's details: compare with the revision before it.
    await app.documentRows.filter({ hasText: 'A/AC.999/L.1/Rev.1' }).click();
    await app.details.getByRole('button', { name: 'Compare with the previous revision' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Revisions' }).waitFor();
    const summary = app.page.getByRole('status').filter({ hasText: 'renumbered' });
    await expect.poll(() => summary.textContent()).toBe('1 article unchanged, 1 article changed, 1 article renumbered, 1 article added');
    const changes = app.page.getByRole('navigation', { name: 'Changes' }).getByRole('button');
    await expect.poll(() => changes.allTextContents()).toEqual(['Art. 2changed', 'Art. 3added', 'Art. 3 → Art. 4renumbered']);

    // Side by side: the older text shows the deletion, the newer the insertion.
    const comparison = app.page.getByRole('region', { name: 'A/AC.999/L.1 compared with A/AC.999/L.1/Rev.1' });
    const article2 = comparison.getByRole('article', { name: /^Art\. 2/ });
    expect(await article2.getByRole('group', { name: 'A/AC.999/L.1, the older revision' }).locator('del').allTextContents()).toEqual(['undertakes ']);
    expect(await article2.getByRole('group', { name: 'A/AC.999/L.1/Rev.1, the newer revision' }).locator('ins').allTextContents()).toEqual(['shall undertake ']);
    expect(await article2.getByRole('group', { name: /newer revision/ }).locator('del').count()).toBe(0);
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // Alt+N steps from change to change; the change list follows.
    await app.page.keyboard.press('Alt+N');
    await expect.poll(() => changes.first().getAttribute('aria-current')).toBe('true');
    await app.page.keyboard.press('Alt+N');
    await expect.poll(() => changes.nth(1).getAttribute('aria-current')).toBe('true');
    await app.page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => changes.first().getAttribute('aria-current')).toBe('true');

    // Inline: one redline, the renumbering read as "Article 3 4".
    await app.page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Inline' }).click();
    const renumbered = comparison.getByRole('article', { name: /^Art\. 3 → Art\. 4/ });
    await expect.poll(() => renumbered.locator('.redline del').allTextContents()).toEqual(['3 ']);
    expect(await renumbered.locator('.redline ins').allTextContents()).toEqual(['4\n']);

    // The article's history across the family.
    await renumbered.getByRole('button', { name: 'History of Art. 3 → Art. 4' }).click();
    const history = app.page.getByRole('dialog', { name: 'History of Art. 4' });
    await expect.poll(() => history.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Original A/AC.999/L.1 · Art. 3 unchanged', 'Rev.1 A/AC.999/L.1/Rev.1 · Art. 4 renumbered']);
    await history.getByRole('button', { name: 'Close' }).click();

    // Export: a Word file with tracked changes.
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Word (tracked changes)' }).click()]);
    expect(download.suggestedFilename()).toBe('A-AC.999-L.1 to A-AC.999-L.1-Rev.1.docx');
    const saved = path.join(session.inbox, 'redline.docx');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    // Open the newer revision at the article from the comparison.
    await renumbered.getByRole('button', { name: 'Open A/AC.999/L.1/Rev.1 at page 2' }).click();
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
  });
});
