import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';

const session = useAppSession();

const title = 'Draft articles on crimes against humanity';

/** Imports the Original and Rev.1 of a draft (one family), and waits for the library to list both. */
async function importFamily(app: BriefingPage): Promise<void> {
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  for (const [name, symbol] of [['draft.pdf', 'A/CN.4/L.935'], ['draft-rev1.pdf', 'A/CN.4/L.935/Rev.1']]) {
    const file = path.join(session.inbox, name);
    fs.writeFileSync(file, await makeTextPdf([[symbol, title, 'Article 2', 'Persecution against any identifiable group'], ['Article 3', 'General obligations']], { title }));
    await app.importFiles([file]);
    await app.waitForImportEnd();
  }
  await app.documents.getByRole('row').filter({ hasText: 'A/CN.4/L.935/Rev.1' }).waitFor();
}

/** How far the window, the annotations panel and its list scroll sideways, and whether a Delete button is wholly in view. */
function measureClipping(app: BriefingPage) {
  return app.page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('[role="complementary"][aria-label="Annotations"], aside[aria-label="Annotations"]')!;
    const list = aside.querySelector<HTMLElement>('.annotation-scroll')!;
    const panel = aside.getBoundingClientRect();
    const deletes = [...aside.querySelectorAll<HTMLElement>('button[aria-label="Delete"]')].map((button) => {
      const box = button.getBoundingClientRect();
      return box.width > 0 && box.left >= panel.left && box.right <= panel.right && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    });
    return {
      windowOverflow: document.documentElement.scrollWidth - window.innerWidth,
      panelOverflow: aside.scrollWidth - aside.clientWidth,
      listOverflow: list.scrollWidth - list.clientWidth,
      deletesVisible: deletes,
    };
  });
}

describe('the reader’s layout', () => {
  it('clips nothing at 1280×720, 1366×768 and 1440×900 with the annotations panel open, and passes axe', async () => {
    const page = await session.context.newPage();
    const app = new BriefingPage(page);
    await importFamily(app);
    const firstPage = await app.openDocument('A/CN.4/L.935/Rev.1');
    await app.selectText(firstPage.locator('.textLayer'), 'Persecution against any identifiable group');
    await app.markSelection('Highlight');
    const note = app.annotations.getByLabel('Note on highlight, page 1');
    await note.fill(`${'A note long enough to wrap over many lines of the card instead of widening the panel. '.repeat(5)}awordwithoutanyspaceswhateverthatmustbreakwithinthecardratherthanoverflowit`);
    await note.blur();
    const tags = app.annotations.getByLabel('Tags of highlight, page 1');
    await tags.fill('definitions, art. 2, persecution, identifiable group, red line, to raise with the chair before the vote');
    await tags.blur();
    await app.annotations.getByRole('button', { name: 'to raise with the chair before the vote' }).waitFor();

    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1440, 900],
    ]) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      expect(await measureClipping(app), `${width}×${height}`).toEqual({ windowOverflow: 0, panelOverflow: 0, listOverflow: 0, deletesVisible: [true] });
    }

    // Both panels open and the find bar shown: no serious or critical axe finding, in either theme.
    // The navigation panel opens on Articles (what import found); its Pages tab holds the thumbnails.
    await page.keyboard.press('Control+Alt+1');
    await app.navigationPanel.getByRole('tab', { name: 'Articles', selected: true }).waitFor();
    await app.navigationPanel.getByRole('tab', { name: 'Pages' }).click();
    await app.navigationPanel.getByRole('list', { name: 'Pages' }).waitFor();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('general obligations');
    await page.getByRole('search', { name: 'Find in document' }).getByText('1 of 1').waitFor();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await accessibilityViolations(page), theme).toEqual([]);
      // PDF pages stay white whatever the theme.
      expect(await firstPage.evaluate((element) => getComputedStyle(element).backgroundColor), theme).toBe('rgb(255, 255, 255)');
    }
  });

  it('collapses and expands the panels by their commands, resizes them by keyboard, and remembers their width', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importFamily(app);
    await app.openDocument('A/CN.4/L.935/Rev.1');
    const annotationsToggle = app.page.getByRole('button', { name: 'Show or hide annotations' });
    const navigationToggle = app.readerTools.getByRole('button', { name: 'Show or hide navigation' });

    // The annotations panel starts open, the navigation panel closed.
    await app.annotations.waitFor();
    expect(await annotationsToggle.getAttribute('aria-pressed')).toBe('true');
    expect(await app.navigationPanel.count()).toBe(0);

    await app.page.keyboard.press('Control+Alt+2');
    await app.annotations.waitFor({ state: 'detached' });
    expect(await annotationsToggle.getAttribute('aria-pressed')).toBe('false');
    await app.page.keyboard.press('Control+Alt+2');
    await app.annotations.waitFor();

    await app.page.keyboard.press('Control+Alt+1');
    await app.navigationPanel.getByRole('tab', { name: 'Articles', selected: true }).waitFor();
    expect(await navigationToggle.getAttribute('aria-pressed')).toBe('true');
    await navigationToggle.click();
    await app.navigationPanel.waitFor({ state: 'detached' });

    // The separator takes the arrow keys: each press moves it by 5 % of the window's width.
    const widthOf = async () => (await app.annotations.boundingBox())!.width;
    const before = await widthOf();
    const separator = app.page.getByRole('separator', { name: 'Resize the annotations panel' });
    await separator.focus();
    await separator.press('ArrowLeft');
    await separator.press('ArrowLeft');
    await expect.poll(widthOf).toBeGreaterThan(before + 50);
    const widened = await widthOf();

    // The width is remembered: the next opening of a document shows the panel as it was left.
    await app.page.reload();
    await app.documents.waitFor();
    await app.openDocument('A/CN.4/L.935/Rev.1');
    await app.annotations.waitFor();
    await expect.poll(async () => Math.abs((await widthOf()) - widened)).toBeLessThan(2);
  });

  it('switches to another revision of the draft from the document header', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importFamily(app);
    await app.openDocument('A/CN.4/L.935/Rev.1');
    const header = app.documentHeader;
    await header.getByRole('heading', { level: 1, name: title }).waitFor();
    await header.getByText('A/CN.4/L.935/Rev.1', { exact: true }).waitFor();
    expect(await app.choices(header, /Revision/)).toEqual(['Rev.1', 'Original']);

    await app.choose(header, /Revision/, 'Original');
    await header.getByText('A/CN.4/L.935', { exact: true }).waitFor();
    await app.page.getByLabel('Page 1', { exact: true }).getByText('A/CN.4/L.935', { exact: true }).waitFor();
  });

  it('lists a document under “Recently opened” once it has been read', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importFamily(app);
    await app.goTo('Reader');
    const recent = app.page.getByRole('region', { name: 'Recently opened' });
    await recent.getByText('Nothing opened yet.').waitFor();

    await app.goTo('Library');
    await app.openDocument('A/CN.4/L.935/Rev.1');
    // A new window of the app starts on the Reader home, where the opening is now listed.
    await app.page.reload();
    await app.documents.waitFor();
    await app.goTo('Reader');
    await recent.getByRole('button', { name: new RegExp(`^Open ${title}`) }).waitFor();
    expect(await recent.getByRole('listitem').count()).toBe(1);
  });
});
