import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/core/library/library';
import { seedDraftWithPositions } from '../fixtures/positionCardLibrary';
import { PositionCardDialog } from './pages/PositionCardDialog';
import { launchChromium } from './support/browser';
import { freshDataDir, startBuiltHost, type RunningHost } from './support/hostProcess';

let host: RunningHost | undefined;
let closeBrowser: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeBrowser?.();
  await host?.stop();
  host = undefined;
});

/**
 * Types `words` at the end of a card field, as a person does, then waits for the field to say the host has them.
 * `bold` presses Ctrl+B once the caret is at the end: a click or caret move clears a pending mark in
 * ProseMirror, so pressing it earlier would depend on where the click landed.
 */
async function typeAndWaitSaved(card: PositionCardDialog, heading: string, words: string, bold = false): Promise<void> {
  await card.field(heading).click();
  await card.page.keyboard.press('Control+End');
  if (bold) await card.page.keyboard.press('Control+B');
  await card.page.keyboard.type(words);
  await expect.poll(() => card.field(heading).textContent()).toContain(words);
  await expect.poll(() => card.saveStatus(heading).textContent()).toBe('Saved');
}

describe('a position card typed into', () => {
  it('keeps every keystroke the screen said was saved when the host is killed (SIGKILL) and started again', async () => {
    const dataDir = freshDataDir();
    const library = openLibrary(dataDir);
    seedDraftWithPositions(library);
    library.close();
    host = await startBuiltHost(dataDir);
    const browser = await launchChromium();
    closeBrowser = () => browser.close();
    const context = await browser.newContext();
    const page: Page = await context.newPage();

    const card = new PositionCardDialog(page, 'Art. 6');
    await card.open(host.appUrl);
    // A new card: empty headings, awaiting instructions, nothing to save yet.
    expect(await card.matrixRow().textContent()).not.toContain('Instructed');
    expect(await card.saveStatus('Our objective').textContent()).toBe('');

    const objective = ['Keep the threshold ', 'of "widespread or systematic" ', 'as in the Rome Statute; ', 'résister à toute dilution.'];
    for (const burst of objective) await typeAndWaitSaved(card, 'Our objective', burst);
    // Bold in the middle (Ctrl+B is the editor's, not the app's) and a second heading.
    await typeAndWaitSaved(card, 'Our objective', ' Non-negotiable.', true);
    // Seen bold before the kill, so a missing <strong> afterwards can only be a lost save.
    await expect.poll(() => card.field('Our objective').locator('strong').textContent()).toMatch(/^ Non-negotiable\./u);
    const redLines = ['No reservations to article 6; ', 'no deletion of paragraph 2.'];
    for (const burst of redLines) await typeAndWaitSaved(card, 'Red lines', burst);
    await card.statusChoice('Instructed').click();
    await expect.poll(() => card.statusSaveLine().textContent()).toBe('Saved');
    await expect.poll(() => card.matrixRow().textContent()).toContain('Instructed');

    // Typed but not waited for: it may or may not be there afterwards, but nothing before it may be lost.
    const acknowledged = objective.join('') + ' Non-negotiable.';
    const tail = ' Unsaved tail';
    await card.field('Our objective').click();
    await card.page.keyboard.press('Control+End');
    await card.page.keyboard.type(tail);
    await host.kill();

    host = await startBuiltHost(dataDir);
    await card.open(host.appUrl);
    const objectiveAfter = (await card.field('Our objective').textContent()) ?? '';
    expect(objectiveAfter.startsWith(acknowledged)).toBe(true);
    expect((acknowledged + tail).startsWith(objectiveAfter)).toBe(true);
    expect(await card.field('Red lines').textContent()).toBe(redLines.join(''));
    expect(await card.field('Our objective').locator('strong').textContent()).toMatch(/^ Non-negotiable\./u);
    expect(await card.statusChoice('Instructed').getAttribute('aria-checked')).toBe('true');
    await card.close();
    expect(await card.matrixRow().textContent()).toContain('Instructed');
  });
});
