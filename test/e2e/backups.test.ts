import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BackupsSection } from './pages/BackupsSection';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';
import { startBuiltHost } from './support/hostProcess';
import { callAsPage } from './support/pageApi';

const title = 'Draft convention on diplomatic asylum';
const session = useAppSession({
  seed: (library) => {
    library.db.prepare("INSERT INTO documents (kind, title, media_type, page_count) VALUES ('draft', ?, 'text/plain', 1)").run(title);
  },
});

async function openApp(page: Page, appUrl: string): Promise<BriefingPage> {
  await page.goto(appUrl);
  const app = new BriefingPage(page);
  await app.documentRows.first().or(app.emptyLibrary).or(page.getByRole('heading', { name: 'Your library could not be opened' })).waitFor();
  return app;
}

describe('backups', () => {
  it('restore the library from Settings → Backups after a document was removed, the library as it was kept first', async () => {
    const page = await session.context.newPage();
    const app = await openApp(page, session.host.appUrl);
    await app.documentRows.filter({ hasText: title }).waitFor();
    const [document] = (await callAsPage(page, session.host.token, 'library.listDocuments', {})) as { id: number }[];
    await callAsPage(page, session.host.token, 'library.deleteDocument', { id: document.id });
    await page.reload();
    await app.emptyLibrary.waitFor();

    await page.keyboard.press('Control+,');
    const backups = new BackupsSection(page);
    // The host took one at start-up, with the draft in it.
    await backups.row('At start-up').waitFor();
    expect(await backups.row('At start-up').getByRole('cell').nth(2).textContent()).toBe('1');
    await backups.row('At start-up').getByRole('button', { name: /^Restore the backup of / }).click();
    await backups.confirmDialog.waitFor();
    const said = await backups.confirmDialog.textContent();
    expect(said).toContain('Your library will be replaced by this backup');
    expect(said).toContain('(1 document)');
    expect(said).toContain('Your library as it is now is kept as a backup first, so you can go back to it.');
    await backups.confirmDialog.getByRole('button', { name: 'Restore', exact: true }).click();

    await expect.poll(() => backups.outcome.textContent()).toMatch(/^Restored the backup of .+\. Your library as it was is kept as the backup of .+\.$/u);
    await backups.row('Before a restore').waitFor();
    expect(await backups.confirmDialog.count()).toBe(0);
    await page.keyboard.press('Control+1');
    await app.documentRows.filter({ hasText: title }).waitFor();
  });

  it('offer the newest good backup when the library cannot be opened, and restore it', async () => {
    const dataDir = session.host.dataDir;
    // The session's host stops as the app quits (a snapshot on quit), then the file is damaged.
    await session.host.stop();
    const handle = fs.openSync(path.join(dataDir, 'library.sqlite'), 'r+');
    fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 0);
    fs.closeSync(handle);
    const host = await startBuiltHost(dataDir);
    try {
      const page = await session.context.newPage();
      const app = await openApp(page, host.appUrl);
      await page.getByRole('heading', { level: 1, name: 'Your library could not be opened' }).waitFor();
      expect(await page.getByRole('main').textContent()).toContain('(1 document)');
      await page.getByRole('button', { name: /^Restore the backup of / }).click();
      await app.documentRows.filter({ hasText: title }).waitFor();
      expect(fs.readdirSync(dataDir).some((name) => name.startsWith('library.sqlite.corrupt-'))).toBe(true);
    } finally {
      await host.stop();
    }
  });
});
