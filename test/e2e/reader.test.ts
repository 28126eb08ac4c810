import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../electron/core/pdf/loadPdfjs';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

async function openDraft(app: BriefingPage) {
  return app.openDocument();
}

async function importDraft(app: BriefingPage) {
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  const file = path.join(session.inbox, 'draft.pdf');
  fs.writeFileSync(file, await makeTextPdf([
    ['Draft articles on crimes against humanity', 'Article 2', 'Persecution against any identifiable group'],
    ['Article 3', 'General obligations'],
  ], { title: 'Draft articles' }));
  await app.importFiles([file]);
  await app.waitForImportEnd();
  await app.documents.waitFor();
}

async function savedAnnotations(app: BriefingPage): Promise<{ kind: string; note: string; tags: string[] }[]> {
  const response = await app.page.evaluate(async (token) => {
    const reply = await fetch('/api/annotations.list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: 1 }),
    });
    return reply.json();
  }, session.host.token);
  return (response as { value: { kind: string; note: string; tags: string[] }[] }).value;
}

describe('the PDF reader', () => {
  it('shows the pages, marks a selection, and keeps the mark and its note across a reload', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importDraft(app);

    const firstPage = await openDraft(app);
    expect(await app.page.locator('.pdf-page').count()).toBe(2);
    expect(await firstPage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(100);

    // Select a line of the text layer as a person dragging the mouse would.
    await app.selectText(firstPage.locator('.textLayer'), 'Persecution against any identifiable group');
    await app.markSelection('Highlight');

    const sidebar = app.annotations;
    await sidebar.getByText('Highlight, p. 1').waitFor();
    expect(await sidebar.locator('q').first().textContent()).toContain('Persecution against any identifiable group');
    await firstPage.locator('.pdf-annotation-highlight').first().waitFor();
    const note = sidebar.getByLabel('Note on highlight, page 1');
    await note.fill('Capital: keep "identifiable"');
    await note.blur();
    await expect.poll(async () => (await savedAnnotations(app))[0]?.note).toBe('Capital: keep "identifiable"');

    await app.page.reload();
    await app.documents.waitFor();
    const reopened = await openDraft(app);
    await reopened.locator('.pdf-annotation-highlight').first().waitFor();
    const reopenedSidebar = app.annotations;
    expect(await reopenedSidebar.getByLabel('Note on highlight, page 1').inputValue()).toBe('Capital: keep "identifiable"');

    // Export: the downloaded PDF holds the highlight as a real PDF annotation.
    await reopenedSidebar.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('menuitem', { name: 'Annotated PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('draft (annotated).pdf');
    const exported = path.join(session.inbox, 'exported.pdf');
    await download.saveAs(exported);
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(exported)), verbosity: 0 });
    const annotations = await (await (await task.promise).getPage(1)).getAnnotations();
    await task.destroy();
    expect(annotations).toEqual([expect.objectContaining({ subtype: 'Highlight', contentsObj: expect.objectContaining({ str: 'Capital: keep "identifiable"' }) })]);
  });

  it('places notes, comments and areas, tags them, and undoes and redoes', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importDraft(app);
    const firstPage = await openDraft(app);
    const sidebar = app.annotations;
    const tools = app.readerTools;
    const box = (await firstPage.boundingBox())!;

    // A sticky note: one click, then its text box has the focus (and the tool is Select again).
    await tools.getByRole('button', { name: 'Note tool' }).click();
    await app.page.mouse.click(box.x + 40, box.y + 40);
    const noteText = sidebar.getByLabel('Note on note, page 1');
    await expect.poll(() => noteText.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tools.getByRole('button', { name: 'Select text tool' }).getAttribute('aria-pressed')).toBe('true');
    await app.page.keyboard.type('Ask the chair about the timetable');
    await sidebar.getByLabel('Tags of note, page 1').click();
    await app.page.keyboard.type('procedure, art. 2, procedure');
    await app.page.keyboard.press('Tab');
    await expect.poll(async () => (await savedAnnotations(app)).find((saved) => saved.kind === 'note')).toMatchObject({
      note: 'Ask the chair about the timetable',
      tags: ['procedure', 'art. 2'],
    });

    // A free-text comment shows its text on the page.
    await tools.getByRole('button', { name: 'Comment tool' }).click();
    await app.page.mouse.click(box.x + 200, box.y + 120);
    const commentText = sidebar.getByLabel('Note on comment, page 1');
    await expect.poll(() => commentText.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.type('Too narrow');
    await app.page.keyboard.press('Tab');
    await firstPage.locator('.pdf-annotation-comment', { hasText: 'Too narrow' }).waitFor();

    // An area: drag a rectangle (the tool chosen by its shortcut this time).
    await app.page.locator('.pdf-scroller').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Alt+4');
    expect(await tools.getByRole('button', { name: 'Area tool' }).getAttribute('aria-pressed')).toBe('true');
    await app.page.mouse.move(box.x + 60, box.y + 200);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + 160, box.y + 260, { steps: 4 });
    await app.page.mouse.up();
    await firstPage.locator('.pdf-annotation-area').waitFor();
    expect(await sidebar.getByRole('button', { name: /^Area, p\. 1/ }).count()).toBe(1);

    // Undo takes the area away (and from the library), redo brings it back. The shortcut does
    // nothing while the new area is still being saved: wait until Undo is offered.
    await sidebar.getByRole('button', { name: /^Undo add area/, disabled: false }).waitFor();
    await app.page.locator('.pdf-scroller').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+z');
    await firstPage.locator('.pdf-annotation-area').waitFor({ state: 'detached' });
    expect((await savedAnnotations(app)).map((saved) => saved.kind).toSorted()).toEqual(['comment', 'note']);
    await sidebar.getByRole('button', { name: /^Redo add area/ }).click();
    await firstPage.locator('.pdf-annotation-area').waitFor();

    // Deleting the note and undoing brings it back with its text and tags.
    await sidebar.locator('li', { has: app.page.getByLabel('Note on note, page 1') }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await savedAnnotations(app)).length).toBe(2);
    // Deleted in the library is not yet done on screen: Undo is enabled, and clicked, only then.
    await sidebar.getByRole('button', { name: /^Undo delete note/ }).click();
    await expect.poll(async () => (await savedAnnotations(app)).find((saved) => saved.kind === 'note')).toMatchObject({
      note: 'Ask the chair about the timetable',
      tags: ['procedure', 'art. 2'],
    });

    // A colour's meaning is renamed in Settings; the reader's colour for new marks and the filter follow.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    const meaning = app.page.getByLabel('Meaning of the colour now called Key');
    await meaning.fill('Red line');
    await meaning.blur();
    await app.page.getByLabel('Meaning of the colour now called Red line').waitFor();
    await app.goTo('Reader');
    await expect.poll(() => tools.getByRole('button', { name: /Colour for new marks/ }).textContent()).toContain('Red line');
    expect(await app.choices(sidebar, /Filter by colour/)).toContain('Red line');

    // The tag filter lists the tags and narrows the list; a tag on a card filters by it too.
    await app.choose(sidebar, /Filter by tag/, 'procedure');
    await expect.poll(() => sidebar.locator('.annotation-list > li').count()).toBe(1);
    await app.choose(sidebar, /Filter by tag/, 'All tags');
    await expect.poll(() => sidebar.locator('.annotation-list > li').count()).toBe(3);
    await sidebar.getByRole('button', { name: 'art. 2', exact: true }).click();
    await expect.poll(() => sidebar.locator('.annotation-list > li').count()).toBe(1);

    await app.page.reload();
    await app.documents.waitFor();
    const reopened = await openDraft(app);
    await reopened.locator('.pdf-annotation-note').waitFor();
    expect(await reopened.locator('.pdf-annotation-comment').textContent()).toBe('Too narrow');
    expect(await reopened.locator('.pdf-annotation-area').count()).toBe(1);
  });

  it('finds words in the document with Ctrl+F and moves between pages by number', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importDraft(app);
    await openDraft(app);
    await app.page.keyboard.press('Control+f');
    const findBox = app.page.getByRole('searchbox', { name: 'Find in document' });
    await expect.poll(() => findBox.evaluate((element) => element === document.activeElement)).toBe(true);
    await findBox.fill('GENERAL obligations');
    const bar = app.page.getByRole('search', { name: 'Find in document' });
    await bar.getByText('1 of 1').waitFor();
    await findBox.press('Enter');
    // Page 2 comes into view, its text layer is drawn, and the match is marked there.
    await app.page.getByLabel('Page 2', { exact: true }).locator('.textLayer[data-rendered]').waitFor();
    await expect.poll(() => app.page.evaluate(() => CSS.highlights.get('find-current')?.size)).toBe(1);
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
    expect(await app.page.evaluate(() => [...CSS.highlights.get('find-current')!][0].toString())).toBe('General obligations');

    await findBox.fill('nowhere in this draft');
    await bar.getByText('No match').waitFor();
    await findBox.press('Escape');
    await bar.waitFor({ state: 'detached' });

    const pageNumber = app.page.getByLabel('Page number');
    await pageNumber.fill('1');
    await pageNumber.press('Enter');
    await expect.poll(() => app.page.locator('.pdf-scroller').evaluate((element) => element.scrollTop)).toBeLessThan(20);

    // Thumbnails: the navigation panel opens on Articles; on Pages, page 2's picture is drawn and takes the reader there.
    await app.page.keyboard.press('Control+Alt+1');
    await app.navigationPanel.getByRole('treegrid', { name: 'Articles' }).getByRole('row', { name: /^Art\. 3\b/ }).waitFor();
    await app.navigationPanel.getByRole('tab', { name: 'Pages' }).click();
    const thumbnails = app.navigationPanel.getByRole('list', { name: 'Pages' });
    await expect.poll(() => thumbnails.locator('canvas').nth(1).evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBe(120);
    await thumbnails.getByRole('button', { name: 'Go to page 2' }).click();
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
    // This fixture has no outline, and the Outline tab says so.
    await app.navigationPanel.getByRole('tab', { name: 'Outline' }).click();
    await app.navigationPanel.getByText('This PDF has no outline').waitFor();

    // Opened again in the same session (the file comes from the cache): still readable.
    await app.goTo('Library');
    await openDraft(app);
  });

  it('annotates a text document in the text reader and exports the summary', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const file = path.join(session.inbox, 'position.txt');
    fs.writeFileSync(file, 'Statement by France\nArticle 2\nFrance supports the definition of persecution in draft article 2.\n');
    await app.importFiles([file]);
    await app.waitForImportEnd();
    await app.openRow();
    const text = app.page.getByLabel('Text of page 1');
    await text.waitFor();
    await app.selectText(text, 'the definition of persecution');
    await app.markSelection('Underline');
    const mark = text.locator('.text-annotation-underline');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('the definition of persecution');
    const sidebar = app.annotations;
    await sidebar.getByLabel('Note on underline, page 1').fill('Matches our position');
    await sidebar.getByLabel('Note on underline, page 1').blur();
    await expect.poll(async () => (await savedAnnotations(app))[0]?.note).toBe('Matches our position');

    // A note attached to other selected words takes the focus for its text.
    await app.selectText(text, 'France');
    await app.markSelection('Note');
    const noteBox = sidebar.getByLabel('Note on note, page 1');
    await expect.poll(() => noteBox.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.type('Check the French text');
    await app.page.keyboard.press('Tab');
    await expect.poll(async () => (await savedAnnotations(app)).map((saved) => saved.note)).toContain('Check the French text');
    await text.locator('.text-annotation-note', { hasText: 'France' }).waitFor();

    await app.page.reload();
    await app.openRow();
    await app.page.getByLabel('Text of page 1').locator('.text-annotation-underline', { hasText: 'the definition of persecution' }).waitFor();
    const reopened = app.annotations;
    await reopened.getByRole('button', { name: 'Export' }).click();
    const formats = app.page.getByRole('menu');
    await formats.getByRole('menuitem', { name: 'Summary (Word)' }).waitFor();
    expect(await formats.getByRole('menuitem', { name: 'Annotated PDF' }).count()).toBe(0);
    const [download] = await Promise.all([app.page.waitForEvent('download'), formats.getByRole('menuitem', { name: 'Summary (Markdown)' }).click()]);
    const summary = path.join(session.inbox, 'summary.md');
    await download.saveAs(summary);
    const markdown = fs.readFileSync(summary, 'utf8');
    expect(markdown).toContain('the definition of persecution');
    expect(markdown).toContain('Matches our position');
  });

  it('opens a search result in the PDF at its page with the matched words marked', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await importDraft(app);
    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.pressSequentially('general obligations');
    // Results come as you type: Enter opens the first one, so wait until it is a result of the
    // whole query (those of "g" or "gen" may be on page 1).
    const first = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['General', 'obligations']);
    await box.press('Enter');
    await app.page.getByLabel('Page 2', { exact: true }).locator('.textLayer[data-rendered]').waitFor();
    await expect.poll(() => app.page.evaluate(() => [...(CSS.highlights.get('search-term') ?? [])].map((range) => (range as Range).toString()))).toEqual([
      'General',
      'obligations',
    ]);
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
    await app.page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Text' }).click();
    // The reading view, at the same place, with the words marked there too.
    await app.page.getByRole('article', { name: 'The document as text' }).waitFor();
    await expect.poll(() => app.page.evaluate(() => [...(CSS.highlights.get('search-term') ?? [])].map((range) => (range as Range).toString()))).toEqual([
      'General',
      'obligations',
    ]);
    // And back to the PDF, at the same page.
    await app.page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'PDF' }).click();
    await expect.poll(() => app.page.getByLabel('Page number').inputValue()).toBe('2');
  });

  it('keeps Arabic and Chinese quotes in reading order when text is selected in a PDF', async () => {
    // A PDF as Chromium prints one: Arabic drawn glyph by glyph, Chinese through a CJK font.
    const printer = await session.context.newPage();
    await printer.setContent(
      '<html><body style="font-size:20px"><p dir="rtl" lang="ar">يولد جميع الناس أحرارا متساوين في الكرامة والحقوق</p>' +
        '<p lang="zh">人人生而自由，在尊严和权利上一律平等。</p></body></html>',
    );
    const file = path.join(session.inbox, 'udhr-ar-zh.pdf');
    fs.writeFileSync(file, await printer.pdf({ format: 'A4' }));
    await printer.close();
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    await app.importFiles([file]);
    await app.waitForImportEnd();
    const firstPage = await openDraft(app);
    const sidebar = app.annotations;
    for (const [index, expected] of ['يولد جميع الناس أحرارا متساوين في الكرامة والحقوق', '人人生而自由，在尊严和权利上一律平等。'].entries()) {
      // Select the whole line: from its first span to its last, as a drag across it would.
      await firstPage.locator('.textLayer').evaluate((layer, line) => {
        const lines: HTMLElement[][] = [[]];
        for (const child of layer.children) {
          if (child.tagName === 'BR') lines.push([]);
          else lines.at(-1)!.push(child as HTMLElement);
        }
        const spans = lines.filter((group) => group.length > 0)[line];
        const range = document.createRange();
        range.setStartBefore(spans[0]);
        range.setEndAfter(spans.at(-1)!);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        spans[0].dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, index);
      await app.markSelection('Highlight');
      await expect.poll(() => sidebar.locator('.annotation-list q').allTextContents()).toContain(expected);
    }
  });
});
