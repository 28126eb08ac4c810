import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingPage } from '../e2e/pages/BriefingPage';
import { launchChromium } from '../e2e/support/browser';
import { builtCli, freshDataDir, startBuiltHost, type RunningHost } from '../e2e/support/hostProcess';
import { findCorpus } from './corpusLocation';

const corpus = findCorpus();
let browser: Browser;

beforeAll(async () => {
  if (corpus) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh library holding one corpus PDF (imported with the CLI: the corpus is read, never written). */
async function hostWith(file: string): Promise<RunningHost> {
  const dataDir = freshDataDir();
  const imported = spawnSync(process.execPath, [builtCli, 'import', file, '--data-dir', dataDir, '--json']);
  expect(imported.status, String(imported.stdout) + String(imported.stderr)).toBe(0);
  return startBuiltHost(dataDir);
}

describe.skipIf(!corpus)('the reader on real PDFs', () => {
  it("shows a LaTeX document's outline and jumps to its entries", async () => {
    const host = await hostWith(path.join(corpus!, 'pdfs/py-pdf-sample-files/006-pdflatex-outline/pdflatex-outline.pdf'));
    const context = await browser.newContext();
    try {
      const app = new BriefingPage(await context.newPage());
      await app.open(host.appUrl);
      await app.openDocument();
      await app.page.getByLabel('Page 1', { exact: true }).locator('.textLayer[data-rendered]').waitFor();
      // The navigation panel (Ctrl+Alt+1), on its Outline tab.
      await app.page.keyboard.press('Control+Alt+1');
      await app.navigationPanel.getByRole('tab', { name: 'Outline' }).click();
      const outline = app.navigationPanel.getByRole('navigation', { name: 'Outline' });
      // The outline is read from the PDF after the panel opens: wait for it.
      await expect.poll(() => outline.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Foo', 'Bar', 'Baz']));
      await outline.getByRole('button', { name: 'Baz', exact: true }).first().click();
      await expect.poll(() => app.page.getByLabel('Page number').inputValue()).not.toBe('1');
    } finally {
      await context.close();
      await host.stop();
    }
  });
});
