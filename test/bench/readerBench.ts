/**
 * Time to the first rendered page of a large PDF in the reader, against pdftoppm.
 *
 *   npm run bench:reader            (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: the 352-page freeculture.pdf from the shared corpus is imported into a fresh
 * library; the built host serves the app to Debian's Chromium (headless). Ours: from the
 * double click on its row in the Library to the first page's canvas and text layer drawn (the
 * original travels from the library to the page, pdf.js opens it in its worker and renders
 * page 1), timed inside the page (double-click event → first page's canvas drawn, and → its
 * text layer drawn: selectable). Baseline:
 * `pdftoppm -f 1 -l 1 -r 96 -png` on the same file (96 dpi: the reader's 100% zoom). Five
 * runs each, alternating, medians compared. Last line: JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../e2e/support/browser';
import { startBuiltHost } from '../e2e/support/hostProcess';
import { corpus, median, projectRoot } from './benchSupport';
import { openLibraryAfresh } from './libraryPage';

const book = path.join(corpus, 'pdfs/pdfjs/freeculture.pdf');

async function main() {
  const file = book;
  if (!fs.existsSync(file)) throw new Error(`freeculture.pdf not found under ${corpus}/pdfs; set BRIEFING_CORPUS.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-reader-bench-'));
  const imported = spawnSync(process.execPath, [path.join(projectRoot, 'out/main/cli.js'), 'import', file, '--data-dir', dataDir, '--json']);
  if (imported.status !== 0) throw new Error(`Import failed: ${imported.stdout}${imported.stderr}`);
  const host = await startBuiltHost(dataDir);
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const output = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdftoppm-'));
  const ours: number[] = [];
  const baseline: number[] = [];
  const drawnTimes: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    const row = await openLibraryAfresh(page, host.appUrl);
    // Timed inside the page, from the click event to the first page drawn and then selectable.
    await page.evaluate(() => {
      const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
      new MutationObserver(() => {
        const first = document.querySelector('.pdf-page[data-page-index="0"]');
        if (first?.querySelector('canvas[data-drawn]')) marks.drawn ??= performance.now();
        if (first?.querySelector('.textLayer[data-rendered="true"]')) marks.selectable ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      const fetchOriginal = window.fetch.bind(window);
      window.fetch = async (...args) => {
        const response = await fetchOriginal(...args);
        if (String(args[0]).includes('library.originalFile')) {
          await response.clone().arrayBuffer();
          marks.fileArrived ??= performance.now();
        }
        return response;
      };
    });
    await row.dblclick();
    await page.locator('.pdf-page[data-page-index="0"] .textLayer[data-rendered="true"]').waitFor({ timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks);
    const oursMs = marks.selectable - marks.click;
    const drawnMs = marks.drawn - marks.click;
    console.log(`  file arrived after ${(marks.fileArrived - marks.click).toFixed(0)} ms, page drawn after ${drawnMs.toFixed(0)} ms`);
    const t = performance.now();
    const result = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '96', '-png', file, path.join(output, 'page')]);
    if (result.status !== 0) throw new Error('pdftoppm failed: is poppler-utils installed?');
    const popplerMs = performance.now() - t;
    // The first run warms the browser's caches and pdf.js's code: not counted.
    if (run > 0) {
      ours.push(oursMs);
      drawnTimes.push(drawnMs);
      baseline.push(popplerMs);
    }
    console.log(`run ${run}${run === 0 ? ' (warm-up)' : ''}: ours ${oursMs.toFixed(0)} ms, pdftoppm ${popplerMs.toFixed(0)} ms`);
  }
  await browser.close();
  await host.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(output, { recursive: true, force: true });
  const result = {
    pages: 352,
    oursMedianMs: Math.round(median(ours)),
    oursDrawnMedianMs: Math.round(median(drawnTimes)),
    pdftoppmMedianMs: Math.round(median(baseline)),
    ratio: Math.round((median(ours) / median(baseline)) * 100) / 100,
    drawnRatio: Math.round((median(drawnTimes) / median(baseline)) * 100) / 100,
  };
  console.log(JSON.stringify(result));
}

void main().then(() => process.exit(0));
