import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/core/packs/export/chromiumPrinter';
import { warmChromiumPrinter } from '../../electron/core/packs/export/warmChromiumPrinter';
import { normalised, pdfPageTexts } from './helpers/exportedText';

const chromium = findChromium();
if (!chromium) console.warn('warmPrinter.test: no Chromium on this machine (set BRIEFING_CHROMIUM): SKIPPED');
const printer = warmChromiumPrinter(chromium);
afterAll(() => printer.close());

/** A page of words, with a script that would add "SCRIPT RAN" if scripts ran. */
const page = (words: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${words}</p><script>document.body.append('SCRIPT RAN')</script></body></html>`;

describe.skipIf(!chromium)('printing a pack through a Chromium kept warm (browser mode)', () => {
  it('prints page after page from one browser, runs no script, and stops when cancelled', { timeout: 60_000 }, async () => {
    for (const words of ['Draft article 6, paragraph 2', '各国承诺防止危害人类罪']) {
      const [text] = await pdfPageTexts(await printer.print(page(words), new AbortController().signal));
      expect(text).toContain(normalised(words));
      expect(text).not.toContain('SCRIPTRAN');
    }
    const cancel = new AbortController();
    const printing = printer.print(page('Cancelled'), cancel.signal);
    cancel.abort();
    await expect(printing).rejects.toMatchObject({ name: 'AbortError' });
    // The browser is still there for the next print.
    expect((await pdfPageTexts(await printer.print(page('After the cancel'), new AbortController().signal)))[0]).toContain(normalised('After the cancel'));
  });
});
