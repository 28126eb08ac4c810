import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { openLibrary } from '../../electron/core/library/library';
import { BriefingPage } from './pages/BriefingPage';
import { launchChromium } from './support/browser';
import { freshDataDir, startBuiltHost, type RunningHost } from './support/hostProcess';

let browser: Browser;
let context: BrowserContext;
let host: RunningHost;

const article7 = [
  'Article 7',
  'Crimes against humanity',
  '(h) Persecution against any identifiable group or collectivity on political, racial, national grounds;',
  '(i) Enforced disappearance of persons;',
].join('\n');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const dataDir = freshDataDir();
  const library = openLibrary(dataDir);
  saveImportedDocument(library.db, {
    document: { kind: 'instrument', title: 'Rome Statute of the International Criminal Court', language: 'en', documentDate: '1998-07-17' },
    pages: [
      { text: 'Preamble\nThe States Parties to this Statute', hasTextLayer: true, width: 595, height: 842 },
      { text: article7, hasTextLayer: true, width: 595, height: 842 },
    ],
    passages: [
      { level: 'article', label: 'Art. 7(1)(h)', heading: null, text: article7.split('\n')[2], start: { page: 1, offset: 34 }, end: { page: 1, offset: 137 }, parentIndex: null },
      { level: 'article', label: 'Art. 7(1)(i)', heading: null, text: article7.split('\n')[3], start: { page: 1, offset: 138 }, end: { page: 1, offset: 176 }, parentIndex: null },
    ],
  });
  library.close();
  host = await startBuiltHost(dataDir);
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
  await host.stop();
});

describe('searching from anywhere', () => {
  it('Ctrl+K, results as you type, Enter opens the page with the words marked', async () => {
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.emptyLibrary.or(app.documents).first().waitFor();

    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.pressSequentially('persecution identif');
    const results = app.page.getByRole('listbox', { name: 'Search results' });
    const first = results.getByRole('option').first();
    // Results come as you type: wait for those of the whole query, not of "persecution iden".
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['Persecution', 'identifiable']);
    expect(await first.textContent()).toContain('Rome Statute of the International Criminal Court, art. 7(1)(h), p. 2');

    await box.press('Enter');
    const pageText = app.page.getByLabel('Text of page 2');
    await pageText.waitFor();
    expect(await pageText.locator('mark').allTextContents()).toEqual(['Persecution', 'identifiable']);
    expect(await app.page.getByText('Page 2 of 2').count()).toBe(1);
  });

  it('shows filters as chips, explains mistakes, and teaches the syntax when empty', async () => {
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.goTo('Search');
    await app.page.getByRole('region', { name: 'How to search' }).waitFor();

    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('disappearance kind:instrument');
    const chip = app.page.getByRole('button', { name: 'Remove filter kind:instrument' });
    await chip.waitFor();
    await chip.click();
    await expect.poll(() => box.inputValue()).toBe('disappearance');

    await box.fill('disappearance colour:red');
    await app.alert.waitFor();
    expect(await app.alert.textContent()).toMatch(/Unknown filter "colour:"/);
  });
});
