import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { watchCsp } from './cspWatch';

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
  return browser;
}
