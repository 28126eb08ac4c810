import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

/** A Markdown convention long enough to be cut into many pages; one word only in Article 97. */
function longConvention(): string {
  const articles = Array.from({ length: 120 }, (_, index) => {
    const number = index + 1;
    const special = number === 97 ? ' Cabotage vessels are excluded.' : '';
    const paragraph = `The States Parties shall cooperate in the matters of article ${number}, in good faith and without delay.`;
    return `## Article ${number}\n\nMatters of kind ${number}\n\n1. ${paragraph.repeat(4)}${special}\n\n2. ${paragraph.repeat(3)}\n`;
  });
  return `# Draft convention on long documents\n\n${articles.join('\n')}`;
}

describe('a long text document', () => {
  it('is read a page at a time, and a search result opens at its page with the words marked', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const file = path.join(session.inbox, 'long.md');
    fs.writeFileSync(file, longConvention());
    await app.importFiles([file]);
    await app.waitForImportEnd();

    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.pressSequentially('cabotage vessels');
    const first = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['Cabotage', 'vessels']);
    const citedPage = Number(/art\. 97\(1\), p\. (\d+)/.exec((await first.textContent()) ?? '')?.[1]);
    expect(citedPage).toBeGreaterThan(10);

    await box.press('Enter');
    const pageText = app.page.getByLabel(`Text of page ${citedPage}`);
    await pageText.waitFor();
    expect(await pageText.locator('mark').allTextContents()).toEqual(['Cabotage', 'vessels']);
    expect(await pageText.textContent()).toContain('Article 97');
    // A page of the document, not the whole of it.
    expect(await pageText.textContent()).not.toContain('Article 1\n');
    await app.page.getByText(new RegExp(`^Page ${citedPage} of (\\d+)$`)).waitFor();
  });
});
