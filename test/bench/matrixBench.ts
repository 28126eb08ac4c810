/**
 * The compilation matrix at the size: 195 States × 100 paragraphs, every cell filled.
 *
 *   npm run bench:matrix
 *
 * Method: a library written through the repositories (a draft of 100 paragraphs, 19,500
 * positions: each of the 195 States on each paragraph), served by the built host to Debian's
 * Chromium (headless, 1366×768). Timed: the engine's `positions.matrix` call alone (in this
 * process, 5 runs); in the page, from the click on the Matrix tab to the first animation
 * frame after the table shows its first cell, and from a jump of the scroller to the far
 * corner to the frame after the last paragraph's last State is drawn there. Baseline: the
 * click on the States and groups tab (a list of 195 States) to its first frame, in the same
 * page. Each of the 5 rounds goes back to the Positions tab first. Medians; last line JSON.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../electron/core/library/library';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { compilationMatrix } from '../../electron/core/positions/compilationMatrix';
import { stateCatalogue } from '../../electron/core/states/stateCatalogue';
import { launchChromium } from '../e2e/support/browser';
import { freshDataDir, startBuiltHost } from '../e2e/support/hostProcess';
import { median } from './benchSupport';

const rounds = 5;
const paragraphs = 100;

function writeLibrary(dataDir: string): number {
  const library = openLibrary(dataDir);
  try {
    const labels = Array.from({ length: paragraphs }, (_, index) => `Art. ${Math.floor(index / 5) + 1}(${(index % 5) + 1})`);
    let offset = 0;
    const draft = saveImportedDocument(library.db, {
      document: { kind: 'draft', title: 'Draft articles', language: 'en', documentDate: null },
      pages: [{ text: labels.join('\n'), hasTextLayer: true, width: null, height: null }],
      passages: labels.map((label) => {
        const passage = { level: 'paragraph' as const, label, heading: null, text: label, start: { page: 0, offset }, end: { page: 0, offset: offset + label.length }, parentIndex: null };
        offset += label.length + 1;
        return passage;
      }),
    });
    const stances = ['supports', 'opposes', 'amends', 'reserves', 'questions', 'neutral'];
    const insert = library.db.prepare(`INSERT INTO positions (state_code, revision_document_id, target_label, stance, text) VALUES (?, ?, ?, ?, '')`);
    library.db.transaction(() => {
      stateCatalogue().forEach((state, column) => labels.forEach((label, row) => insert.run(state.code, draft, label, stances[(row + column) % stances.length])));
    })();
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const started = performance.now();
      compilationMatrix(library.db, draft);
      times.push(performance.now() - started);
    }
    console.log(`engine: positions.matrix median ${median(times).toFixed(1)} ms`);
    return median(times);
  } finally {
    library.close();
  }
}

async function main(): Promise<void> {
  const dataDir = freshDataDir();
  const engineMs = writeLibrary(dataDir);
  const host = await startBuiltHost(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.appUrl);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+3');
    await page.getByRole('tab', { name: 'Matrix' }).waitFor();
    // As a string: tsx would add its own helpers to a function handed to the page.
    const timeTab = (tab: string, ready: string) =>
      page.evaluate(`new Promise((resolve) => {
        const button = [...document.querySelectorAll('[role="tab"]')].find((element) => element.textContent === ${JSON.stringify(tab)});
        const started = performance.now();
        const check = () => {
          if (document.querySelector(${JSON.stringify(ready)})) requestAnimationFrame(() => resolve(performance.now() - started));
          else requestAnimationFrame(check);
        };
        button.click();
        requestAnimationFrame(check);
      })`) as Promise<number>;
    const matrixTimes: number[] = [];
    const baseline: number[] = [];
    const firstCell = `.matrix-table tbody tr[aria-rowindex="2"] td[aria-colindex="2"] .matrix-cell`;
    const lastCell = `.matrix-table tbody tr[aria-rowindex="${paragraphs + 1}"] td[aria-colindex="${stateCatalogue().length + 1}"] .matrix-cell`;
    const timeScroll = () =>
      page.evaluate(`new Promise((resolve) => {
        const scroller = document.querySelector('.matrix-scroller');
        const started = performance.now();
        const check = () => {
          if (document.querySelector(${JSON.stringify(lastCell)})) requestAnimationFrame(() => resolve(performance.now() - started));
          else requestAnimationFrame(check);
        };
        scroller.scrollTo(scroller.scrollWidth, scroller.scrollHeight);
        requestAnimationFrame(check);
      })`) as Promise<number>;
    const scrollTimes: number[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      await page.getByRole('tab', { name: 'Positions' }).click();
      const matrixMs = await timeTab('Matrix', firstCell);
      const scrollMs = await timeScroll();
      await page.getByRole('tab', { name: 'Positions' }).click();
      const groupsMs = await timeTab('States and groups', '.group-member-list li:nth-child(195)');
      if (round === 0) continue; // the first round loads the data and warms up
      matrixTimes.push(matrixMs);
      scrollTimes.push(scrollMs);
      baseline.push(groupsMs);
    }
    const result = { engineMs: Math.round(engineMs * 10) / 10, matrixMs: Math.round(median(matrixTimes)), scrollMs: Math.round(median(scrollTimes)), baselineMs: Math.round(median(baseline)), loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100) };
    console.log(`page: the Matrix tab drawn (100 × 195) median ${result.matrixMs} ms, its far corner after a jump ${result.scrollMs} ms; baseline, States and groups (195 States) ${result.baselineMs} ms`);
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await host.stop();
  }
}

void main().then(() => process.exit(0));
