import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
  return chromium.launch({
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
}
