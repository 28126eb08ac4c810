import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, paragraph, run } from '../fixtures/docxParts';
import { makeEncryptedPdf, makeScannedPdf, makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

async function openLibrary(): Promise<BriefingPage> {
  const app = new BriefingPage(await session.context.newPage());
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  return app;
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('importing from the Library screen', () => {
  it('imports picked files, shows progress and outcomes, and lists the new documents', async () => {
    const app = await openLibrary();
    const draft = write('draft-articles.pdf', await makeTextPdf(
      [['A/CN.4/L.935', 'Draft articles on crimes against humanity', 'Article 1', 'Scope', 'The present draft articles apply.']],
      { title: 'Draft articles on crimes against humanity' },
    ));
    const scan = write('scanned-statement.pdf', await makeScannedPdf(2));
    await app.importFiles([draft, scan]);

    expect(await app.waitForImportEnd()).toBe('Import finished: 2 imported');
    expect(await app.importItem('draft-articles.pdf').textContent()).toMatch(/Imported.*1 page, /);
    expect(await app.importItem('scanned-statement.pdf').textContent()).toMatch(/no text layer/);
    // The list is refreshed as each file lands: wait for both rows, not for the first refresh.
    await app.documents.getByRole('row', { name: /Draft articles on crimes against humanity/ }).waitFor();
    // The scan's flag is shown in its row, beside (not inside) the row's name, its title.
    await app.documents.getByRole('row').filter({ hasText: /not searchable/ }).waitFor();
    expect(await app.documents.getByRole('row', { name: /A\/CN\.4\/L\.935/ }).count()).toBe(1);
  });

  it('asks for the password of an encrypted PDF and imports it once given', async () => {
    const app = await openLibrary();
    const locked = write('locked.pdf', makeEncryptedPdf(['Position paper', 'Article 2 must follow the Rome Statute.'], 'geneva'));
    await app.importFiles([locked]);
    await app.waitForImportEnd();
    const item = app.importItem('locked.pdf');
    expect(await item.textContent()).toMatch(/Needs password.*protected by a password/);

    await item.getByLabel('Password for locked.pdf').fill('wrong');
    await item.getByRole('button', { name: 'Open' }).click();
    await item.getByText('The password is wrong').waitFor();

    await item.getByLabel('Password for locked.pdf').fill('geneva');
    await item.getByRole('button', { name: 'Open' }).click();
    await app.importProgress.getByRole('heading', { name: 'Import finished: 1 imported' }).waitFor();
    await app.documents.waitFor();
  });

  it('says what it did with a Word file’s tracked changes and comments', async () => {
    const app = await openLibrary();
    const body =
      paragraph('Proposal by a delegation') +
      `<w:p>${run('Each State shall ensure that ')}<w:commentRangeStart w:id="1"/>${run('crimes against humanity')}<w:commentRangeEnd w:id="1"/>` +
      `<w:del w:id="2" w:author="Delegate"><w:r><w:delText xml:space="preserve"> grave offences</w:delText></w:r></w:del>${run(' are offences.')}</w:p>`;
    const comments = `<w:comment w:id="1" w:author="Legal adviser"><w:p>${run('Use the Rome Statute wording.')}</w:p></w:comment>`;
    await app.importFiles([write('proposal.docx', buildDocx({ body, comments }))]);
    expect(await app.waitForImportEnd()).toBe('Import finished: 1 imported');
    const item = app.importItem('proposal.docx');
    await item.getByText(/This Word file holds tracked changes; it was imported as if all were accepted: .*1 deletion whose text follows its paragraph, marked \{--…--\}/u).waitFor();
    await item.getByText('1 Word comment became an annotation on the text it covers.').waitFor();
  });

  it('imports files dropped on the window', async () => {
    const app = await openLibrary();
    const bytes = await makeTextPdf([['Convention on the Prevention and Punishment of the Crime of Genocide', 'Article I']]);
    await app.dropFiles([{ name: 'genocide.pdf', base64: Buffer.from(bytes).toString('base64'), type: 'application/pdf' }]);
    expect(await app.waitForImportEnd()).toBe('Import finished: 1 imported');
    await app.documents.getByRole('row', { name: /Genocide/ }).waitFor();
  });

  it('lets the user correct what import guessed, and remove a document', async () => {
    const app = await openLibrary();
    await app.importFiles([write('x.pdf', await makeTextPdf([['Untitled statement text', 'We support the draft.']]))]);
    await app.waitForImportEnd();

    await app.rowAction(app.documentRows.first(), 'Edit details');
    const form = app.details.getByRole('form', { name: /^Details of / });
    await form.getByLabel('Title').fill('Statement by Mexico, Sixth Committee');
    await app.choose(form, /Kind$/, 'Statement');
    // The date as the user types it in their locale (here en-US: month, day, year).
    await form.getByRole('group', { name: 'Date' }).getByRole('spinbutton').first().click();
    await app.page.keyboard.type('10092024');
    await app.choose(form, /Language$/, 'English');
    await form.getByRole('button', { name: 'Save' }).click();
    // Saved when the pane says so and the table shows the library's copy.
    await app.details.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const row = app.documentRow('Statement by Mexico, Sixth Committee');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Statement.*Oct 9, 2024.*English/);

    // The correction is in the database, not only on screen.
    await app.page.reload();
    await app.documentRow('Statement by Mexico, Sixth Committee').waitFor();

    await app.rowAction(app.documentRows.first(), 'Remove from library');
    const dialog = app.page.getByRole('dialog', { name: 'Remove 1 document?' });
    expect(await dialog.textContent()).toContain('“Statement by Mexico, Sixth Committee” and its annotations will be removed');
    await dialog.getByRole('button', { name: 'Remove 1 document' }).click();
    await app.emptyLibrary.waitFor();
  });
});
