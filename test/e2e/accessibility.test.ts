import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { builtSearchWorker, builtWorker, importAndWait } from '../unit/helpers/temporaryLibrary';
import { accessibilityViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { freshDataDir, projectRoot, startBuiltHost, type RunningHost } from './support/hostProcess';

/** Screenshots of every screen, kept as the run's artifacts (test-results/ is not committed). */
const screenshotDir = path.join(projectRoot, 'test-results', 'screens');

let browser: Browser;
let host: RunningHost;

const draft = (symbol: string) => [
  [symbol, 'Draft convention on crimes against humanity', 'Article 1', 'Scope', 'The present articles apply to the prevention and punishment of crimes against humanity.'],
];

/** A library with a draft in two revisions and an instrument, imported by the real engine. */
async function seededLibrary(): Promise<string> {
  const dataDir = freshDataDir();
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(builtWorker), searchWorkerScript: builtSearchWorker });
  const files = path.join(dataDir, 'inbox');
  fs.mkdirSync(files);
  const write = async (name: string, pages: string[][], title: string) => {
    const file = path.join(files, name);
    fs.writeFileSync(file, await makeTextPdf(pages, { title }));
    return file;
  };
  const paths = [
    await write('original.pdf', draft('A/AC.999/L.1'), 'Draft convention on crimes against humanity'),
    await write('rev1.pdf', draft('A/AC.999/L.1/Rev.1'), 'Draft convention on crimes against humanity'),
    await write('statute.pdf', [['Rome Statute of the International Criminal Court', 'Article 7', 'Crimes against humanity', 'Persecution against any identifiable group.']], 'Rome Statute'),
  ];
  const batch = await importAndWait(engine.api, { paths });
  expect(batch.items.map((item) => item.status)).toEqual(['imported', 'imported', 'imported']);
  // A pack on the newer revision's article 1, to photograph open.
  const revision = batch.items.find((item) => item.name === 'rev1.pdf')?.documentId ?? null;
  const session = { name: 'Informal consultations', startDate: '2027-03-01', endDate: '2027-03-05', place: 'Conference Room 4', agendaItems: [], revisionDocumentId: revision };
  await engine.api.packs.create({ title: 'Informals on article 1', session, classification: 'RESTRICTED', templateId: 'informal', articles: ['1'] });
  await engine.close();
  return dataDir;
}

