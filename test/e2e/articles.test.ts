import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

const filler = (words: string, count: number) => Array.from({ length: count }, (_, index) => `${words} (line ${index + 1}).`);

/**
 * A statute of five pages with parts, articles, numbered paragraphs and sub-paragraphs, and
 * no PDF outline: what import finds is all the reader has to go by. Article 7(1)(h) is a
 * third of the way down page 3, so opening at its page's top would not show it.
 */
async function importStatute(app: BriefingPage): Promise<void> {
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  const file = path.join(session.inbox, 'statute.pdf');
  fs.writeFileSync(
    file,
    await makeTextPdf(
      [
        [
          'Statute of the Model Court',
          'The States Parties to this Statute,',
          'Conscious that all peoples are united by common bonds,',
          'Have agreed as follows:',
          'PART 2. JURISDICTION',
          'Article 5',
          'Crimes within the jurisdiction of the Court',
          'The jurisdiction of the Court shall be limited to the most serious crimes.',
          'Article 6',
          'Genocide',
          ...filler('The acts of genocide are listed in this article', 20),
        ],
        filler('Genocide means acts committed with intent to destroy a group', 30),
        [
          'Article 7',
          'Crimes against humanity',
          '1. For the purpose of this Statute, crime against humanity means any of the',
          'following acts:',
          '(a) Murder;',
          '(b) Extermination;',
          '(c) Enslavement;',
          '(d) Deportation or forcible transfer of population;',
          '(e) Imprisonment in violation of fundamental rules;',
          '(f) Torture;',
          '(g) Rape or sexual slavery;',
          '(h) Persecution against any identifiable group or collectivity on political,',
          'racial, national, ethnic, cultural or religious grounds;',
          '(i) Enforced disappearance of persons;',
          '2. For the purpose of paragraph 1:',
          ...filler('Attack directed against any civilian population means conduct', 16),
        ],
        ['Article 8 bis', 'Crime of aggression', ...filler('A crime of aggression means the planning of an act of aggression', 24)],
        ['Article 9', 'Elements of Crimes', ...filler('Elements of Crimes shall assist the Court', 20)],
      ],
      { title: 'Statute of the Model Court' },
    ),
  );
  await app.importFiles([file]);
  await app.waitForImportEnd();
  await app.documents.waitFor();
}

/** Whether the element's box lies inside the reader's visible area (its scroller, not the window). */
async function inView(element: Locator, scroller: Locator): Promise<boolean> {
  const [box, view] = await Promise.all([element.boundingBox(), scroller.boundingBox()]);
  return box !== null && view !== null && box.y >= view.y && box.y + box.height <= view.y + view.height;
}

/**
 * The text layer's span of the last of a passage's first words, on its page: a text layer
 * has a span per word and one per space between them, so the words are found in a row.
 */
function textLayerLine(app: BriefingPage, pageNumber: number, text: string): Locator {
  const inARow = text.split(' ').map((word) => `span:text-is(${JSON.stringify(word)})`).join(' + span + ');
  return app.page.getByLabel(`Page ${pageNumber}`, { exact: true }).locator(`.textLayer ${inARow}`).first();
}

