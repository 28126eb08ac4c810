/**
 * The Library screen with a large library: filtering as you type and sorting, per keystroke
 * and per click, against a baseline measured in the same page.
 *
 *   npm run bench:library            (BRIEFING_CORPUS=… to point at another corpus,
 *                                     BENCH_ONLY=generated|corpus for one library)
 *
 * Method: two libraries written through the repositories (10,000 generated documents; 2,000
 * named after the shared corpus), each served by the built host to Debian's Chromium
 * (headless, 1280×800). Timed inside the page with performance.now(), from the character's
 * input event (or the click on a column header) to the first animation frame after the table
 * shows the expected rows: the grid's row count and its top row's title, computed here with the same
 * filterDocuments and sortDocuments over the same list. A keystroke that leaves the rows as
 * they were is typed but not timed; for each timed one, the first frame after it is noted too
 * (the table is rendered in the background, so the character shows before the rows follow).
 * Baseline: a keystroke that changes nothing (an arrow key in the filter field), to the next
 * frame, the floor of any keystroke's latency. Also shown: bringing back the whole list (Escape
 * in the field), and the machine's load average. Medians; last line JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DocumentKind, DocumentSummary } from '../../electron/common/model';
import { listDocuments } from '../../electron/core/db/repos/documentsRepo';
import { openLibrary, type Library } from '../../electron/core/library/library';
import { filterDocuments, noFilters, sortContextFor, sortDocuments, type LibrarySort, type SortColumn } from '../../renderer/src/features/library/libraryView';
import { launchChromium } from '../e2e/support/browser';
import { startBuiltHost } from '../e2e/support/hostProcess';
import { corpus, median } from './benchSupport';
import { writeCorpusLibrary, writeGeneratedLibrary } from './libraryFixtures';

/** What the user types, one character at a time (accents and case as people type them). */
const typed = ['crimes against', 'COTE', 'a/cn.4/l.95', 'rev.3', 'statement by mexico', 'protocol', 'genocide', 'sécurité'];
const sortColumns: [SortColumn, string][] = [
  ['title', 'Title'],
  ['symbol', 'Symbol'],
  ['kind', 'Kind'],
  ['date', 'Date'],
  ['language', 'Language'],
  ['pages', 'Pages'],
  ['imported', 'Imported'],
];
const kindLabels: Record<DocumentKind, string> = { draft: 'Draft', instrument: 'Instrument', statement: 'Statement' };
const languageNames = new Intl.DisplayNames(['en-US'], { type: 'language' });
const sortContext = sortContextFor('en-US', (kind) => kindLabels[kind], (code) => languageNames.of(code) ?? code);

/** Typed characters are timed from their input event (an accented one typed by Playwright has no keydown); Escape and arrows from the keydown. */
type StartEvent = 'keydown' | 'input' | 'click';

interface Expected {
  count: number;
  first: string | null;
}

declare global {
  interface Window {
    benchArm(until: { count?: number; first?: string | null; sortColumn?: string; sortDirection?: string } | null, start: StartEvent): void;
    benchResult: Promise<number>;
    /** The first frame after the start event: whether the page kept painting (the typed character shown) while the table caught up. */
    benchFirstFrame: Promise<number>;
  }
}

/**
 * Installed in the page once: arm() waits for the start event, then for the table to match,
 * then for the next frame; benchResult is the time between, in ms.
 */
function installTimer(page: Page): Promise<void> {
  return page.evaluate(`(() => {
    window.benchArm = (until, start) => {
      const grid = document.querySelector('[role="grid"]');
      // The top row shown: the document rows in the page are those in view, in any order.
      const firstTitle = () => {
        let top = null;
        for (const row of grid.querySelectorAll('[role="row"]')) {
          const cell = row.querySelector('[role="rowheader"]');
          if (!cell) continue;
          const y = row.parentElement.offsetTop;
          if (!top || y < top.y) top = { y, title: cell.textContent };
        }
        return top && top.title;
      };
      const matches = () => {
        if (!until) return true;
        if (until.count !== undefined && grid.getAttribute('aria-rowcount') !== String(until.count + 1)) return false;
        if (until.first !== undefined && until.first !== null && firstTitle() !== until.first) return false;
        if (until.sortColumn) {
          const header = Array.from(grid.querySelectorAll('[role="columnheader"]')).find((element) => element.textContent === until.sortColumn);
          if (!header || header.getAttribute('aria-sort') !== until.sortDirection) return false;
        }
        return true;
      };
      let firstFrame;
      window.benchFirstFrame = new Promise((resolve) => (firstFrame = resolve));
      window.benchResult = new Promise((resolve, reject) => {
        let started = 0;
        let done = false;
        // A table that never shows what was expected is a bug to see, not a benchmark to wait for.
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('the table did not show ' + JSON.stringify(until) + ' but ' + grid.getAttribute('aria-rowcount') + ' rows, first ' + firstTitle()));
        }, 20000);
        const finish = () => {
          if (done || !matches()) return;
          done = true;
          clearTimeout(timer);
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        };
        const observer = new MutationObserver(() => started && finish());
        document.addEventListener(start, () => {
          started = performance.now();
          requestAnimationFrame(() => firstFrame(performance.now() - started));
          observer.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true });
          // Nothing to wait for (the baseline), or an update already done within the event.
          if (!until) finish();
        }, { capture: true, once: true });
      });
    };
  })()`);
}