/** Whether anything makes the window scroll sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const screens: { name: string; keys: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'library', keys: 'Control+1', ready: (page) => page.getByRole('heading', { level: 1, name: 'Library' }).waitFor() },
  {
    // A document selected: its details to correct, its family's revisions.
    name: 'library-details',
    keys: 'Control+1',
    ready: async (page) => {
      await page.getByRole('grid', { name: 'Documents' }).getByRole('rowheader').first().click();
      await page.getByRole('form', { name: /^Details of / }).waitFor();
    },
  },
  {
    // Every document selected (Ctrl+A in the table), then the confirmation of their removal.
    name: 'library-remove-selection',
    keys: 'Control+1',
    ready: async (page) => {
      await page.getByRole('grid', { name: 'Documents' }).getByRole('rowheader').first().click();
      await page.keyboard.press('Control+A');
      await page.getByRole('group', { name: '3 documents selected' }).getByRole('button', { name: 'Remove' }).click();
      await page.getByRole('dialog', { name: 'Remove 3 documents?' }).waitFor();
    },
  },
  { name: 'reader-home', keys: 'Control+2', ready: (page) => page.getByRole('heading', { name: 'Drafts by family' }).waitFor() },
  { name: 'search', keys: 'Control+K', ready: (page) => page.getByRole('combobox', { name: 'Search the library' }).waitFor() },
  {
    name: 'search-results',
    keys: 'Control+K',
    ready: async (page) => {
      // Results grouped by document, a filter tag, the result under Enter.
      await page.getByRole('combobox', { name: 'Search the library' }).fill('persecution kind:instrument');
      await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').locator('mark').first().waitFor();
      await page.getByRole('grid', { name: 'Filters' }).waitFor();
    },
  },
  {
    // A PDF with its Articles panel open, after going to an article (Ctrl+G): the highlighted passage.
    name: 'reader-articles',
    keys: 'Control+1',
    ready: async (page) => {
      await page.getByRole('grid', { name: 'Documents' }).getByRole('row').filter({ hasText: 'Rome Statute' }).getByRole('rowheader').first().dblclick();
      await page.getByLabel('Page 1', { exact: true }).locator('.textLayer span').first().waitFor();
      await page.keyboard.press('Control+Alt+1');
      await page.getByRole('treegrid', { name: 'Articles' }).waitFor();
      await page.keyboard.press('Control+G');
      await page.keyboard.type('7');
      await page.keyboard.press('Enter');
      await page.locator('.passage-flash[data-passage="Art. 7"] .passage-flash-line').first().waitFor();
    },
  },
  {
    // The same document as a reading view, and a citation it does not have.
    name: 'reader-reading-view',
    keys: 'Control+2',
    ready: async (page) => {
      await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Text' }).click();
      await page.getByRole('article', { name: 'The document as text' }).locator('.reading-label').first().waitFor();
      await page.keyboard.press('Control+G');
      await page.keyboard.type('7(9)');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'No article 7(9)' }).waitFor();
    },
  },
  { name: 'positions', keys: 'Control+3', ready: (page) => page.getByRole('heading', { level: 1, name: 'Positions' }).waitFor() },
  {
    // The bracket ledger of a revision, and the statement linker opened from the Positions tab.
    name: 'positions-brackets',
    keys: 'Control+3',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Brackets' }).click();
      await page.getByRole('region', { name: 'Bracket ledger' }).getByText(/open bracket set/).waitFor();
    },
  },
  {
    name: 'positions-link-statement',
    keys: 'Control+3',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Positions' }).click();
      await page.getByRole('button', { name: 'Link a statement…' }).click();
      await page.getByRole('dialog', { name: 'Link a statement to a draft' }).getByText(/^No statement in the library/).waitFor();
    },
  },
  { name: 'revisions', keys: 'Control+4', ready: (page) => page.getByRole('heading', { level: 1, name: 'Revisions' }).waitFor() },
  { name: 'packs', keys: 'Control+5', ready: (page) => page.getByRole('grid', { name: 'Packs' }).waitFor() },
  {
    // A pack open: its outline, the document with the draft text, the sources pane.
    name: 'packs-open',
    keys: 'Control+5',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Open Informals on article 1' }).click();
      await page.getByRole('region', { name: 'Art. 1: draft text' }).getByRole('button', { name: 'Open source' }).waitFor();
      await page.getByRole('complementary', { name: 'Sources' }).waitFor();
    },
  },
  { name: 'settings', keys: 'Control+,', ready: (page) => page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor() },
  { name: 'command-palette', keys: 'Control+Shift+P', ready: (page) => page.getByRole('dialog', { name: 'Command palette' }).waitFor() },
  { name: 'keyboard-shortcuts', keys: 'Control+/', ready: (page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor() },
];

// Seeding, Chromium and the host together: the budget of a test, not of a hook, only catches a hang.
beforeAll(async () => {
  browser = await launchChromium();
  host = await startBuiltHost(await seededLibrary());
  fs.mkdirSync(screenshotDir, { recursive: true });
}, 3 * 60_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe.each(['light', 'dark'] as const)('every screen in the %s theme', (theme) => {
  it('has no serious or critical accessibility violation, nothing scrolls sideways, and is photographed at 1366×768', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, colorScheme: theme });
    try {
      const page = await context.newPage();
      await page.goto(host.appUrl);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      const findings: Record<string, string[]> = {};
      for (const screen of screens) {
        // Dialogs close with Escape before the next screen; screens are reached by their shortcut.
        await page.keyboard.press('Escape');
        await page.keyboard.press(screen.keys);
        await screen.ready(page);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) findings[screen.name] = violations;
        expect(await scrollsSideways(page), screen.name).toBe(false);
        await page.screenshot({ path: path.join(screenshotDir, `${screen.name}-${theme}.png`) });
      }
      expect(findings).toEqual({});
    } finally {
      await context.close();
    }
  });
});
