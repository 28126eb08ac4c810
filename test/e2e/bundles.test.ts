import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';
import { freshDataDir, startBuiltHost } from './support/hostProcess';

describe('library bundles through the screen', () => {
  const session = useAppSession();

  it('export a library from one Briefing and import it into another, which then lists its documents; a second import adds nothing', async () => {
    const first = new BriefingPage(await session.context.newPage());
    await first.open(session.host.appUrl);
    await first.emptyLibrary.waitFor();
    const draft = path.join(session.inbox, 'draft.pdf');
    fs.writeFileSync(draft, await makeTextPdf([['A/AC.9/L.1', 'Draft convention on cooperation', 'Article 1', 'States shall cooperate.']], { title: 'Draft convention on cooperation' }));
    await first.importFiles([draft]);
    await first.waitForImportEnd();
    await first.documentRows.filter({ hasText: 'Draft convention on cooperation' }).waitFor();

    await first.page.getByRole('button', { name: 'Export bundle…' }).click();
    const exportDialog = first.page.getByRole('dialog', { name: 'Export a bundle' });
    await exportDialog.getByRole('radio', { name: 'The whole library' }).waitFor();
    const [download] = await Promise.all([first.page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    await exportDialog.getByText(/^Exported and saved: 1 document, 0 annotations/u).waitFor();
    expect(download.suggestedFilename()).toMatch(/^briefing-library-\d{4}-\d{2}-\d{2}\.briefing$/u);
    const bundle = path.join(session.inbox, download.suggestedFilename());
    await download.saveAs(bundle);
    await exportDialog.getByRole('button', { name: 'Close' }).first().click();

    // A colleague's Briefing, with an empty library of its own.
    const otherDir = freshDataDir();
    const other = await startBuiltHost(otherDir);
    try {
      const second = new BriefingPage(await session.context.newPage());
      await second.open(other.appUrl);
      await second.emptyLibrary.waitFor();
      const importBundle = async () => {
        const chooser = second.page.waitForEvent('filechooser');
        await second.page.getByRole('button', { name: 'Import bundle…' }).click();
        await (await chooser).setFiles(bundle);
        const dialog = second.page.getByRole('dialog', { name: 'Import a bundle' });
        await dialog.getByText('The bundle was imported.').waitFor();
        const report = await dialog.getByRole('listitem').allTextContents();
        await dialog.getByRole('button', { name: 'Close' }).last().click();
        return report;
      };
      expect(await importBundle()).toEqual([
        'Documents: 1 added, 0 already there',
        'Annotations: 0 added, 0 already there',
        'Positions: 0 added, 0 already there',
        'Position cards: 0 added, 0 kept as they were',
        'Packs: 0 added (0 renamed “(from bundle)”), 0 already there',
      ]);
      await second.documentRows.filter({ hasText: 'Draft convention on cooperation' }).waitFor();
      expect((await importBundle())[0]).toBe('Documents: 0 added, 1 already there');
      expect(await second.documentRows.count()).toBe(1);
    } finally {
      await other.stop();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
