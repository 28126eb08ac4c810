import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { openLibrary } from '../../electron/core/library/library';
import { BriefingPage } from './pages/BriefingPage';
import { launchChromium } from './support/browser';
import { takeCspViolations } from './support/cspWatch';
import { freshDataDir, startBuiltHost, type RunningHost } from './support/hostProcess';

let browser: Browser;
let context: BrowserContext;
let host: RunningHost | undefined;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext(); // a fresh profile per test
  pageErrors = [];
});
afterEach(async () => {
  await context.close();
  await host?.stop();
  host = undefined;
});

async function openApp(url: string): Promise<BriefingPage> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const app = new BriefingPage(page);
  await app.open(url);
  return app;
}

describe('Briefing in the browser over the loopback host', () => {
  it('opens on an empty library read from the real database', async () => {
    host = await startBuiltHost(freshDataDir());
    const app = await openApp(host.appUrl);

    await app.emptyLibrary.waitFor();
    expect(await app.heading.textContent()).toBe('Library');
    await expect.poll(() => app.status.textContent()).toContain(host.dataDir);
    // The user's words, not the schema's: "No documents · library in …".
    expect(await app.status.textContent()).toMatch(/^No documents · library in /);
    expect(await app.status.textContent()).not.toMatch(/schema/);
    expect(await app.alert.count()).toBe(0);
    // The token has left the address bar but the tab keeps working after a reload.
    expect(app.page.url()).not.toContain('token');
    await app.page.reload();
    await app.emptyLibrary.waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('lists the documents the library holds', async () => {
    const dataDir = freshDataDir();
    const library = openLibrary(dataDir);
    insertDocument(library.db, {
      kind: 'instrument',
      title: 'Rome Statute of the International Criminal Court',
      symbol: 'A/CONF.183/9',
      documentDate: '1998-07-17',
      language: 'en',
      pageCount: 80,
    });
    library.close();
    host = await startBuiltHost(dataDir);
    const app = await openApp(host.appUrl);

    await app.documents.waitFor();
    const row = app.documents.getByRole('row', { name: /Rome Statute/ });
    expect(await row.textContent()).toContain('A/CONF.183/9');
    expect(await row.textContent()).toContain('Instrument');
    expect(await app.emptyLibrary.count()).toBe(0);
    await expect.poll(() => app.status.textContent()).toContain('1 document');
  });

  it('says clearly when it cannot reach the library, and shows no empty library', async () => {
    host = await startBuiltHost(freshDataDir());
    const app = await openApp(`${host.origin}/#token=wrong-token`);

    await app.alert.first().waitFor();
    expect(await app.alert.first().textContent()).toMatch(/could not be loaded.*access token/s);
    expect(await app.emptyLibrary.count()).toBe(0);
    await expect.poll(() => app.status.textContent()).toBe('The library is unavailable');
  });

  it('refuses an API call without the token, from the page itself', async () => {
    host = await startBuiltHost(freshDataDir());
    const app = await openApp(host.appUrl);
    await app.emptyLibrary.waitFor();
    const status = await app.page.evaluate(async () => {
      const response = await fetch('/api/library.getStatus', { method: 'POST', body: '{}' });
      return response.status;
    });
    expect(status).toBe(401);
  });

  it('navigates to each screen, and an empty one says what it will hold', async () => {
    host = await startBuiltHost(freshDataDir());
    const app = await openApp(host.appUrl);
    await app.emptyLibrary.waitFor();
    await app.goTo('Reader');
    await app.page.getByRole('heading', { level: 1, name: 'Reader', exact: true }).waitFor();
    // With no document open the Reader leads back to the library, never "Not built yet".
    await app.page.getByRole('button', { name: 'Go to the library' }).waitFor();
    expect(await app.page.getByText('Not built yet').count()).toBe(0);
    await app.goTo('Packs');
    // The click only asks for the screen: wait until it is the one shown.
    await app.page.getByRole('heading', { level: 1, name: 'Packs', exact: true }).waitFor();
    await app.page.getByText('No pack yet', { exact: true }).waitFor();
    expect(await app.page.getByText(/^Build the briefing pack/).textContent()).toMatch(/.{80,}/);
    // Positions records positions already, and says where they go.
    await app.goTo('Positions');
    await app.page.getByRole('heading', { level: 1, name: 'Positions', exact: true }).waitFor();
    expect(await app.page.getByText(/^Positions feed the briefing packs/).textContent()).toMatch(/.{60,}/);
    await app.page.getByText(/No position recorded yet/).waitFor();
    await app.goTo('Search');
    await app.page.getByRole('combobox', { name: 'Search the library' }).waitFor();
    await app.goTo('Library');
    await app.emptyLibrary.waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('runs under a CSP that blocks inline script', async () => {
    host = await startBuiltHost(freshDataDir());
    const app = await openApp(host.appUrl);
    await app.emptyLibrary.waitFor();
    const inlineRan = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.appendChild(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
    });
    expect(inlineRan).toBe(false);
    // The refusal reaches the test process, so the watch that fails every e2e test on a
    // violation (support/e2eSetup.ts) is known to work; taken here, it does not fail this one.
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...takeCspViolations());
        return seen.some((violation) => violation.startsWith('script-src'));
      })
      .toBe(true);
  });
});
