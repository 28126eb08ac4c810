import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';
import { callAsPage } from './support/pageApi';

const session = useAppSession();


describe('recording a position from a statement', () => {
  it('guesses the State and the article from the selection, records it, lists it, and leads back to its source page', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const draft = path.join(session.inbox, 'draft.pdf');
    fs.writeFileSync(draft, await makeTextPdf([['Draft articles on crimes against humanity', 'Article 6', '1. Each State shall take the necessary measures.', '2. Each State shall also take measures.']], { title: 'Draft articles' }));
    const statement = path.join(session.inbox, 'statement.pdf');
    fs.writeFileSync(statement, await makeTextPdf([['Statement by Brazil', 'Sixth Committee', 'On draft article 6, paragraph 2, my delegation proposes to delete the last sentence.']], { title: 'Statement by Brazil' }));
    await app.importFiles([draft, statement]);
    await app.waitForImportEnd();
    await app.documents.waitFor();
    // Filed as a delegate would (the import's guesses are not what this test is about).
    const documents = (await callAsPage(app.page, session.host.token, 'library.listDocuments', {})) as { id: number; title: string }[];
    const draftId = documents.find((document) => document.title.startsWith('Draft'))!.id;
    const statementId = documents.find((document) => document.title.startsWith('Statement'))!.id;
    await callAsPage(app.page, session.host.token, 'library.updateDocument', { id: draftId, patch: { kind: 'draft' } });
    await callAsPage(app.page, session.host.token, 'library.updateDocument', { id: statementId, patch: { kind: 'statement', stateCode: 'BRA' } });

    await app.page.reload();
    const firstPage = await app.openDocument('Statement by Brazil');
    await app.selectText(firstPage.locator('.textLayer'), 'On draft article 6, paragraph 2, my delegation proposes');
    await app.page.keyboard.press('Alt+P');
    const dialog = app.page.getByRole('dialog', { name: 'Record a position' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Article or paragraph' }).inputValue()).toBe('Art. 6(2)');
    await expect.poll(() => dialog.getByRole('button', { name: /State or group/ }).textContent()).toContain('Brazil');
    // With the speaker and the article guessed, nothing is said to be missing; cleared, it is.
    const missing = dialog.getByText('To record the position, choose who spoke and give the article.');
    expect(await missing.count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Article or paragraph' }).fill('');
    await missing.waitFor();
    expect(await dialog.getByRole('button', { name: 'Record position' }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Article or paragraph' }).fill('Art. 6(2)');
    await missing.waitFor({ state: 'detached' });
    expect(await dialog.getByRole('button', { name: /Draft revision/ }).textContent()).toContain('Draft articles');
    expect(await dialog.locator('blockquote').textContent()).toContain('my delegation proposes');
    expect(await accessibilityViolations(app.page)).toEqual([]);
    await app.choose(dialog, /Stance/, 'Proposes an amendment');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Delete the last sentence');
    await dialog.getByRole('textbox', { name: 'Meeting' }).fill('Sixth Committee, 3rd meeting');
    await dialog.getByRole('button', { name: 'Record position' }).click();
    await dialog.waitFor({ state: 'detached' });

    await app.page.keyboard.press('Control+3');
    const row = app.page.getByRole('row').filter({ hasText: 'Delete the last sentence' });
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe('Brazil');
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Art. 6(2)', 'Proposes an amendment']));
    // Changed in place: the stance and summary, through the same form.
    await row.getByRole('button', { name: 'Change position' }).click();
    const change = app.page.getByRole('dialog', { name: 'Change the position' });
    expect(await change.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('Delete the last sentence');
    await change.getByRole('textbox', { name: 'Summary' }).fill('Delete the last sentence of paragraph 2');
    await change.getByRole('button', { name: 'Save changes' }).click();
    await change.waitFor({ state: 'detached' });
    await app.page.getByRole('row').filter({ hasText: 'Delete the last sentence of paragraph 2' }).waitFor();
    expect(await app.page.getByRole('row').filter({ hasText: 'Brazil' }).count()).toBe(1);

    // In the matrix of the draft: Brazil's cell on Art. 6(2), which opens the position.
    await app.page.getByRole('tab', { name: 'Matrix' }).click();
    const cell = app.page.getByRole('button', { name: 'Proposes an amendment: Brazil on Art. 6(2)' });
    expect(await cell.textContent()).toBe('Proposes an amendment');
    await cell.click();
    await app.page.getByRole('region', { name: 'Brazil on Art. 6(2)' }).getByText('Delete the last sentence').waitFor();
    expect(await accessibilityViolations(app.page)).toEqual([]);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = path.join(session.inbox, 'matrix.csv');
    await download.saveAs(csv);
    expect(fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u).slice(0, 3)).toEqual(['Article,Brazil', 'Art. 6,', 'Art. 6(1),']);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Art. 6(2),Proposes an amendment');
    await app.page.getByRole('tab', { name: 'Positions' }).click();

    // Back at its source: the statement opens at the page the words were on.
    await row.getByRole('button', { name: 'Page 1' }).click();
    await app.page.getByLabel('Page 1', { exact: true }).locator('.textLayer span').first().waitFor();
    await app.page.getByText('Statement by Brazil').first().waitFor();
  });
});
