// Issue 14, item 15 (renderer side): hostile PDFs and Word files opened in the reader in
// Chromium through the built host. Their JavaScript, Launch, URI, SubmitForm, XFA, embedded file,
// font and Word-link payloads aim at a local listener; the page records every dialog, popup,
// download and request to anywhere but the host. Each file still shows, and nothing is run or fetched.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostileDocxLine, hostileDocxLinks, hostilePdfLine, hostilePdfs, watchSentinel, type WatchedSentinel } from '../fixtures/hostileFiles';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();
let sentinel: WatchedSentinel;

beforeEach(async () => {
  sentinel = await watchSentinel();
});
afterEach(async () => {
  await sentinel.close();
});

/** What the browser did that a hostile file could have caused. */
interface Watched {
  dialogs: string[];
  popups: string[];
  downloads: string[];
  foreignRequests: string[];
  consoleErrors: string[];
}

function watchBrowser(app: BriefingPage, origin: string): Watched {
  const watched: Watched = { dialogs: [], popups: [], downloads: [], foreignRequests: [], consoleErrors: [] };
  app.page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  app.page.on('download', (download) => watched.downloads.push(download.suggestedFilename()));
  app.page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  session.context.on('page', (page) => watched.popups.push(page.url()));
  session.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) watched.foreignRequests.push(url);
  });
  return watched;
}

/**
 * The Library showing only the document whose title holds `text`, found as a person would, with
 * the filter: the list is virtualised, and a row moving between the two clicks of a double click
 * (as the list settles after an import) opens another document.
 */
async function findInLibrary(app: BriefingPage, text: string): Promise<void> {
  await app.goTo('Library');
  await app.filterField.fill(text);
  await expect.poll(() => app.documentRows.allTextContents()).toEqual([expect.stringContaining(text)]);
}

describe('hostile files in the reader', () => {
  it('show their page or text; their actions, links, outline entries, font and Word links run or fetch nothing', async () => {
    const app = new BriefingPage(await session.context.newPage());
    const watched = watchBrowser(app, session.host.origin);
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const pdfs = await hostilePdfs(sentinel);
    // The Word files with links to the listener that import (not the one refused for its external entities).
    const docxs = hostileDocxLinks(sentinel).filter(({ name }) => name !== 'external-entities.docx');
    const files = [...pdfs, ...docxs].map(({ name, bytes }) => {
      const file = path.join(session.inbox, name);
      fs.writeFileSync(file, bytes);
      return file;
    });
    await app.importFiles(files);
    expect(await app.waitForImportEnd()).toMatch(/^Import finished/u);
    expect(await app.importProgress.getByRole('listitem').filter({ hasText: /^Imported/u }).count()).toBe(files.length);

    let shown = 0;
    for (const { name } of pdfs) {
      await findInLibrary(app, hostilePdfLine(name));
      const firstPage = await app.openDocument();
      await firstPage.locator('canvas[data-drawn="true"]').waitFor();
      await firstPage.locator('.textLayer', { hasText: hostilePdfLine(name).split(' ').at(2)! }).waitFor();
      shown += 1;
      // Where a person would click to select the first line: the link annotations lie over it.
      await firstPage.click({ position: { x: 120, y: 60 } });
      if (name === 'outline-actions.pdf' || name === 'all-at-once.pdf') {
        const outlineTab = app.navigationPanel.getByRole('tab', { name: 'Outline' });
        // The navigation panel starts closed (Ctrl+Alt+1 opens it).
        if (!(await outlineTab.isVisible())) await app.page.keyboard.press('Control+Alt+1');
        await outlineTab.click();
        for (const entry of ['Open the annex', 'Run the check', 'Open the file']) await app.navigationPanel.getByRole('button', { name: entry }).click();
      }
    }
    // The page still works after all of them: the last document reads as it should.
    expect(await app.page.getByLabel('Page 1', { exact: true }).locator('.textLayer').textContent()).toContain('Article 1');
    for (const { name } of docxs) {
      await findInLibrary(app, name.replace(/\.docx$/u, ''));
      await app.openRow();
      await app.page.getByText(hostileDocxLine(name)).first().waitFor();
      shown += 1;
    }
    await findInLibrary(app, 'Hostile file all-at-once');

    const ranInPage = await app.page.evaluate(() => 'hostilePayloadRan' in globalThis);
    const traces = sentinel.traces();
    const executed = watched.dialogs.length + watched.popups.length + watched.downloads.length + traces.filter((trace) => !trace.startsWith('connection') && !trace.startsWith('request')).length + (ranInPage ? 1 : 0);
    const fetched = watched.foreignRequests.length + traces.filter((trace) => trace === 'connection').length;
    const stalled = pdfs.length + docxs.length - shown;
    console.log(`hostile files (reader): ${pdfs.length} PDFs, ${docxs.length} DOCX; ${executed} executed, ${fetched} fetched, ${stalled} stalled`);
    expect({ ...watched, traces, ranInPage }).toEqual({ dialogs: [], popups: [], downloads: [], foreignRequests: [], consoleErrors: [], traces: [], ranInPage: false });
    expect([executed, fetched, stalled]).toEqual([0, 0, 0]);
  });
});
