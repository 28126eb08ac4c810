import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { callAsPage } from './support/pageApi';

const session = useAppSession();

async function openApp(page: Page): Promise<void> {
  await page.goto(session.host.appUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.app-main')!).backgroundColor);

describe('settings', () => {
  it('switch the whole interface to French, kept in the library across a reload', async () => {
    const page = await session.context.newPage();
    await openApp(page);
    await page.keyboard.press('Control+,');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Français' }).click();

    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const navigation = page.getByRole('navigation', { name: 'Principal' });
    expect(await navigation.getByRole('button').allTextContents()).toEqual(['Bibliothèque', 'Lecteur', 'Recherche', 'Positions', 'Révisions', 'Dossiers', 'Paramètres']);
    await expect.poll(() => page.getByRole('status', { name: 'État de la bibliothèque' }).textContent()).toMatch(/^Aucun document · bibliothèque dans /);

    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Positions' }).waitFor();
    await page.getByRole('tab', { name: 'États et groupes' }).waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await page.getByRole('button', { name: 'Nouveau dossier…' }).first().waitFor();
  });

  it('follow the system language until one is chosen', async () => {
    const context = await session.context.browser()!.newContext({ locale: 'es-ES' });
    try {
      const page = await context.newPage();
      await openApp(page);
      await page.getByRole('navigation', { name: 'Principal' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      expect(await page.getByRole('navigation', { name: 'Principal' }).getByRole('button').first().textContent()).toBe('Biblioteca');
    } finally {
      await context.close();
    }
  });

  it('switch between light and dark themes from Settings and the command palette; the system decides when asked', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    const lightBackground = await background(page);

    await page.keyboard.press('Control+,');
    // As a person does: a click on the choice's label (the native radio is visually hidden).
    await page.getByText('Dark', { exact: true }).click();
    await expect.poll(() => theme(page)).toBe('dark');
    expect(await background(page)).not.toBe(lightBackground);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => theme(page)).toBe('dark');
    await page.keyboard.press('Control+1');

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('searchbox', { name: 'Command palette' }).fill('light theme');
    await page.keyboard.press('Enter');
    await expect.poll(() => theme(page)).toBe('light');
    expect(await background(page)).toBe(lightBackground);

    await page.keyboard.press('Control+,');
    await page.getByText('Same as the system', { exact: true }).click();
    await expect.poll(() => theme(page)).toBe('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page)).not.toBe(lightBackground);
  });

  it('rename a colour meaning, kept across a reload', async () => {
    const page = await session.context.newPage();
    await openApp(page);
    await page.keyboard.press('Control+,');
    const meaning = page.getByRole('textbox', { name: 'Meaning of the colour now called Oppose' });
    await meaning.fill('Red line');
    await meaning.press('Tab');
    await page.getByRole('textbox', { name: 'Meaning of the colour now called Red line' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Control+,');
    await page.getByRole('textbox', { name: 'Meaning of the colour now called Red line' }).waitFor();
  });

  it('choose our delegation\'s State, kept in the library across a reload', async () => {
    const page = await session.context.newPage();
    await openApp(page);
    await page.keyboard.press('Control+,');
    await page.getByRole('button', { name: /The State we speak for/ }).click();
    await page.getByRole('option', { name: 'France', exact: true }).click();
    const chosen = page.getByRole('button', { name: /The State we speak for/ });
    await expect.poll(() => chosen.textContent()).toContain('France');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Control+,');
    await expect.poll(() => chosen.textContent()).toContain('France');
    expect(await callAsPage(page, session.host.token, 'settings.get', {})).toMatchObject({ delegationStateCode: 'FRA' });
  });

  it('list every command with its shortcut in Help → Keyboard shortcuts, and run one from the palette', async () => {
    const page = await session.context.newPage();
    await openApp(page);
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /Command palette… Ctrl\+Shift\+P/ }).count()).toBe(1);
    expect(await dialog.getByRole('row', { name: /Search the library Ctrl\+K/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('searchbox', { name: 'Command palette' }).fill('packs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Packs' }).waitFor();
  });
});
