import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../electron/common/model';
import type { Pack } from '../../electron/common/packs';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';
import { projectRoot } from './support/hostProcess';
import { callAsPage } from './support/pageApi';

const session = useAppSession();

const draftLines = [
  'A/AC.999/L.1',
  'Draft articles on crimes against humanity',
  'Article 2',
  'General obligation',
  'Each State undertakes to prevent and punish crimes against humanity.',
  'Article 6',
  'Criminalization',
  '1. Each State shall take the necessary measures to ensure',
  'that crimes against humanity are offences under its criminal law.',
  '2. Each State shall ensure that the following acts are offences:',
  '(a) committing a crime against humanity;',
  '(b) ordering such a crime; option B: soliciting it.',
  '3. Each State shall take measures to establish liability.',
];

/** The room as a delegate sees it: its bar, the document, the note box. */
class RoomPage {
  constructor(readonly page: Page) {}
  get bar() {
    return this.page.getByRole('banner');
  }
  get goTo() {
    return this.page.getByRole('textbox', { name: 'Go to article' });
  }
  get search() {
    return this.page.getByRole('searchbox', { name: 'Search the pack and the library' });
  }
  get results() {
    return this.page.getByRole('region', { name: 'Search results' });
  }
  get note() {
    return this.page.getByRole('textbox', { name: 'Note: a State first, then what it said' });
  }
  get notesTaken() {
    return this.page.getByRole('list', { name: 'Notes taken in the room' });
  }
  /** The element the last jump marked, as its words. */
  async jumpedTo(): Promise<string | null> {
    return this.page.locator('[data-jumped]').textContent();
  }
}

