/**
 * Time to the first rendered page of a large PDF in the reader, against pdftoppm.
 *
 *   npm run bench:reader            (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: the 352-page freeculture.pdf from the shared corpus is imported into a fresh
 * library; the built host serves the app to Debian's Chromium (headless). Ours: from the
 * click on "Open" to the first page's canvas and text layer drawn (the original travels from
 * the library to the page, pdf.js opens it in its worker and renders page 1). Baseline:
 * `pdftoppm -f 1 -l 1 -r 96 -png` on the same file (96 dpi: the reader's 100% zoom). Five
 * runs each, alternating, medians compared. Last line: JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/support/browser';
import { startBuiltHost } from '../e2e/support/hostProcess';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.BRIEFING_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
const book = path.join(corpus, 'pdfs/pdfjs/freeculture.pdf');

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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
  for (let run = 0; run < 6; run += 1) {
    await page.goto('about:blank'); // a fresh load of the app each run, not a hash change
    await page.goto(host.appUrl);
    await page.getByRole('button', { name: /^Open / }).first().waitFor();
    const started = performance.now();
    const fileArrived = page.waitForResponse((response) => response.url().includes('library.originalFile')).then(async (response) => {
      await response.body();
      return performance.now() - started;
    });
    await page.getByRole('button', { name: /^Open / }).first().click();
    await page.locator('.pdf-page[data-page-index="0"] .textLayer[data-rendered="true"]').waitFor({ timeout: 60_000 });
    const oursMs = performance.now() - started;
    console.log(`  file arrived after ${(await fileArrived).toFixed(0)} ms`);
    const t = performance.now();
    const result = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '96', '-png', file, path.join(output, 'page')]);
    if (result.status !== 0) throw new Error('pdftoppm failed: is poppler-utils installed?');
    const popplerMs = performance.now() - t;
    // The first run warms the browser's caches and pdf.js's code: not counted.
    if (run > 0) {
      ours.push(oursMs);
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
    pdftoppmMedianMs: Math.round(median(baseline)),
    ratio: Math.round((median(ours) / median(baseline)) * 100) / 100,
  };
  console.log(JSON.stringify(result));
}

void main().then(() => process.exit(0));
