import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';
import { callAsPage } from './support/pageApi';

const session = useAppSession();


const draft = `Draft articles on crimes against humanity

Article 1
Scope
The present draft articles apply to the prevention and punishment of crimes against humanity.

Article 6
Criminalization under national law
1. Each State shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law.
2. Each State shall also take measures to ensure that the offences are punishable by appropriate penalties.

Article 13
Extradition
1. Each of the offences shall be deemed to be included as an extraditable offence in any extradition treaty existing between States.
2. Extradition shall be subject to the conditions provided for by the law of the requested State.
`;

const statement = `Statement by Brazil

Thank you, Mr. Chair. Brazil aligns itself with the statement of the Group of Latin American and Caribbean States.

On draft article 6, paragraph 2, my delegation proposes to delete the last sentence.

Extradition matters to us: each offence must be extraditable under every extradition treaty between States.

We support draft article 1 and draft article 6 as drafted.

We look forward to the next session.
`;

describe('linking a statement to a draft', () => {
  it('suggests each paragraph’s article, records the accepted ones in one pass, and shows them in the matrix', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    fs.writeFileSync(path.join(session.inbox, 'draft.txt'), draft);
    fs.writeFileSync(path.join(session.inbox, 'statement.txt'), statement);
    await app.importFiles([path.join(session.inbox, 'draft.txt'), path.join(session.inbox, 'statement.txt')]);
    await app.waitForImportEnd();
    await app.documents.waitFor();
    // Filed as a delegate would (the import's guesses are not what this test is about).
    const documents = (await callAsPage(app.page, session.host.token, 'library.listDocuments', {})) as { id: number; title: string }[];
    const draftId = documents.find((document) => document.title.startsWith('Draft'))!.id;
    const statementId = documents.find((document) => document.title.startsWith('Statement'))!.id;
    await callAsPage(app.page, session.host.token, 'library.updateDocument', { id: draftId, patch: { kind: 'draft' } });
    await callAsPage(app.page, session.host.token, 'library.updateDocument', { id: statementId, patch: { kind: 'statement', stateCode: 'BRA' } });

    await app.page.reload();
    await app.openRow('Statement by Brazil');
    await app.documentHeader.getByRole('button', { name: 'Link statement to draft…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Link “Statement by Brazil” to a draft' });
    // A paragraph's row, found by its words (the labels are the import's: "Para. 2").
    const row = (words: string) => dialog.getByRole('row').filter({ has: app.page.getByRole('rowheader').filter({ hasText: words }) });
    await row('On draft article 6').waitFor();
    // The reason and the article for each paragraph: a citation, shared key terms, or none.
    expect(await row('On draft article 6').getByRole('cell').first().textContent()).toBe('Cites article 6(2)Sure');
    expect(await row('On draft article 6').getByRole('textbox', { name: 'Article or paragraph' }).inputValue()).toBe('Art. 6(2)');
    expect(await row('On draft article 6').getByRole('button', { name: /Stance/ }).textContent()).toContain('Proposes an amendment');
    expect(await row('Extradition matters').getByRole('cell').first().textContent()).toMatch(/^Shares: Extradition, .*treaty/u);
    expect(await row('Extradition matters').getByRole('textbox', { name: 'Article or paragraph' }).inputValue()).toBe('Art. 13');
    expect(await row('Thank you, Mr. Chair').getByRole('cell').first().textContent()).toBe('No article found: type one to record it');
    expect(await row('Thank you, Mr. Chair').getByRole('textbox', { name: 'Article or paragraph' }).inputValue()).toBe('');
    // The State of the statement speaks for every paragraph.
    expect(await dialog.getByRole('button', { name: /State or group/ }).textContent()).toContain('Brazil');
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // Two accepted (one with its stance changed), the others skipped.
    await row('On draft article 6').getByText('Accept', { exact: true }).click();
    await app.choose(row('Extradition matters'), /Stance/, 'Supports');
    await row('Extradition matters').getByText('Accept', { exact: true }).click();
    await dialog.getByText('2 positions to record').waitFor();
    // A paragraph that cites two articles: recorded on the second one too, from a row of its own.
    await row('We support draft article 1').getByRole('button', { name: 'Also on Art. 6' }).click();
    const extra = dialog.getByRole('row').filter({ hasText: 'The same paragraph, on another article' });
    expect(await extra.getByRole('textbox', { name: 'Article or paragraph' }).inputValue()).toBe('Art. 6');
    expect(await extra.getByRole('button', { name: /Stance/ }).textContent()).toContain('Supports');
    await extra.getByText('Accept', { exact: true }).click();
    await dialog.getByText('3 positions to record').waitFor();
    await dialog.getByRole('textbox', { name: 'Meeting' }).fill('Sixth Committee, 3rd meeting');
    await dialog.getByRole('button', { name: 'Record accepted' }).click();
    await dialog.waitFor({ state: 'detached' });

    await app.page.keyboard.press('Control+3');
    await app.page.getByText('3 positions').waitFor();
    await app.page.getByRole('tab', { name: 'Matrix' }).click();
    await app.page.getByRole('button', { name: 'Supports: Brazil on Art. 13' }).waitFor();
    await app.page.getByRole('button', { name: 'Supports: Brazil on Art. 6', exact: true }).waitFor();
    const cell = app.page.getByRole('button', { name: 'Proposes an amendment: Brazil on Art. 6(2)' });
    await cell.click();
    const details = app.page.getByRole('region', { name: 'Brazil on Art. 6(2)' });
    await details.getByText('my delegation proposes to delete the last sentence').waitFor();
    // And back to the statement, at the paragraph's page.
    await details.getByRole('button', { name: 'Page 1' }).click();
    await app.documentHeader.getByText('Statement by Brazil').waitFor();
  });
});
