/**
 * Time from Enter in the Go to article box to the passage drawn, scrolled into view and
 * highlighted, in the Rome Statute as a PDF.
 *
 *   npm run bench:goto              (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: the Rome Statute (the corpus's structured JSON: 13 parts, 128 articles) is printed to
 * PDF by Chromium as the corpus test does (A4, a running header, page numbers) and imported
 * by the CLI into a fresh library; the built host serves the app to Debian's Chromium
 * (headless, 1280×900). Each round loads the app afresh and opens the document at page 1, so
 * no page of a passage has been drawn yet; then for each citation in turn, Ctrl+G, the
 * citation, and Enter, timed inside the page from the Enter keydown to the first highlight
 * box of that passage in the DOM (its page drawn, its words found in the text layer, the view
 * scrolled). A second Enter on the same citation, its page now drawn, is timed too ("warm").
 * Six rounds; the first is a warm-up. Last line: JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../e2e/support/browser';
import { startBuiltHost } from '../e2e/support/hostProcess';
import { median, projectRoot } from './benchSupport';
import { statutePdf } from './romeStatutePdf';

/** Citations to go to, each with the label its highlight carries. */
const citations: [string, string][] = [
  ['128', 'Art. 128'],
  ['7(1)(h)', 'Art. 7(1)(h)'],
  ['article 70, paragraph 4 (a)', 'Art. 70(4)(a)'],
  ['DA 103', 'Art. 103'],
];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-goto-bench-'));
  const file = path.join(dataDir, 'rome-statute.pdf');
  await statutePdf(file);
  const imported = spawnSync(process.execPath, [path.join(projectRoot, 'out/main/cli.js'), 'import', file, '--data-dir', dataDir, '--json']);
  if (imported.status !== 0) throw new Error(`Import failed: ${imported.stdout}${imported.stderr}`);
  const host = await startBuiltHost(dataDir);
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  let pageCount = 0;
  const cold = new Map<string, number[]>(citations.map(([citation]) => [citation, []]));
  const warm: number[] = [];
  /** Ctrl+G, the citation, Enter: milliseconds from the Enter keydown to the passage highlighted. */
  const goTo = async (citation: string, label: string): Promise<number> => {
    await page.keyboard.press('Control+G');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(citation);
    await page.evaluate((wanted) => {
      const marks: Record<string, number> = {};
      (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
      // A highlight of the same passage may be there from the last Enter: wait for a new one.
      document.querySelector('.passage-flash')?.setAttribute('data-bench-seen', '');
      document.addEventListener('keydown', (event) => event.key === 'Enter' && (marks.enter ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (document.querySelector(`.passage-flash[data-passage="${wanted}"]:not([data-bench-seen]) .passage-flash-line`)) {
          marks.highlighted ??= performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    }, label);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks.highlighted !== undefined, undefined, { timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks);
    return marks.highlighted - marks.enter;
  };
  for (let round = 0; round < 6; round += 1) {
    await page.goto('about:blank'); // a fresh load of the app: no page drawn yet
    await page.goto(host.appUrl);
    await page.getByRole('grid', { name: 'Documents' }).getByRole('rowheader').first().dblclick();
    await page.locator('.pdf-page[data-page-index="0"] .textLayer[data-rendered="true"]').waitFor({ timeout: 60_000 });
    pageCount = await page.locator('.pdf-page').count();
    for (const [citation, label] of citations) {
      const first = await goTo(citation, label);
      const again = await goTo(citation, label);
      if (round > 0) {
        cold.get(citation)!.push(first);
        warm.push(again);
      }
      console.log(`round ${round}${round === 0 ? ' (warm-up)' : ''}: ${citation} in ${first.toFixed(0)} ms, again in ${again.toFixed(0)} ms`);
    }
  }
  await browser.close();
  await host.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const medians = Object.fromEntries([...cold].map(([citation, values]) => [citation, Math.round(median(values))]));
  console.log(
    JSON.stringify({ pages: pageCount, coldMedianMs: medians, coldOverallMedianMs: Math.round(median([...cold.values()].flat())), warmMedianMs: Math.round(median(warm)) }),
  );
}

void main().then(() => process.exit(0));
