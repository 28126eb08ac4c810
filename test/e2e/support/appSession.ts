import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openLibrary, type Library } from '../../../electron/core/library/library';
import { launchChromium } from './browser';
import { freshDataDir, startBuiltHost, type RunningHost } from './hostProcess';

export interface AppSession {
  /** The built host on a fresh, empty library. */
  host: RunningHost;
  /** A fresh browser context (its own storage and downloads). */
  context: BrowserContext;
  /** A folder for the files a test imports or downloads. */
  inbox: string;
}

/**
 * One Chromium for the test file; for each test a fresh library (seeded if asked) served by the built host, a
 * fresh browser context and an inbox folder, all removed afterwards. Read the fields inside
 * tests: they are new for each one.
 */
export function useAppSession(options: { seed?: (library: Library) => void } = {}): AppSession {
  let browser: Browser;
  const session = {} as AppSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const dataDir = freshDataDir();
    if (options.seed) {
      // Written before the host opens the library, as documents imported in an earlier session.
      const library = openLibrary(dataDir);
      options.seed(library);
      library.close();
    }
    session.host = await startBuiltHost(dataDir);
    session.context = await browser.newContext();
    session.inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
  });
  afterEach(async () => {
    await session.context.close();
    await session.host.stop();
    fs.rmSync(session.inbox, { recursive: true, force: true });
  });
  return session;
}
