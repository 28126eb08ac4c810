import { describe, expect, it } from 'vitest';
import { seedDraftWithPositions } from '../fixtures/positionCardLibrary';
import { PositionCardDialog } from './pages/PositionCardDialog';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';

const session = useAppSession({ seed: (library) => void seedDraftWithPositions(library) });

describe('our position card, from the matrix', () => {
  it('is written with the keyboard: lists, a link to a page of a library source (followed with Ctrl+click), undo in the field only; and passes axe', async () => {
    const page = await session.context.newPage();
    const card = new PositionCardDialog(page, 'Art. 7');
    await card.open(session.host.appUrl);
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect.poll(() => card.dialog.getByRole('toolbar', { name: 'Formatting: Red lines' }).getByRole('button').count()).toBe(5);

    // Fallbacks start as a numbered list: Enter makes the next one.
    await card.field('Fallbacks (in order of preference)').click();
    await page.keyboard.type('Keep "shall"');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Accept "should" with a review clause');
    await expect.poll(() => card.saveStatus('Fallbacks (in order of preference)').textContent()).toBe('Saved');
    await expect.poll(() => card.field('Fallbacks (in order of preference)').locator('ol > li').allTextContents()).toEqual(['Keep "shall"', 'Accept "should" with a review clause']);

    // A link to the draft's first page, made with Ctrl+K.
    await card.field('Background').click();
    await page.keyboard.type('As drafted in ');
    await page.keyboard.press('Control+K');
    const linkDialog = page.getByRole('dialog', { name: 'Link' });
    // As a person does: a click on the choice's words (the native radio is visually hidden).
    await linkDialog.getByText('A source in the library', { exact: true }).click();
    await linkDialog.getByRole('button', { name: /Document/ }).click();
    await page.getByRole('option', { name: 'Draft articles on crimes against humanity' }).click();
    await linkDialog.getByRole('button', { name: 'Add link' }).click();
    await linkDialog.waitFor({ state: 'hidden' });
    const link = card.field('Background').getByRole('link', { name: 'Draft articles on crimes against humanity, p. 1' });
    await expect.poll(() => link.getAttribute('href')).toMatch(/^briefing:\/\/document\/\d+\?page=1$/u);
    await expect.poll(() => card.saveStatus('Background').textContent()).toBe('Saved');

    // Ctrl+Z undoes the typing in the field (the editor's history), not an annotation; Ctrl+Shift+Z redoes it.
    await card.field('Red lines').click();
    await page.keyboard.type('No reservations');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => card.field('Red lines').textContent()).toBe('');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => card.field('Red lines').textContent()).toBe('No reservations');
    await expect.poll(() => card.saveStatus('Red lines').textContent()).toBe('Saved');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Positions');

    // Read again from the host: what was saved is what is shown.
    await card.close();
    await card.openButton().click();
    await expect.poll(() => card.field('Red lines').textContent()).toBe('No reservations');
    await expect.poll(() => card.field('Background').getByRole('link').count()).toBe(1);

    // Ctrl+click follows a source's link, as in Word: the reader opens the draft.
    await card.field('Background').getByRole('link').click({ modifiers: ['Control'] });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Draft articles on crimes against humanity');
  });
});
