import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../electron/core/pdf/loadPdfjs';
import { makeEncryptedPdf, makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();
const line = 'Persecution against any identifiable group';

async function importPdf(app: BriefingPage, name: string, bytes: Uint8Array): Promise<void> {
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, bytes);
  await app.importFiles([file]);
  await app.waitForImportEnd();
  await app.documents.waitFor();
}

/** A highlight and a reply to it as Acrobat writes them: quads over line 3 of a makeTextPdf page, no quote. */
async function acrobatXfdf(): Promise<string> {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const [x1, x2, bottom, top] = [72, 72 + font.widthOfTextAtSize(line, 12), 792 - 72 - 12 - 2 * 16.8 - 3, 792 - 72 - 12 - 2 * 16.8 + 10.5];
  const coords = [x1, top, x2, top, x1, bottom, x2, bottom].map((value) => value.toFixed(1)).join(',');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><annots>
<highlight color="#FFFF00" creationdate="D:20250301101500+01'00'" name="h-1" page="0" coords="${coords}" rect="${x1},${bottom},${x2},${top}" title="Delegate A"><contents>Keep this wording</contents></highlight>
<text color="#FFFF00" creationdate="D:20250301102000+01'00'" name="r-1" page="0" rect="61,441,81,461" title="Delegate B" inreplyto="h-1" replyType="reply"><contents>Agreed, but check the French text</contents></text>
</annots></xfdf>`;
}

describe('marks from and to other readers', () => {
  it('shows an Acrobat reply under its highlight with author and date, and the quote under the quads', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importPdf(app, 'draft.pdf', await makeTextPdf([['Draft articles on crimes against humanity', 'Article 2', line]], { title: 'Draft articles' }));
    // The user's own author name, for the marks made in Briefing.
    await app.navigation.getByRole('button', { name: 'Settings' }).click();
    const author = app.page.getByRole('textbox', { name: 'Author name' });
    await author.fill('Mission of Examplestan');
    await author.blur();
    await expect.poll(async () => (await app.page.evaluate(async (token) => {
      const reply = await fetch('/api/settings.get', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      return (await reply.json()) as { value: { authorName: string } };
    }, session.host.token)).value.authorName).toBe('Mission of Examplestan');

    await app.goTo('Library');
    const page = await app.openDocument();
    const xfdf = path.join(session.inbox, 'acrobat.xfdf');
    fs.writeFileSync(xfdf, await acrobatXfdf());
    const chooser = app.page.waitForEvent('filechooser');
    await app.annotations.getByRole('button', { name: 'Import XFDF…' }).click();
    await (await chooser).setFiles(xfdf);

    const sidebar = app.annotations;
    await sidebar.getByText('by Delegate A').waitFor();
    const card = sidebar.locator('.annotation-card', { hasText: 'by Delegate A' });
    expect(await card.locator('q').textContent()).toContain(line);
    // Dated when Delegate A made it, not when the file was imported.
    expect(await card.locator('.annotation-card-title time').getAttribute('datetime')).toBe('2025-03-01T09:15:00.000Z');
    const replies = card.getByRole('list', { name: 'Replies' });
    await replies.getByText('Agreed, but check the French text').waitFor();
    expect(await replies.getByText('Delegate B').count()).toBe(1);
    expect(await replies.locator('time').getAttribute('datetime')).toBe('2025-03-01T09:20:00.000Z');
    // One card: the reply is not a note of its own.
    expect(await sidebar.locator('.annotation-card').count()).toBe(1);
    await sidebar.screenshot({ path: 'test-results/screens/annotations-reply.png' });

    // A mark made here carries the author name from Settings.
    await app.selectText(page.locator('.textLayer'), 'Article 2');
    await app.markSelection('Underline');
    await sidebar.getByText('by Mission of Examplestan').waitFor();
  });

  it('exports the annotated PDF of a PDF with owner restrictions, which pdf.js reads back', async () => {
    const app = new BriefingPage(await session.context.newPage());
    // Opens without a password; printing, copying, changes and notes forbidden (ISO 32000-1 Table 22).
    await importPdf(app, 'restricted.pdf', makeEncryptedPdf(['Article 2', line], '', 'owner secret', { permissions: -3904 }));
    const page = await app.openDocument();
    await app.selectText(page.locator('.textLayer'), line);
    await app.markSelection('Highlight');
    const sidebar = app.annotations;
    await sidebar.getByText('Highlight, p. 1').waitFor();

    await sidebar.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: 'Annotated PDF' }).click()]);
    await sidebar.getByText(/carried restrictions .* this annotated copy does not carry them/u).waitFor();
    expect(await app.alert.count()).toBe(0);
    const exported = path.join(session.inbox, 'exported.pdf');
    await download.saveAs(exported);
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(exported)), verbosity: 0 });
    const pdf = await task.promise;
    const pdfPage = await pdf.getPage(1);
    const annotations = await pdfPage.getAnnotations();
    const text = (await pdfPage.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    await task.destroy();
    expect(text).toContain(line);
    expect(annotations).toEqual([expect.objectContaining({ subtype: 'Highlight', contentsObj: expect.objectContaining({ str: expect.stringContaining('Persecution') }) })]);
  });
});
