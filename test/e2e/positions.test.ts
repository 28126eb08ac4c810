import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';

const session = useAppSession();

async function openPositions(page: Page): Promise<void> {
  if (page.url() !== session.host.appUrl) await page.goto(session.host.appUrl);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.keyboard.press('Control+3');
  await page.getByRole('heading', { level: 1, name: 'Positions' }).waitFor();
  await page.getByRole('tab', { name: 'States and groups' }).click();
}

const groupChoices = (page: Page) => page.getByRole('listbox', { name: 'Negotiating groups' }).getByRole('option');
const summary = (page: Page) => page.getByText(/members?;|No members;/);

describe('States and negotiating groups', () => {
  it('offer presets, and a new group is named, filled by regional group and by name, kept, and deleted', async () => {
    const page = await session.context.newPage();
    await openPositions(page);
    await expect.poll(() => groupChoices(page).allTextContents()).toEqual([
      'African Group54 States',
      'Arab Group22 States',
      'European Union27 States',
      'Group of 77 and China134 States',
      'Nordic countries5 States',
    ]);

    await page.getByRole('button', { name: 'New group' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Group name' }).inputValue()).toBe('New group');
    await page.getByRole('textbox', { name: 'Group name' }).fill('Core Group on CAH');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /^Core Group on CAH/ }).waitFor();

    // A whole regional group at once, then one more State found by name.
    await page.getByRole('button', { name: /Regional group/ }).click();
    await page.getByRole('option', { name: 'Latin American and Caribbean States' }).click();
    await page.getByRole('button', { name: 'Add all shown' }).click();
    await expect.poll(() => summary(page).textContent()).toBe('33 members; 33 States shown');
    await page.getByRole('button', { name: /Regional group/ }).click();
    await page.getByRole('option', { name: 'All regional groups' }).click();
    await page.getByRole('searchbox', { name: 'Filter States by name or code' }).fill('gambia');
    // As a person does: a click on the State's name (the native checkbox is visually hidden).
    await page.getByText('Republic of The Gambia', { exact: true }).click();
    await expect.poll(() => summary(page).textContent()).toBe('34 members; 1 State shown');

    // Saved at each change: still there after a reload.
    await page.reload();
    await openPositions(page);
    await page.getByRole('option', { name: /^Core Group on CAH/ }).click();
    await expect.poll(() => summary(page).textContent()).toBe('34 members; 195 States shown');
    expect(await page.getByRole('checkbox', { name: /Brazil/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /France/ }).isChecked()).toBe(false);

    // A taken name is refused with a message, and the group keeps its name.
    await page.getByRole('textbox', { name: 'Group name' }).fill('european union');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'There is already a group called "european union"' }).waitFor();

    await page.getByRole('button', { name: 'Delete group' }).click();
    await page.getByRole('dialog', { name: 'Delete “Core Group on CAH”?' }).getByRole('button', { name: 'Delete group' }).click();
    await expect.poll(() => groupChoices(page).count()).toBe(5);
  });
});
