import type { Locator, Page } from 'playwright-core';

/** What a benchmark times inside the page: `click` is set by openLibraryAfresh. */
export type BenchMarks = Record<string, number>;

/**
 * A fresh load of the app (not a hash change) at the Library, with `window.benchMarks` ready
 * and the time of the next double click recorded in it as `click`, in the page's own clock so
 * that Playwright's round trips are not counted. Returns the first document's row: a double
 * click on it opens the document.
 */
export async function openLibraryAfresh(page: Page, appUrl: string): Promise<Locator> {
  await page.goto('about:blank');
  await page.goto(appUrl);
  const row = page.getByRole('grid', { name: 'Documents' }).getByRole('rowheader').first();
  await row.waitFor();
  await page.evaluate(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
    document.addEventListener('dblclick', () => (marks.click ??= performance.now()), { capture: true, once: true });
  });
  return row;
}
