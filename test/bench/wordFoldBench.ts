/**
 * What cutting and folding words costs, per language: the work the index does for every word
 * of every passage (tokenize, then normalizeToken) and the query parser for every word typed.
 *
 *   npm run bench:words                                  (this tree's textProcessing.ts)
 *   BENCH_BASELINE=/path/to/textProcessing.ts npm run bench:words   (and another version's, alternating)
 *
 * Method: the UN parallel corpus test set (4,000 sentences in each of the six languages, from
 * ../shared/corpus/multilingual, or BRIEFING_CORPUS). One untimed warm-up pass per version,
 * then 7 timed passes over each language, alternating versions when a baseline is given;
 * the median pass, in thousands of words per second. Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { corpus, median } from './benchSupport';

interface WordFunctions {
  tokenize(text: string): string[];
  normalizeToken(token: string): string;
}

const languages = ['ar', 'zh', 'en', 'fr', 'es', 'ru'] as const;
const passes = 7;
const folder = path.join(corpus, 'multilingual/un-parallel-corpus-v1.0-testset');

function foldAll(words: WordFunctions, lines: string[]): number {
  let count = 0;
  for (const line of lines) for (const token of words.tokenize(line)) if (words.normalizeToken(token) !== '') count += 1;
  return count;
}

async function main(): Promise<void> {
  if (!fs.existsSync(folder)) throw new Error(`No UN parallel corpus test set at ${folder}: set BRIEFING_CORPUS to the shared corpus.`);
  const versions: [string, WordFunctions][] = [['ours', await import('../../electron/core/search/textProcessing')]];
  const baseline = process.env.BENCH_BASELINE;
  if (baseline) versions.push(['baseline', (await import(pathToFileURL(path.resolve(baseline)).href)) as WordFunctions]);
  const results: Record<string, Record<string, number>> = {};
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}, ${os.cpus().length} cores`);
  for (const language of languages) {
    const lines = fs.readFileSync(path.join(folder, `UNv1.0.testset.${language}.txt`), 'utf8').split('\n');
    const times = new Map(versions.map(([name]) => [name, [] as number[]]));
    let words = 0;
    for (const [, functions] of versions) words = foldAll(functions, lines);
    for (let pass = 0; pass < passes; pass += 1) {
      for (const [name, functions] of pass % 2 ? versions.toReversed() : versions) {
        const start = performance.now();
        foldAll(functions, lines);
        times.get(name)!.push(performance.now() - start);
      }
    }
    results[language] = Object.fromEntries([...times].map(([name, runs]) => [name, Math.round(words / median(runs))]));
    console.log(`${language}: ${words} words; ${[...times].map(([name, runs]) => `${name} ${median(runs).toFixed(1)} ms (${Math.round(words / median(runs))} k words/s)`).join(' | ')}`);
  }
  console.log(JSON.stringify(results));
}

await main();
