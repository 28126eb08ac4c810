import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { openLibrary } from '../../electron/core/library/library';
import { BriefingPage } from './pages/BriefingPage';
import { SearchPage } from './pages/SearchPage';
import { accessibilityViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { freshDataDir, projectRoot, startBuiltHost, type RunningHost } from './support/hostProcess';

let browser: Browser;
let context: BrowserContext;
let host: RunningHost;
let romeStatute: number;

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
  romeStatute = saveImportedDocument(library.db, {
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

  it('takes a citation as the query, says what it found, and opens the labelled passage', async () => {
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.goTo('Search');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    const notices = app.page.getByRole('list', { name: 'About these results' });

    await box.fill('art. 7(1)(h)');
    await expect.poll(() => notices.textContent()).toBe('1 passage is labelled article 7(1)(h): shown first.');
    const first = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    expect(await first.textContent()).toContain('art. 7(1)(h), p. 2');
    await box.press('Enter');
    await app.page.getByLabel('Text of page 2').waitFor();

    await app.goTo('Search');
    await box.fill('art. 70(3)');
    await expect.poll(() => notices.textContent()).toBe(
      'No passage is labelled article 70(3) in these documents. Check the number, or search for words of the article.',
    );
    await box.fill('persecution zebra');
    await expect.poll(() => notices.textContent()).toBe('No passage holds all 2 words: these hold most of them (the best, 1).');
    expect(await accessibilityViolations(app.page)).toEqual([]);
  });

  it('moves through the results with the arrows and counts them in the singular and plural', async () => {
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.goTo('Search');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    const count = app.page.getByText(/^\d+ passages? in \d+ documents?$/);

    await box.fill('disappearance');
    await expect.poll(() => count.textContent()).toBe('1 passage in 1 document');
    const group = app.page.getByRole('group', { name: /^Rome Statute of the International Criminal Court/ });
    expect(await group.getAttribute('aria-labelledby').then((id) => app.page.locator(`[id="${id}"]`).textContent())).toMatch(
      /Instrument · English · 1 passage$/,
    );

    await box.fill('persecution OR disappearance');
    await expect.poll(() => count.textContent()).toBe('2 passages in 1 document');
    const options = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    const activeOption = () => box.getAttribute('aria-activedescendant').then((id) => (id ? app.page.locator(`[id="${id}"]`).textContent() : null));
    // Typing puts the first result under Enter; the arrows move from there.
    await expect.poll(activeOption).toBe(await options.nth(0).textContent());
    await box.press('ArrowDown');
    const second = (await options.nth(1).textContent())!;
    await expect.poll(activeOption).toBe(second);
    await box.press('Enter');
    await app.page.getByLabel('Text of page 2').waitFor();
    // The page opens with the words of the result chosen, not of the first.
    const marked = second.includes('art. 7(1)(i)') ? ['disappearance'] : ['Persecution'];
    expect(await app.page.getByLabel('Text of page 2').locator('mark').allTextContents()).toEqual(marked);

    // After Backspace no result is under Enter (React Aria clears it for screen readers): Enter opens the first.
    await app.goTo('Search');
    await box.fill('disappearance');
    await expect.poll(() => count.textContent()).toBe('1 passage in 1 document');
    await box.press('Backspace');
    const list = app.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => list.getAttribute('aria-busy')).toBe(null);
    expect(await box.getAttribute('aria-activedescendant')).toBe(null);
    await box.press('Enter');
    await app.page.getByLabel('Text of page 2').locator('mark').first().waitFor();
    expect(await app.page.getByLabel('Text of page 2').locator('mark').allTextContents()).toEqual(['disappearance']);
  });

  it('lists the user\'s own annotations first, in their own section', async () => {
    const created = await fetch(`${host.origin}/api/annotations.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        documentId: romeStatute,
        kind: 'highlight',
        colour: 'support',
        note: 'Our delegation supports this wording',
        tags: ['position'],
        anchor: { rects: [], position: { start: 38, end: 80 } },
        pageIndex: 1,
      }),
    });
    expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.goTo('Search');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('delegation');
    await app.page.getByText('No passage matches; your annotations below do.').waitFor();
    const mine = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: /^Your annotations/ });
    expect(await mine.getByRole('option').textContent()).toMatch(/Rome Statute of the International Criminal Court, p\. 2.*Our delegation supports this wording.*Tags: position/);
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(await mine.getByRole('option').getAttribute('id'));
    await box.press('Enter');
    await app.page.getByLabel('Text of page 2').waitFor();
  });

  it('shows filters as removable tags, explains mistakes, and teaches the syntax when empty', async () => {
    const app = new BriefingPage(await context.newPage());
    await app.open(host.appUrl);
    await app.goTo('Search');
    await app.page.getByRole('region', { name: 'How to search' }).waitFor();

    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('disappearance kind:instrument lang:en');
    const filters = app.page.getByRole('grid', { name: 'Filters' });
    const remove = filters.getByRole('button', { name: 'Remove filter kind:instrument' });
    await remove.waitFor();
    await remove.click();
    await expect.poll(() => box.inputValue()).toBe('disappearance lang:en');
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    // From the keyboard: into the tags, and Delete removes the one focused.
    await filters.getByRole('row', { name: 'lang:en' }).focus();
    await app.page.keyboard.press('Delete');
    await expect.poll(() => box.inputValue()).toBe('disappearance');
    await expect.poll(() => filters.count()).toBe(0);

    await box.fill('disappearance colour:red');
    await app.alert.waitFor();
    expect(await app.alert.textContent()).toMatch(/^This search cannot run.*Unknown filter "colour:"/);
  });

  it('shows the index being built as a progress bar, in words', async () => {
    const page = await context.newPage();
    // A build of the size of a real library takes longer than a test should: the host's answer is played.
    await page.route('**/api/search.status', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { state: 'building', done: 12345, total: 40000, passages: 0, message: null } }),
      }),
    );
    const app = new BriefingPage(page);
    await app.open(host.appUrl);
    await app.goTo('Search');
    const progress = app.page.getByRole('progressbar', { name: 'Building the search index' });
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuetext')).toBe('12,345 of 40,000 passages');
    expect(await progress.textContent()).toContain('12,345 of 40,000 passages');
  });
});

describe('all the hits', () => {
  const tortureParagraphs = 45;
  const otherInstruments = 30;

  beforeEach(async () => {
    // More passages in one document than a group shows, and more documents than a page lists.
    const { dataDir } = host;
    await host.stop();
    const library = openLibrary(dataDir);
    const addInstrument = (title: string, paragraphs: string[]) =>
      saveImportedDocument(library.db, {
        document: { kind: 'instrument', title, language: 'en', documentDate: '1984-12-10' },
        pages: paragraphs.map((text) => ({ text, hasTextLayer: true, width: 595, height: 842 })),
        passages: paragraphs.map((text, page) => ({
          level: 'paragraph' as const, label: `Para. ${page + 1}`, heading: null, text, start: { page, offset: 0 }, end: { page, offset: text.length }, parentIndex: null,
        })),
      });
    addInstrument('Convention against Torture', Array.from({ length: tortureParagraphs }, (_, index) => `Paragraph ${index + 1} forbids torture.`));
    for (let index = 1; index <= otherInstruments; index += 1) {
      // Longer passages rank lower (BM25 length normalisation): the Convention comes first.
      addInstrument(`Regional instrument ${index}`, [`The States parties recall, in regional instrument ${index}, that the prohibition of torture admits no exception whatever the circumstances.`]);
    }
    library.close();
    host = await startBuiltHost(dataDir);
  });

  it('opens all the passages of a document from the keyboard, loads more as the list scrolls, and keeps what was loaded', async () => {
    const app = new BriefingPage(await context.newPage());
    // The second page of documents waits until the test has seen "Loading more…".
    const secondPage: { release?: () => void } = {};
    const secondPageAsked = new Promise<void>((asked) => {
      void app.page.route('**/api/search.query', async (route) => {
        const body = route.request().postDataJSON() as { offset?: number };
        if (!body.offset) return route.continue();
        const released = new Promise<void>((release) => (secondPage.release = release));
        asked();
        await released;
        await route.continue();
      });
    });
    await app.open(host.appUrl);
    await app.goTo('Search');
    const search = new SearchPage(app.page);
    await search.box.fill('kind:instrument torture');
    const total = tortureParagraphs + otherInstruments;
    await expect.poll(() => search.count.textContent()).toBe(`${total} passages in ${otherInstruments + 1} documents`);
    await expect.poll(() => search.documentGroups.count()).toBe(20);

    const convention = search.group('Convention against Torture');
    expect(await search.passages(convention).count()).toBe(3);
    const all = convention.getByRole('option', { name: `All ${tortureParagraphs} passages` });
    // From the field, the arrows reach "All 45 passages" like any result; Enter opens them.
    expect(await accessibilityViolations(app.page)).toEqual([]);
    const allId = await all.getAttribute('id');
    for (let presses = 0; (await search.box.getAttribute('aria-activedescendant')) !== allId; presses += 1) {
      expect(presses, 'the arrows never reach "All 45 passages"').toBeLessThan(10);
      // One press at a time, each waited for: on a loaded machine a press read before it moved
      // the option was pressed again, and the arrows went past it (CI, 2026-12-01).
      const before = await search.box.getAttribute('aria-activedescendant');
      await search.box.press('ArrowDown');
      await expect.poll(() => search.box.getAttribute('aria-activedescendant')).not.toBe(before);
    }
    await search.box.press('Enter');
    await expect.poll(() => search.passages(convention).count()).toBe(20);
    // The keyboard stays on the same option, which now offers the next passages.
    await expect.poll(() => search.activeOption()).toBe('Show more passages of this document');

    // Scrolling to the end of the group loads its next passages, page by page, until all are there.
    const morePassages = convention.getByRole('option', { name: /^(Show more passages of this document|Loading more…)$/u });
    for (let loaded = 20; loaded < tortureParagraphs; loaded = Math.min(loaded + 20, tortureParagraphs)) {
      await morePassages.scrollIntoViewIfNeeded();
      await expect.poll(() => search.passages(convention).count()).toBe(Math.min(loaded + 20, tortureParagraphs));
    }
    expect(await morePassages.count()).toBe(0);
    const labels = (await search.passages(convention).allTextContents()).map((text) => /para\. (\d+)/iu.exec(text)?.[1]);
    expect(new Set(labels).size).toBe(tortureParagraphs);
    expect(await convention.getAttribute('aria-labelledby').then((id) => app.page.locator(`[id="${id}"]`).textContent())).toMatch(/· 45 passages$/u);

    // The end of the list: scrolling to it asks for more documents, which say so while they come.
    const moreDocuments = search.results.getByRole('option', { name: /^(Show more documents|Loading more…)$/u });
    await moreDocuments.scrollIntoViewIfNeeded();
    await secondPageAsked;
    await expect.poll(() => moreDocuments.textContent()).toBe('Loading more…');
    expect(await search.documentGroups.count()).toBe(20);
    expect(await accessibilityViolations(app.page)).toEqual([]);
    // Kept with the run's artifacts (test-results/ is not committed), beside accessibility.test.ts's screens.
    await app.page.screenshot({ path: path.join(projectRoot, 'test-results', 'screens', 'search-loading-more.png') });
    secondPage.release?.();
    await expect.poll(() => search.documentGroups.count()).toBe(otherInstruments + 1);
    expect(await moreDocuments.count()).toBe(0);
    // What was loaded stayed: the Convention's passages, all of them.
    expect(await search.passages(convention).count()).toBe(tortureParagraphs);
    expect(await search.count.textContent()).toBe(`${total} passages in ${otherInstruments + 1} documents`);
  });

  it('lists more documents with "Show more documents", for those who do not scroll', async () => {
    const app = new BriefingPage(await context.newPage());
    // As if nothing scrolled into view: only the option can ask for more.
    await app.page.addInitScript(() => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      } as unknown as typeof IntersectionObserver;
    });
    await app.open(host.appUrl);
    await app.goTo('Search');
    const search = new SearchPage(app.page);
    await search.box.fill('torture');
    await expect.poll(() => search.documentGroups.count()).toBe(20);
    await search.results.getByRole('option', { name: 'Show more documents' }).click();
    await expect.poll(() => search.documentGroups.count()).toBe(otherInstruments + 1);
  });
});
