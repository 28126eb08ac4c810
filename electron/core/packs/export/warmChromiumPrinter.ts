/**
 * Printing through a Chromium kept running between prints, for the long-lived browser-mode host:
 * a cold start costs about 2 s of every print on a laptop (a one-line page: 1.96–2.29 s, idle,
 * Chromium 156), more than half the 3 s a pack's PDF may take. Driven by playwright-core
 * (maintained by Microsoft; page.pdf is Chromium's Page.printToPDF over the DevTools protocol,
 * https://playwright.dev/docs/api/class-page#page-pdf) against the system's Chromium; never a
 * downloaded browser. Each print gets a fresh context with JavaScript off and every request
 * refused, so a pack loads nothing and runs nothing. The browser closes after two idle minutes
 * and with the engine. The command line, which prints once and ends, keeps chromiumPrinter.ts.
 */
import type { Browser } from 'playwright-core';
import { AppError } from '../../../common/errors';
import { findChromium, noChromiumMessage, quietChromiumFlags } from './chromiumPrinter';
import type { PackPrinter } from './packPrinter';

const idleCloseMs = 120_000;

/** A printer over a warm Chromium at `executable` (see findChromium). Errors as chromiumPrinter's; an AbortError when cancelled. */
export function warmChromiumPrinter(executable: string | null = findChromium()): PackPrinter & { close(): Promise<void> } {
  let browser: Promise<Browser> | undefined;
  let idle: NodeJS.Timeout | undefined;
  const close = async () => {
    clearTimeout(idle);
    const open = browser;
    browser = undefined;
    await (await open?.catch(() => undefined))?.close().catch(() => undefined);
  };
  const launched = () => {
    // Loaded at the first print, not at start-up: playwright-core cost the host about 0.5 s of
    // its 3 s start (CPU profile by the crash harness), for a pack export few sessions make.
    browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: executable!, args: quietChromiumFlags, headless: true }))
      .catch((error: unknown) => {
        browser = undefined;
        throw new AppError('unsupported', `${noChromiumMessage} (Chromium could not be started: ${(error as Error).message.split('\n')[0]})`);
      });
    return browser;
  };
  return {
    close,
    async print(html, signal) {
      if (!executable) throw new AppError('unsupported', noChromiumMessage);
      signal.throwIfAborted();
      clearTimeout(idle);
      const cancelled = () => (signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError'));
      const context = await (await launched()).newContext({ javaScriptEnabled: false, offline: true });
      // Closing the context stops a print under way (page.pdf rejects).
      const onAbort = () => void context.close();
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        signal.throwIfAborted();
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        signal.throwIfAborted();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
        signal.throwIfAborted();
        return new Uint8Array(pdf);
      } catch (error) {
        if (signal.aborted) throw cancelled();
        throw error instanceof AppError ? error : new AppError('internal', `Chromium could not print the pack (${(error as Error).message.split('\n')[0]}). Try again, or export to Word.`);
      } finally {
        signal.removeEventListener('abort', onAbort);
        await context.close().catch(() => undefined);
        idle = setTimeout(() => void close(), idleCloseMs);
        idle.unref();
      }
    },
  };
}
