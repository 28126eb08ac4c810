import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import type { Library } from '../../electron/core/library/library';
import { insertDraftRevision } from '../fixtures/libraryFixtures';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession, type AppSession } from './support/appSession';

const family = { title: 'Draft articles on crimes against humanity', baseSymbol: 'A/CN.4/L.935' };

/** A small library as a delegation's might start: instruments, statements, a draft and its revisions. */
function seed({ db }: Library): void {
  insertDocument(db, { kind: 'instrument', title: 'Rome Statute of the International Criminal Court', symbol: 'A/CONF.183/9', documentDate: '1998-07-17', language: 'en', pageCount: 80 });
  insertDocument(db, { kind: 'instrument', title: 'Convention on the Prevention and Punishment of the Crime of Genocide', documentDate: '1948-12-09', language: 'en', pageCount: 12 });
  insertDocument(db, { kind: 'statement', title: 'Déclaration de la Côte d’Ivoire', symbol: 'A/78/PV.5', documentDate: '2023-09-20', language: 'fr', pageCount: 4, pagesWithoutText: 4 });
  insertDocument(db, { kind: 'statement', title: 'Statement by Mexico, Sixth Committee', documentDate: '2024-10-09', language: 'es', pageCount: 3 });
  // Imported out of order, as files often are: the family still lists Rev.2, Rev.1, the original.
  for (const revisionNumber of [1, 0, 2]) {
    const suffix = revisionNumber === 0 ? '' : `/Rev.${revisionNumber}`;
    insertDraftRevision(db, { title: `${family.title}${revisionNumber ? `, Rev.${revisionNumber}` : ''}`, symbol: `${family.baseSymbol}${suffix}`, language: 'en', pageCount: 20 + revisionNumber }, { ...family, revisionNumber });
  }
}

async function openApp(session: AppSession): Promise<BriefingPage> {
  const app = new BriefingPage(await session.context.newPage());
  await app.open(session.host.appUrl);
  return app;
}

/** The titles of the rows shown, top to bottom. */
async function titles(app: BriefingPage): Promise<string[]> {
  return app.documentRows.evaluateAll((rows) =>
    rows
      .map((row) => ({ top: row.getBoundingClientRect().top, title: row.querySelector('[role="rowheader"]')?.textContent ?? '' }))
      .toSorted((a, b) => a.top - b.top)
      .map((row) => row.title),
  );
}