describe('in-the-room mode', () => {
  it('reads a pack in large type, goes to 6(2), searches, and turns "Mexico backs option B" into a position', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    const file = path.join(session.inbox, 'draft.pdf');
    fs.writeFileSync(file, await makeTextPdf([draftLines], { title: 'Draft articles on crimes against humanity' }));
    await app.importFiles([file]);
    await app.waitForImportEnd();
    await app.documents.waitFor();
    const call = (operation: string, args: unknown) => callAsPage(app.page, session.host.token, operation, args);
    const [draft] = (await call('library.listDocuments', {})) as { id: number }[];
    await call('library.updateDocument', { id: draft.id, patch: { kind: 'draft' } });
    const meeting = 'Sixth Committee, informal consultations';
    const pack = (await call('packs.create', {
      title: 'Crimes against humanity: articles 2 and 6',
      session: { name: meeting, startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: draft.id },
      templateId: 'informal',
      articles: ['2', '6'],
    })) as Pack;

    // Opened in the room from its address: the whole window, the pack as one document.
    const url = new URL(session.host.appUrl);
    url.search = `?room=${pack.id}`;
    await app.page.goto(url.toString());
    const room = new RoomPage(app.page);
    await room.bar.getByRole('heading', { level: 1, name: 'Crimes against humanity: articles 2 and 6' }).waitFor();
    await room.bar.getByText('Reading Art. 2').waitFor();
    await app.page.getByRole('heading', { level: 2, name: 'Art. 6: draft text' }).waitFor();
    expect(await app.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await room.bar.textContent()).toContain(meeting);
    const readingSize = await app.page.locator('.room-document').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(readingSize).toBeGreaterThanOrEqual(20);
    expect(await accessibilityViolations(app.page)).toEqual([]);
    // An article without numbered paragraphs: its heading lines lead in bold, its text reads as body, one paragraph.
    const body = app.page.getByText('Each State undertakes to prevent and punish crimes against humanity.', { exact: true });
    expect(await body.evaluate((element) => Number(getComputedStyle(element).fontWeight))).toBeLessThan(600);
    expect(await app.page.locator('.room-draft-lead').first().evaluate((element) => Number(getComputedStyle(element).fontWeight))).toBeGreaterThanOrEqual(600);

    // The go-to box: Ctrl+G, then a paragraph of article 6; an article the pack lacks is named with the nearest.
    await app.page.keyboard.press('Control+G');
    await expect.poll(() => room.goTo.evaluate((element) => element === document.activeElement)).toBe(true);
    await room.goTo.fill('7(1)(k)');
    await app.page.keyboard.press('Enter');
    const missing = app.page.getByRole('alert').filter({ hasText: 'This pack has no article 7(1)(k). Nearest: Art. 6, Art. 2.' });
    await missing.waitFor();
    // Escape in the box clears it and its message, a second one gives the focus back to the document: the room stays.
    await app.page.keyboard.press('Escape');
    await missing.waitFor({ state: 'detached' });
    expect(await room.goTo.inputValue()).toBe('');
    await room.goTo.pressSequentially('6(');
    await app.page.keyboard.press('Escape');
    expect(await room.goTo.inputValue()).toBe('');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByRole('main').evaluate((element) => element === document.activeElement)).toBe(true);
    await room.bar.getByText('Reading Art. 2').waitFor();
    // The same in quick search: words cleared, then back to the document, never out of the room.
    await app.page.keyboard.press('Control+F');
    await expect.poll(() => room.search.evaluate((element) => element === document.activeElement)).toBe(true);
    await room.search.pressSequentially('crimes');
    await app.page.keyboard.press('Escape');
    expect(await room.search.inputValue()).toBe('');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByRole('main').evaluate((element) => element === document.activeElement)).toBe(true);
    await room.bar.getByText('Reading Art. 2').waitFor();
    await app.page.keyboard.press('Control+G');
    await expect.poll(() => room.goTo.evaluate((element) => element === document.activeElement)).toBe(true);
    await room.goTo.fill('6(2)');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => room.jumpedTo()).toMatch(/^2\. Each State shall ensure/);
    await room.bar.getByText('Reading Art. 6').waitFor();

    // Quick search: the pack first, then the library; a pack result goes to its place.
    await app.page.keyboard.press('Control+F');
    await expect.poll(() => room.search.evaluate((element) => element === document.activeElement)).toBe(true);
    await room.search.fill('soliciting');
    const inPack = room.results.getByRole('button', { name: /Art\. 6\(2\)\(b\)/ });
    await inPack.waitFor();
    await room.results.getByRole('button', { name: /art\. 6\(2\)\(b\), p\. 1/ }).waitFor();
    await room.results.getByRole('button', { name: /Art\. 2/ }).waitFor({ state: 'detached' });
    expect(await accessibilityViolations(app.page)).toEqual([]);
    // Kept as the run's artifact, as the accessibility test keeps every screen's.
    await app.page.screenshot({ path: path.join(projectRoot, 'test-results', 'screens', 'pack-room-search.png') });
    await inPack.click();
    await expect.poll(() => room.jumpedTo()).toMatch(/^\(b\) ordering such a crime/);
    await room.results.waitFor({ state: 'detached' });

    // N opens the note box; the note is saved as Mexico's position on the paragraph gone to, with the time.
    await app.page.keyboard.press('n');
    await room.note.waitFor();
    await expect.poll(() => room.note.evaluate((element) => element === document.activeElement)).toBe(true);
    await room.note.fill('Mexico backs option B');
    await app.page.keyboard.press('Enter');
    const reading = room.notesTaken.getByText(/^Mexico · Supports · Art\. 6\(2\)\(b\) · \d{2}:\d{2}/);
    await reading.waitFor();
    expect(await room.note.inputValue()).toBe('');
    const positions = (await call('positions.list', {})) as Position[];
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      speaker: { kind: 'state', code: 'MEX' },
      revisionDocumentId: draft.id,
      targetLabel: 'Art. 6(2)(b)',
      stance: 'supports',
      summary: 'Backs option B',
      quote: 'Mexico backs option B',
      source: { meeting, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    // The pack reads it at once, among other States' positions on the article.
    const positionsOn6 = app.page.getByRole('region', { name: "Art. 6: other States' positions" });
    await positionsOn6.getByText('Mexico', { exact: true }).waitFor();
    await positionsOn6.getByText(': Backs option B').waitFor();


    // Without a State, the note is kept in the pack, and the room says so.
    await room.note.fill('Chair wants text by noon');
    await app.page.keyboard.press('Enter');
    await room.notesTaken.getByText(/^No State recognised: kept as a note in “Art\. 6: draft text” · \d{2}:\d{2}/).waitFor();
    const kept = (await call('packs.get', { id: pack.id })) as Pack;
    expect(kept.sections.flatMap((section) => section.items.map((item) => item.quote))).toEqual(['Chair wants text by noon']);
    expect(await accessibilityViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: path.join(projectRoot, 'test-results', 'screens', 'pack-room-notes.png') });

    // Undo takes the position back.
    await room.notesTaken.getByRole('listitem').filter({ hasText: 'Mexico' }).getByRole('button', { name: 'Undo' }).click();
    await room.notesTaken.getByText('Undone: Mexico backs option B').waitFor();
    expect(await call('positions.list', {})).toEqual([]);

    // Scrolled back to the top, the room reads article 2 again.
    await app.page.getByRole('main').evaluate((element) => element.scrollTo(0, 0));
    await room.bar.getByText('Reading Art. 2').waitFor();

    // Escape closes the note box, then leaves the room for the screen beneath.
    await app.page.keyboard.press('Escape');
    await room.note.waitFor({ state: 'detached' });
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(new URL(app.page.url()).search).toBe('');

    // From the Packs screen: "In the room" on the open pack, and Escape comes back to that pack.
    await app.page.keyboard.press('Control+5');
    await app.page.getByRole('grid', { name: 'Packs' }).getByRole('button', { name: 'Open Crimes against humanity: articles 2 and 6' }).click();
    await app.page.getByRole('button', { name: 'In the room' }).click();
    await room.bar.getByText('Reading Art. 2').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('navigation', { name: 'Outline' }).getByRole('grid', { name: 'Sections' }).waitFor();
  });
});
