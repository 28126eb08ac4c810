/**
 * A long text document: import time, and time to its first page in the reader.
 *
 *   npm run bench:longtext          (BRIEFING_LONG_TEXT_MB=… for another size; default 20)
 *
 * Method: a ~20 MB plain-text file is generated (a convention of numbered articles, each a
 * title and a few paragraphs of made-up legal prose, lines wrapped at 80 characters as text
 * files are) and imported into a fresh library with the built CLI (wall-clock time of the
 * whole `cli import`). The built host then serves the app to Debian's Chromium (headless):
 * from the double click on its row in the Library to the reader's page text in the document
 * (the frame after the <pre> is filled), timed inside the page. One warm-up opening, then
 * three timed; median reported. Last line: JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../e2e/support/browser';
import { startBuiltHost } from '../e2e/support/hostProcess';
import { median, projectRoot } from './benchSupport';
import { openLibraryAfresh } from './libraryPage';

const targetBytes = Number(process.env.BRIEFING_LONG_TEXT_MB ?? 20) * 1024 * 1024;
const words = (
  'State Party shall ensure that the measures taken under this article respect the rights of ' +
  'persons concerned including access to remedies consular assistance and fair treatment at all ' +
  'stages of the proceedings in accordance with applicable international law and domestic legislation'
).split(' ');

/** Lines of at most 80 characters, as text files are written. */
function wrap(text: string): string {
  return text.replace(/(.{1,79})(?:\s+|$)/g, '$1\n').trimEnd();
}

/** Deterministic prose: the same file on every run and machine. */
function generateConvention(bytes: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const sentence = () => {
    const length = 12 + (next() % 18);
    const chosen = Array.from({ length }, () => words[next() % words.length]);
    return `${chosen.join(' ')}.`;
  };
  const parts: string[] = ['Draft convention on cooperation in long documents', ''];
  let size = 0;
  for (let article = 1; size < bytes; article += 1) {
    const paragraphs = 1 + (next() % 4);
    const lines = [`Article ${article}`, `Measures of kind ${article}`, ''];
    for (let paragraph = 1; paragraph <= paragraphs; paragraph += 1) {
      lines.push(wrap(`${paragraph}. ${Array.from({ length: 2 + (next() % 4) }, sentence).join(' ')}`), '');
    }
    const block = lines.join('\n');
    size += block.length + 1;
    parts.push(block);
  }
  return parts.join('\n');
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-longtext-bench-'));
  const file = path.join(dataDir, 'long-convention.txt');
  fs.writeFileSync(file, generateConvention(targetBytes));
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  console.log(`generated ${megabytes.toFixed(1)} MB`);
  const started = performance.now();
  const imported = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'out/main/cli.js'), 'import', file, '--data-dir', path.join(dataDir, 'library'), '--json'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const importMs = performance.now() - started;
  if (imported.status !== 0) throw new Error(`Import failed: ${imported.stdout}${imported.stderr}`);
  const summary = JSON.parse(imported.stdout) as { files: { pages?: number; passages?: number }[] };
  console.log(`import took ${importMs.toFixed(0)} ms: ${JSON.stringify(summary.files[0])}`);

  const host = await startBuiltHost(path.join(dataDir, 'library'));
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const openings: number[] = [];
  for (let run = 0; run < 4; run += 1) {
    const row = await openLibraryAfresh(page, host.appUrl);
    await page.evaluate(() => {
      const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('pre.page-text')?.textContent) return;
        observer.disconnect();
        // The text is in the document; the next frame is when it has been laid out and painted.
        requestAnimationFrame(() => (marks.shown = performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await row.dblclick();
    await page.waitForFunction(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks.shown !== undefined, undefined, { timeout: 300_000 });
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks);
    const openMs = marks.shown - marks.click;
    if (run > 0) openings.push(openMs); // the first warms the browser's caches
    console.log(`run ${run}${run === 0 ? ' (warm-up)' : ''}: first page shown after ${openMs.toFixed(0)} ms`);
  }
  await browser.close();
  await host.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      megabytes: Math.round(megabytes * 10) / 10,
      importMs: Math.round(importMs),
      pages: summary.files[0].pages,
      openMedianMs: Math.round(median(openings)),
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    }),
  );
}

void main().then(() => process.exit(0));
