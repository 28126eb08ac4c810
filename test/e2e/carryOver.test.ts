import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closing, draftTitle as title, jurisdiction, prevention, victims } from '../fixtures/draftRevisions';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

const scope = 'The present draft articles apply to the prevention and punishment of crimes against humanity.';
const definition = 'following acts when committed as part of a widespread or systematic attack:';
const obligation = 'Each State undertakes to prevent and to punish crimes against humanity.';

async function importPdf(app: BriefingPage, name: string, pages: string[][]) {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, await makeTextPdf(pages, { title: 'Draft articles on crimes against humanity' }));
  await app.importFiles([file]);
  await app.waitForImportEnd();
}

async function openRow(app: BriefingPage, symbol: string): Promise<void> {
  await app.goTo('Library');
  await app.openDocument(symbol);
}

/** Selects a line of the text layer as a person dragging over it would, then marks it. */
async function markLine(app: BriefingPage, text: string, action: 'Highlight' | 'Underline' | 'Strike-through'): Promise<void> {
  await app.selectText(app.page.locator('.textLayer', { hasText: text }).first(), text);
  await app.markSelection(action);
}

describe('a new revision of a draft', () => {
  it('receives the marks of the previous one: unchanged, changed with a diff, and a review list for the deleted', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    await importPdf(app, 'draft.pdf', [
      ['A/CN.4/L.935', 'Draft articles on crimes against humanity', 'Article 1', 'Scope', scope],
      ['Article 2', 'Definitions', definition, '(a) murder;', 'Article 3', 'General obligations', obligation],
    ]);
    await openRow(app, 'A/CN.4/L.935');
    const sidebar = app.annotations;
    await markLine(app, scope, 'Highlight');
    await sidebar.getByText('Highlight, p. 1').waitFor();
    await markLine(app, definition, 'Strike-through');
    await sidebar.getByText('Strike-through, p. 2').waitFor();
    await markLine(app, obligation, 'Underline');
    await sidebar.getByText('Underline, p. 2').waitFor();

    await app.goTo('Library');
    await importPdf(app, 'draft-rev1.pdf', [
      ['A/CN.4/L.935/Rev.1', 'Draft articles on crimes against humanity', 'Recalling the Charter of the United Nations,', 'Article 1', 'Scope', scope],
      ['Article 2', 'Definitions', 'following acts when committed as part of a widespread and systematic attack:', '(a) murder;', 'Article 3', 'General obligations', 'To be completed.'],
    ]);
    await app.importItem('draft-rev1.pdf').getByText(/3 annotations carried over from A\/CN\.4\/L\.935: 1 unchanged, 1 on changed text, 1 not found/).waitFor();

    await openRow(app, 'A/CN.4/L.935/Rev.1');
    // Unchanged and changed marks are drawn on the new pages; the changed one shows its diff.
    await app.page.getByLabel('Page 1', { exact: true }).locator('.pdf-annotation-highlight').waitFor();
    // The sidebar names the revision by its symbol.
    await sidebar.getByText('From A/CN.4/L.935, text unchanged').waitFor();
    const changed = sidebar.locator('.carry-changed');
    await changed.waitFor();
    expect(await changed.locator('del').allTextContents()).toEqual(['or']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['and']);
    await changed.getByRole('button', { name: 'Accept' }).click();
    await changed.waitFor({ state: 'detached' });

    // The deleted passage's mark waits in the review list and can be placed on other text.
    const review = sidebar.getByRole('region', { name: 'To review' });
    await review.getByText(obligation).waitFor();
    expect(await review.getByRole('button', { name: 'Place on selected text' }).isDisabled()).toBe(true);
    await app.selectText(app.page.locator('.textLayer', { hasText: 'To be completed.' }).first(), 'To be completed.');
    await review.getByRole('button', { name: 'Place on selected text' }).click();
    await review.waitFor({ state: 'detached' });
    await app.page.getByLabel('Page 2', { exact: true }).locator('.pdf-annotation-underline').waitFor();
    await sidebar.getByText('Underline, p. 2').waitFor();
  });
});


describe('carried marks without false comfort', () => {
  it('show a short rewritten mark as changed, flag a mark whose article is gone, and are brought again without duplicates', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    await importPdf(app, 'l1.pdf', [['A/AC.999/L.1', title, ...prevention('effective')], [...jurisdiction, ...victims(6)]]);
    await openRow(app, 'A/AC.999/L.1');
    const sidebar = app.annotations;
    await app.selectText(app.page.locator('.textLayer', { hasText: '(a) effective' }).first(), '(a) effective');
    await app.markSelection('Strike-through');
    await sidebar.getByText('Strike-through, p. 1').waitFor();
    // The closing sentence stands in articles 5 and 6: this mark is on article 5's.
    await app.page.getByLabel('Page 2', { exact: true }).locator('.textLayer span').first().waitFor();
    await app.selectText(app.page.locator('.textLayer', { hasText: closing }).first(), closing);
    await app.markSelection('Highlight');
    await sidebar.getByText('Highlight, p. 2').waitFor();

    // Rev.1 rewrites (a) and deletes article 5 (article 6 becomes 5).
    await app.goTo('Library');
    await importPdf(app, 'l1-rev1.pdf', [['A/AC.999/L.1/Rev.1', title, ...prevention('appropriate')], [...victims(5)]]);
    await app.importItem('l1-rev1.pdf').getByText('2 annotations carried over from A/AC.999/L.1: 1 on changed text, 1 found in another article (check them).').waitFor();
    await openRow(app, 'A/AC.999/L.1/Rev.1');

    const changed = sidebar.locator('.carry-changed');
    await changed.getByText('Text changed since A/AC.999/L.1:').waitFor();
    expect(await changed.locator('del').allTextContents()).toEqual(['effective']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['appropriate']);
    await app.page.getByLabel('Page 1', { exact: true }).locator('.pdf-annotation-strikeout').waitFor();

    const moved = sidebar.locator('.carry-moved');
    await moved.getByText(/From A\/AC\.999\/L\.1: it was in Art\. 5\(2\) \(National jurisdiction\); its text is found only in Art\. 5\(2\) \(Victims and witnesses\)\. Check that it belongs here\./).waitFor();
    expect(await sidebar.getByText(/text unchanged/).count()).toBe(0);

    // Reader → Bring marks from the previous revision, from the command palette: nothing is copied twice.
    await app.page.keyboard.press('Control+Shift+P');
    await app.page.getByRole('searchbox', { name: 'Command palette' }).fill('Bring marks');
    await app.page.getByRole('dialog', { name: 'Command palette' }).getByText('Bring marks from the previous revision').waitFor();
    await app.page.keyboard.press('Enter');
    await sidebar.getByText('No new marks from A/AC.999/L.1 (2 already here).').waitFor();
    expect(await sidebar.locator('.annotation-card').count()).toBe(2);
  });
});
