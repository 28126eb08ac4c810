import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { watchCsp } from './cspWatch';
import { seededRandom } from '../../fixtures/seededRandom';

const candidates = [
  process.env.BRIEFING_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((candidate): candidate is string => Boolean(candidate));

/** Debian's Chromium, driven by playwright-core: no browser is ever downloaded. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = candidates.find((candidate) => fs.existsSync(candidate));
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian: apt-get install -y ' +
        'chromium) or set BRIEFING_CHROMIUM to its path.',
    );
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every context of every e2e test reports CSP violations (see cspWatch.ts and e2eSetup.ts).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
  const apiDelayMs = Number(process.env.BRIEFING_E2E_API_DELAY_MS ?? 0);
  if (apiDelayMs > 0) delayApiCalls(browser, apiDelayMs);
  return browser;
}

/**
 * BRIEFING_E2E_API_DELAY_MS=N holds each call of the app to its API back by up to N ms (seeded
 * per context, so a test's run can be repeated) in every context of this browser: the timing
 * of a busy machine, on demand. A step that acts before the screen shows the outcome of the
 * last one fails here first, as "Undo" clicked while the change before it was still being
 * saved did.
 */
function delayApiCalls(browser: Browser, maxDelayMs: number): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    const random = seededRandom(9);
    // Calls keep their order, as on a slow machine: late, not shuffled.
    let lastRelease = 0;
    await context.route('**/api/**', async (route) => {
      lastRelease = Math.max(lastRelease, Date.now() + random() * maxDelayMs);
      const releaseAt = lastRelease;
      await new Promise((resolve) => setTimeout(resolve, releaseAt - Date.now()));
      // The page may have reloaded or closed meanwhile, and the call with it: nobody waits for it.
      await route.continue().catch(() => undefined);
    });
    return context;
  };
}