async function timed(page: Page, until: Parameters<Window['benchArm']>[0], start: StartEvent, act: () => Promise<void>, frames?: number[]): Promise<number> {
  await page.evaluate(([condition, event]) => window.benchArm(condition, event), [until, start] as const);
  await act();
  const ms = await page.evaluate(() => window.benchResult);
  frames?.push(await page.evaluate(() => window.benchFirstFrame));
  return ms;
}

function expectedRows(documents: DocumentSummary[], text: string): Expected {
  const rows = filterDocuments(documents, { ...noFilters, text });
  return { count: rows.length, first: rows[0]?.title ?? null };
}

/** Tenths of a millisecond. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

async function measureLibrary(name: string, write: (library: Library) => number | null) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-library-bench-'));
  const library = openLibrary(dataDir);
  const size = write(library);
  const documents = listDocuments(library.db, {});
  library.close();
  if (size === null) {
    console.log(`${name}: skipped (no corpus at ${corpus}; set BRIEFING_CORPUS)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    return null;
  }
  const loadBefore = os.loadavg()[0];
  const host = await startBuiltHost(dataDir);
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(host.appUrl);
  const field = page.getByRole('searchbox', { name: 'Filter by title or symbol' });
  await page.locator('[role="grid"] [role="rowheader"]').first().waitFor({ timeout: 60_000 });
  const loadMs = await page.evaluate(() => performance.now());
  await installTimer(page);
  await field.click();

  const filtering: number[] = [];
  const firstFrames: number[] = [];
  const clearing: number[] = [];
  const baseline: number[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    for (const query of typed) {
      let previous = expectedRows(documents, '');
      for (let length = 1; length <= query.length; length += 1) {
        const expected = expectedRows(documents, query.slice(0, length));
        const changes = expected.count !== previous.count || expected.first !== previous.first;
        const key = query[length - 1];
        if (changes) {
          const frames: number[] = [];
          const ms = await timed(page, expected, 'input', () => page.keyboard.type(key), frames);
          // The first pass warms the page's code and caches.
          if (pass > 0) {
            filtering.push(ms);
            firstFrames.push(...frames);
          }
        } else {
          await page.keyboard.type(key);
          await page.waitForFunction((value) => (document.activeElement as HTMLInputElement).value === value, query.slice(0, length));
        }
        previous = expected;
      }
      // A keystroke that changes nothing, to the next frame: the floor.
      for (const arrow of ['ArrowLeft', 'ArrowRight']) {
        const ms = await timed(page, null, 'keydown', () => page.keyboard.press(arrow));
        if (pass > 0) baseline.push(ms);
      }
      const all = expectedRows(documents, '');
      const ms = await timed(page, all, 'keydown', () => page.keyboard.press('Escape'));
      if (pass > 0) clearing.push(ms);
    }
  }

  const sorting: number[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    for (const [column, label] of sortColumns) {
      for (const direction of ['ascending', 'descending'] as const) {
        const sort: LibrarySort = { column, direction };
        const first = sortDocuments(documents, sort, sortContext)[0].title;
        const ms = await timed(page, { count: documents.length, first, sortColumn: label, sortDirection: direction }, 'click', () =>
          page.getByRole('columnheader', { name: label, exact: true }).click(),
        );
        if (pass > 0) sorting.push(ms);
      }
    }
  }
  await browser.close();
  await host.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const result = {
    documents: documents.length,
    loadMs: Math.round(loadMs),
    filterMedianMs: round(median(filtering)),
    keystrokeFrameMedianMs: round(median(firstFrames)),
    filterMaxMs: round(Math.max(...filtering)),
    keystrokesTimed: filtering.length,
    clearMedianMs: round(median(clearing)),
    sortMedianMs: round(median(sorting)),
    sortMaxMs: round(Math.max(...sorting)),
    sortsTimed: sorting.length,
    baselineMedianMs: round(median(baseline)),
    // Other work on the machine slows every figure but the baseline: the 1-minute load average, before and after.
    loadAverage: [round(loadBefore), round(os.loadavg()[0])],
    cores: os.availableParallelism(),
  };
  console.log(
    `${name}: ${result.documents} documents, first rows ${result.loadMs} ms after navigation (load average ${result.loadAverage.join(' → ')} on ${result.cores} cores)\n` +
      `  filter as you type: median ${result.filterMedianMs} ms per keystroke (max ${result.filterMaxMs}, ${result.keystrokesTimed} keystrokes);` +
      ` first frame after the keystroke (the character shown) ${result.keystrokeFrameMedianMs} ms\n` +
      `  whole list back (Escape): median ${result.clearMedianMs} ms\n` +
      `  sort by a column: median ${result.sortMedianMs} ms per click (max ${result.sortMaxMs}, ${result.sortsTimed} clicks)\n` +
      `  baseline, a keystroke that changes nothing: median ${result.baselineMedianMs} ms`,
  );
  return result;
}

async function main() {
  const only = process.env.BENCH_ONLY; // "generated" or "corpus": one library, while looking into it
  const generated = only === 'corpus' ? null : await measureLibrary('generated', ({ db }) => writeGeneratedLibrary(db));
  const corpusLike = only === 'generated' ? null : await measureLibrary('corpus', ({ db }) => writeCorpusLibrary(db, corpus));
  console.log(JSON.stringify({ generated, corpus: corpusLike }));
}

void main().then(() => process.exit(0));
