import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

/** The focused element's role and accessible name as a screen reader would read them (roughly). */
function focused(app: BriefingPage): Promise<{ role: string | null; label: string }> {
  return app.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? null, label: element?.getAttribute('aria-label') ?? element?.textContent ?? '' };
  });
}

/**
 * Presses Tab (as a person going through the screen) until the focus is on an element of
 * `role` inside `container`, at most `limit` times.
 */
async function tabTo(app: BriefingPage, container: Locator, role: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    const inside = await container.evaluate((element) => element.contains(document.activeElement));
    if (inside && (await focused(app)).role === role) return;
    await app.page.keyboard.press('Tab');
  }
  throw new Error(`no ${role} took the focus after ${limit} presses of Tab; focus is on ${JSON.stringify(await focused(app))}`);
}

describe('a delegate without a mouse', () => {
  it('imports, opens, finds and highlights words, then searches the library, all from the keyboard', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const file = path.join(session.inbox, 'draft.pdf');
    fs.writeFileSync(
      file,
      await makeTextPdf(
        [
          ['Draft articles on crimes against humanity', 'Article 2', 'Persecution against any identifiable group'],
          ['Article 3', 'General obligations of each State'],
        ],
        { title: 'Draft articles' },
      ),
    );

    // Import: Ctrl+O opens the system's file picker (the picker itself belongs to the system).
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.keyboard.press('Control+O');
    await (await chooser).setFiles([file]);
    await app.waitForImportEnd();

    // Open: Tab to the document's row in the table, Enter.
    await app.documentRows.first().waitFor();
    await tabTo(app, app.documents, 'row');
    await app.page.keyboard.press('Enter');
    const firstPage = app.page.getByLabel('Page 1', { exact: true });
    await firstPage.locator('.textLayer span').first().waitFor();

    // Find the words (Ctrl+F, Enter), select the match (Alt+Enter): the mark buttons take the focus.
    await app.page.keyboard.press('Control+F');
    const findBox = app.page.getByRole('searchbox', { name: 'Find in document' });
    await expect.poll(() => findBox.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.type('identifiable group');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.evaluate(() => CSS.highlights.get('find-current')?.size)).toBe(1);
    await app.page.keyboard.press('Alt+Enter');
    const markToolbar = app.page.getByRole('toolbar', { name: 'Mark the selection' });
    await markToolbar.waitFor();
    await expect.poll(() => focused(app)).toEqual({ role: 'button', label: 'Highlight' });

    // Highlight: Alt+H, the command's shortcut. The mark keeps exactly the words found.
    await app.page.keyboard.press('Alt+H');
    await app.annotations.getByText('Highlight, p. 1').waitFor();
    expect(await app.annotations.locator('q').first().textContent()).toBe('identifiable group');
    await firstPage.locator('.pdf-annotation-highlight').first().waitFor();
    await markToolbar.waitFor({ state: 'detached' });

    // Search the library: Ctrl+K, type, the arrows move through the results, Enter opens one.
    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.type('general obligations');
    const options = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => options.first().locator('mark').allTextContents()).toEqual(['General', 'obligations']);
    const activeOption = () => box.getAttribute('aria-activedescendant').then((id) => (id ? app.page.locator(`[id="${id}"]`).textContent() : null));
    await expect.poll(activeOption).toBe(await options.first().textContent());
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.navigation.getByRole('button', { name: 'Reader' }).getAttribute('aria-current')).toBe('page');
    // The PDF opens at the result's page with the words marked.
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
    await expect.poll(() => app.page.evaluate(() => [...(CSS.highlights.get('search-term') ?? [])].map(String))).toEqual(['General', 'obligations']);
  });
});