describe('the Library with documents', () => {
  const session = useAppSession({ seed });

  it('filters as you type, without regard to case or accents, and by kind; Clear filters shows all again', async () => {
    const app = await openApp(session);
    await app.documentRows.nth(6).waitFor();
    await app.filterField.fill('COTE');
    await expect.poll(() => titles(app)).toEqual(['Déclaration de la Côte d’Ivoire']);
    expect(await app.page.getByText('1 of 7 documents').count()).toBe(1);
    // The symbol is searched too.
    await app.filterField.fill('conf.183');
    await expect.poll(() => titles(app)).toEqual(['Rome Statute of the International Criminal Court']);
    await app.filterField.press('Escape');
    await expect.poll(async () => (await titles(app)).length).toBe(7);

    await app.choose(app.page.getByRole('group', { name: 'Filters' }), /^All kinds Kind$/, 'Instrument');
    await expect.poll(async () => (await titles(app)).toSorted()).toEqual([
      'Convention on the Prevention and Punishment of the Crime of Genocide',
      'Rome Statute of the International Criminal Court',
    ]);
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await titles(app)).length).toBe(7);
  });

  it('sorts by a column, both ways, and numbers as numbers', async () => {
    const app = await openApp(session);
    await app.documentRows.nth(6).waitFor();
    const header = (name: string) => app.documents.getByRole('columnheader', { name });
    await header('Title').click();
    await expect.poll(async () => (await titles(app))[0]).toBe('Convention on the Prevention and Punishment of the Crime of Genocide');
    expect(await header('Title').getAttribute('aria-sort')).toBe('ascending');
    await header('Title').click();
    await expect.poll(async () => (await titles(app))[0]).toBe('Statement by Mexico, Sixth Committee');
    await header('Pages').click();
    await expect.poll(() => titles(app)).toEqual([
      'Statement by Mexico, Sixth Committee',
      'Déclaration de la Côte d’Ivoire',
      'Convention on the Prevention and Punishment of the Crime of Genocide',
      `${family.title}`,
      `${family.title}, Rev.1`,
      `${family.title}, Rev.2`,
      'Rome Statute of the International Criminal Court',
    ]);
  });

  it('files the drafts by family, newest revision first, and lists the family beside a selected draft', async () => {
    const app = await openApp(session);
    await app.collections.getByRole('row', { name: /Draft articles on crimes against humanity/ }).click();
    await expect.poll(() => titles(app)).toEqual([`${family.title}, Rev.2`, `${family.title}, Rev.1`, family.title]);
    await app.documentRow(`${family.baseSymbol}/Rev.1`).click();
    const revisions = app.details.getByRole('listitem');
    await expect.poll(() => revisions.allTextContents()).toEqual([
      expect.stringMatching(/^Rev\.2 A\/CN\.4\/L\.935\/Rev\.2/),
      expect.stringMatching(/^Rev\.1 A\/CN\.4\/L\.935\/Rev\.1 \(this document\)/),
      expect.stringMatching(/^Original A\/CN\.4\/L\.935/),
    ]);
  });

  it('edits a document from its row menu; the change is saved and survives a reload', async () => {
    const app = await openApp(session);
    await app.rowAction(app.documentRow('Statement by Mexico, Sixth Committee'), 'Edit details');
    const form = app.details.getByRole('form', { name: 'Details of Statement by Mexico, Sixth Committee' });
    // Edit details puts the cursor in the title.
    await expect.poll(() => form.getByLabel('Title').evaluate((element) => element === document.activeElement)).toBe(true);
    await form.getByLabel('Title').fill('Statement by Mexico on crimes against humanity');
    await form.getByLabel('UN symbol').fill('A/C.6/79/SR.5');
    await form.getByRole('button', { name: 'Save' }).click();
    await app.details.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await app.documentRow('A/C.6/79/SR.5').waitFor();

    await app.page.reload();
    const row = app.documentRow('Statement by Mexico on crimes against humanity');
    await row.waitFor();
    expect(await row.textContent()).toContain('A/C.6/79/SR.5');
  });

  it('removes several selected documents at once, after a confirmation that says how many', async () => {
    const app = await openApp(session);
    await app.documentRow('Rome Statute of the International Criminal Court').click();
    // Delete on the selected row asks too; Escape says no.
    await app.page.keyboard.press('Delete');
    await app.page.getByRole('dialog', { name: 'Remove 1 document?' }).waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    await app.documentRow('A/78/PV.5').click({ modifiers: ['Control'] });
    await app.page.getByText('2 documents selected').first().waitFor();
    await app.page.getByRole('group', { name: '2 documents selected' }).getByRole('button', { name: 'Remove' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Remove 2 documents?' });
    expect(await dialog.textContent()).toMatch(/2 documents and their annotations will be removed/);
    await dialog.getByRole('button', { name: 'Remove 2 documents' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await titles(app)).length).toBe(5);
    expect(await titles(app)).not.toContain('Rome Statute of the International Criminal Court');
    await expect.poll(() => app.status.textContent()).toMatch(/^5 documents/);
  });

  it('opens a document with Enter on its row, and flags scans as not searchable', async () => {
    const app = await openApp(session);
    const scan = app.documentRow('A/78/PV.5');
    expect(await scan.textContent()).toContain('No text layer, not searchable');
    await scan.click();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.navigation.getByRole('button', { name: 'Reader' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('the Library on first run', () => {
  const session = useAppSession();

  it('says what Briefing does and offers importing as the next step, by button or Ctrl+O', async () => {
    const app = await openApp(session);
    await app.emptyLibrary.waitFor();
    const intro = app.page.getByRole('region', { name: 'Your library is empty' });
    for (const part of ['Library', 'Reader', 'Search', 'Positions', 'Revisions', 'Packs']) {
      expect(await intro.getByRole('term').filter({ hasText: part }).count()).toBe(1);
    }
    expect(await intro.getByRole('button', { name: 'Import files…' }).getAttribute('class')).toContain('button-primary');
    await intro.getByRole('button', { name: 'Import folder…' }).waitFor();
    expect(await intro.textContent()).toMatch(/drop files and folders anywhere/);
    expect(await accessibilityViolations(app.page)).toEqual([]);
    // The same picker from the keyboard: the command is where the file inputs are.
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.keyboard.press('Control+O');
    expect((await chooser).isMultiple()).toBe(true);
  });
});

describe('the collections as families arrive', () => {
  const session = useAppSession();

  it('keep every draft family when a newer import puts a new family first', async () => {
    const app = await openApp(session);
    await app.emptyLibrary.waitFor();
    const draft = async (name: string, symbol: string, title: string) => {
      const file = path.join(session.inbox, name);
      fs.writeFileSync(file, await makeTextPdf([[symbol, title, 'Article 1', 'Scope']], { title }));
      return file;
    };
    // Two batches: the second family is newer, so it moves to the top of "Drafts".
    await app.importFiles([await draft('first.pdf', 'A/AC.1/L.1', 'First draft convention')]);
    await app.waitForImportEnd();
    await app.collections.getByRole('row', { name: /First draft convention/ }).waitFor();
    await app.importFiles([await draft('second.pdf', 'A/AC.2/L.1', 'Second draft convention')]);
    await expect.poll(() => app.collections.getByRole('row', { name: /draft convention/ }).allTextContents()).toEqual([
      expect.stringContaining('Second draft convention'),
      expect.stringContaining('First draft convention'),
    ]);
    expect(await app.documentRows.count()).toBe(2);
  });
});
