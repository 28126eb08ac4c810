/**
 * Import throughput against pdftotext, and how long the serving thread stalls meanwhile.
 *
 *   npm run bench:import            (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: the text-bearing, unencrypted PDFs of the corpus (pdftotext found text in them; the
 * content-stream bomb is left out). Baseline: poppler's pdftotext over the same files, two at a
 * time (one per core). Ours: a fresh library, the full import (hash, worker extraction,
 * structure, one transaction per document) with one worker per core, run from this process,
 * which plays the serving process: its event-loop delay is sampled every 10 ms throughout.
 * Each side runs twice, alternating; the faster run of each counts. Last line: JSON.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startEngine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import { corpus, projectRoot } from './benchSupport';

const worker = path.join(projectRoot, 'out/main/extractionWorker.js');
const searchWorker = path.join(projectRoot, 'out/main/searchWorker.js');
const cores = os.availableParallelism();

interface IndexEntry {
  file: string;
  pages_poppler?: number;
  encrypted_poppler?: string;
  pdftotext_chars?: number;
}

function benchmarkFiles(): { files: string[]; popplerPages: number } {
  const files: string[] = [];
  let popplerPages = 0;
  const root = path.join(corpus, 'pdfs');
  for (const collection of fs.readdirSync(root)) {
    const indexFile = path.join(root, collection, 'INDEX.json');
    if (!fs.existsSync(indexFile)) continue;
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { files: IndexEntry[] };
    for (const entry of index.files) {
      if ((entry.pdftotext_chars ?? 0) < 100 || entry.encrypted_poppler !== 'no') continue;
      if (entry.file.includes('bomb')) continue;
      files.push(path.join(root, collection, entry.file));
      popplerPages += entry.pages_poppler ?? 0;
    }
  }
  return { files, popplerPages };
}

async function runPdftotext(files: string[]): Promise<number> {
  const started = performance.now();
  const queue = [...files];
  const lane = async (): Promise<void> => {
    const file = queue.shift();
    if (!file) return;
    await new Promise<void>((resolve) => {
      const child = spawn('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      child.on('exit', () => resolve());
      child.on('error', () => resolve());
    });
    return lane();
  };
  await Promise.all(Array.from({ length: cores }, lane));
  return (performance.now() - started) / 1000;
}

async function runOurs(files: string[]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-'));
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(worker), searchWorkerScript: searchWorker, workers: Number(process.env.BENCH_WORKERS ?? cores), fileTimeoutMs: 120_000 });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  // A second, plain probe: the longest gap between 10 ms ticks is the worst stall a caller sees.
  let worstGap = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last - 10);
    last = now;
  }, 10);
  delay.enable();
  const started = performance.now();
  let batch = await engine.api.imports.start({ paths: files, kind: 'instrument' });
  while (batch.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    batch = await engine.api.imports.getBatch({ batchId: batch.id });
  }
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  clearInterval(probe);
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const imported = batch.items.filter((item) => item.status === 'imported');
  return {
    seconds,
    pages: imported.reduce((sum, item) => sum + (item.pageCount ?? 0), 0),
    imported: imported.length,
    failed: batch.items.length - imported.length,
    maxStallMs: Math.max(delay.max / 1e6 - 10, worstGap),
    p99StallMs: delay.percentile(99) / 1e6 - 10,
  };
}

async function main() {
  if (!fs.existsSync(worker)) throw new Error('Build first: npm run build');
  if (!fs.existsSync(path.join(corpus, 'pdfs'))) throw new Error(`No corpus at ${corpus}; set BRIEFING_CORPUS.`);
  const { files, popplerPages } = benchmarkFiles();
  console.log(`${files.length} text-bearing PDFs, ${popplerPages} pages (pdfinfo); ${cores} cores`);
  const baselineRuns: number[] = [];
  const ourRuns: Awaited<ReturnType<typeof runOurs>>[] = [];
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    baselineRuns.push(await runPdftotext(files));
    console.log(`round ${attempt}: pdftotext ${baselineRuns.at(-1)!.toFixed(2)} s`);
    ourRuns.push(await runOurs(files));
    const ours = ourRuns.at(-1)!;
    console.log(
      `round ${attempt}: ours ${ours.seconds.toFixed(2)} s, ${ours.pages} pages from ${ours.imported} files ` +
        `(${ours.failed} not imported), worst stall ${ours.maxStallMs.toFixed(1)} ms, p99 ${ours.p99StallMs.toFixed(1)} ms`,
    );
  }
  const baselineSeconds = Math.min(...baselineRuns);
  const best = ourRuns.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  const oursPagesPerSec = best.pages / best.seconds;
  const pdftotextPagesPerSec = popplerPages / baselineSeconds;
  const result = {
    files: files.length,
    pages: best.pages,
    popplerPages,
    oursSeconds: round(best.seconds),
    pdftotextSeconds: round(baselineSeconds),
    oursPagesPerSec: round(oursPagesPerSec),
    pdftotextPagesPerSec: round(pdftotextPagesPerSec),
    ratio: round(oursPagesPerSec / pdftotextPagesPerSec),
    maxStallMs: round(Math.max(...ourRuns.map((run) => run.maxStallMs))),
    p99StallMs: round(Math.max(...ourRuns.map((run) => run.p99StallMs))),
    cores,
  };
  console.log(JSON.stringify(result));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

void main().then(() => process.exit(0));