describe('going to an article', () => {
  it('lists the articles of a PDF without an outline, and Ctrl+G then 7(1)(h) Enter shows that passage highlighted', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importStatute(app);
    await app.openDocument();
    const scroller = app.page.locator('.pdf-scroller');

    // The navigation panel opens on Articles: the structure import found, parts open, articles closed.
    await app.page.keyboard.press('Control+Alt+1');
    const articles = app.navigationPanel.getByRole('treegrid', { name: 'Articles' });
    await articles.waitFor();
    expect(await app.navigationPanel.getByRole('tab', { name: 'Articles' }).getAttribute('aria-selected')).toBe('true');
    for (const name of ['Preamble', 'Part 2', 'Art. 5', 'Art. 7', 'Art. 8 bis', 'Art. 9']) await articles.getByRole('row', { name: new RegExp(`^${name.replace('.', '\\.')}\\b`) }).first().waitFor();
    // Opening Art. 7 shows its paragraphs; its sub-paragraph (h) leads to its place on page 3.
    await articles.getByRole('row', { name: /^Art\. 7\b/ }).getByRole('button', { name: 'Expand or collapse' }).click();
    await articles.getByRole('row', { name: /^\(1\)/ }).getByRole('button', { name: 'Expand or collapse' }).click();
    await articles.getByRole('row', { name: /^\(h\)/ }).click();
    await app.page.locator('.passage-flash[data-passage="Art. 7(1)(h)"] .passage-flash-line').first().waitFor();
    await expect.poll(() => inView(textLayerLine(app, 3, '(h) Persecution'), scroller)).toBe(true);
    // The PDF's own outline is still its own tab, and says there is none.
    await app.navigationPanel.getByRole('tab', { name: 'Outline' }).click();
    await app.navigationPanel.getByText('This PDF has no outline').waitFor();

    // Back to the top, then two keystrokes and the citation: Ctrl+G, 7(1)(h), Enter.
    await app.page.getByLabel('Page number').fill('1');
    await app.page.getByLabel('Page number').press('Enter');
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeLessThan(20);
    await app.page.keyboard.press('Control+G');
    const goTo = app.page.getByRole('textbox', { name: 'Go to article' });
    await expect.poll(() => goTo.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.type('7(1)(h)');
    await app.page.keyboard.press('Enter');
    await app.page.locator('.passage-flash[data-passage="Art. 7(1)(h)"] .passage-flash-line').first().waitFor();
    await expect.poll(() => inView(textLayerLine(app, 3, '(h) Persecution'), scroller)).toBe(true);
    expect(await app.page.getByLabel('Page number').inputValue()).toBe('3');

    // Other ways of writing a citation; and one the document does not have.
    await goTo.fill('art. 8 bis');
    await goTo.press('Enter');
    await app.page.locator('.passage-flash[data-passage="Art. 8 bis"] .passage-flash-line').first().waitFor();
    await expect.poll(() => inView(textLayerLine(app, 4, 'Article 8 bis'), scroller)).toBe(true);
    await goTo.fill('7(9)');
    await goTo.press('Enter');
    await app.page.getByRole('alert').filter({ hasText: 'No article 7(9) in this document.' }).waitFor();
    await goTo.fill('persecution');
    await goTo.press('Enter');
    await app.page.getByRole('alert').filter({ hasText: 'Type an article' }).waitFor();

    // The command is in the palette with its shortcut.
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Control+Shift+P');
    const palette = app.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('menuitem', { name: /Go to article/ }).waitFor();
  });

  it('opens a search result at its passage, not at the top of its page', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importStatute(app);
    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('persecution identifiable collectivity');
    const results = app.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').first().textContent()).toContain('art. 7(1)(h), p. 3');
    await box.press('Enter');

    const scroller = app.page.locator('.pdf-scroller');
    await app.page.locator('.passage-flash[data-passage="Art. 7(1)(h)"] .passage-flash-line').first().waitFor();
    const passage = textLayerLine(app, 3, '(h) Persecution');
    await expect.poll(() => inView(passage, scroller)).toBe(true);
    // Not the page's top: the page begins above the view.
    const pageTop = await app.page.getByLabel('Page 3', { exact: true }).evaluate((page) => page.getBoundingClientRect().top);
    const viewTop = await scroller.evaluate((element) => element.getBoundingClientRect().top);
    expect(pageTop).toBeLessThan(viewTop);
  });

  it('shows the PDF as a reading view: paragraphs, labels in the margin, its own scrolling pane', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await importStatute(app);
    await app.openDocument();
    await app.documentHeader.getByRole('radio', { name: 'Text' }).click();
    const reading = app.page.getByRole('article', { name: 'The document as text' });
    await reading.waitFor();

    const labels = await reading.locator('.reading-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['para. 1', 'Part 2', 'Art. 5', 'Art. 7', '7(1)', '7(1)(a)', '7(1)(h)', '7(2)', 'Art. 8 bis']));
    // The page's line break inside (h) is gone: one paragraph, its lines joined.
    const h = reading.locator('.reading-block', { has: app.page.locator('.reading-label', { hasText: /^7\(1\)\(h\)$/ }) });
    expect(await h.locator('.reading-text').textContent()).toBe(
      '(h) Persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural or religious grounds;',
    );
    // The heading and its title.
    await reading.getByRole('heading', { name: /^Article 7\s*Crimes against humanity$/ }).waitFor();
    // The label sits in the margin, left of its text.
    const [labelBox, textBox] = await Promise.all([h.locator('.reading-label').boundingBox(), h.locator('.reading-text').boundingBox()]);
    expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(textBox!.x);

    // Ctrl+G works here too, and the view scrolls inside its pane: the window never does.
    await app.page.keyboard.press('Control+G');
    await app.page.keyboard.type('8 bis');
    await app.page.keyboard.press('Enter');
    const scroller = app.page.locator('.reading-scroller');
    const article8 = reading.locator('.passage-flash-block', { hasText: 'Article 8 bis' }).first();
    await article8.waitFor();
    await expect.poll(() => inView(article8, scroller)).toBe(true);
    expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(await app.page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
  });
});
