/**
 * What carrying annotations to a new revision adds to its import, on a large document.
 *
 *   npm run bench:carry             (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: the 352-page freeculture.pdf from the shared corpus stands for both revisions. 200
 * quotes of 6–30 words are taken from its text at fixed places (a seeded generator), with
 * their 32-character context; 140 are left as they are, 40 get one word replaced and one
 * inserted (a revised passage), 20 are made of words found nowhere (a deleted passage). Ours:
 * what the import worker does for a new revision — the text extraction with the text geometry
 * collected on the way, then each quote re-found and given rectangles. Baseline, in the same
 * run: the plain text extraction of the same PDF (extractPdf), which every import pays. Three
 * runs each after a warm-up, alternating; medians compared. Last line: JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rectsForRange, TextGeometryBuilder } from '../../electron/core/annotations/pdfTextGeometry';
import { RevisionAnchors } from '../../electron/core/annotations/anchorInRevision';
import { QuoteFinder } from '../../electron/core/annotations/reanchor';
import { revisionTextOf } from '../../electron/core/annotations/revisionText';
import { quoteAt } from '../../electron/common/textQuote';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractPdf } from '../../electron/core/import/extractors/extractPdf';
import { seededRandom } from '../fixtures/seededRandom';
import { corpus, median } from './benchSupport';

const book = path.join(corpus, 'pdfs/pdfjs/freeculture.pdf');

function makeQuotes(text: string): { exact: string; prefix: string; suffix: string; unaltered: string }[] {
  const random = seededRandom(7);
  const words = [...text.matchAll(/\S+/gu)];
  return Array.from({ length: 200 }, (_, index) => {
    const length = 6 + Math.floor(random() * 25);
    const first = Math.floor(random() * (words.length - length));
    const start = words[first].index;
    const end = words[first + length - 1].index + words[first + length - 1][0].length;
    const unaltered = text.slice(start, end);
    let exact = unaltered;
    if (index >= 140 && index < 180) {
      const parts = exact.split(/\s+/u);
      parts[Math.floor(parts.length / 2)] = 'substituted';
      parts.splice(1, 0, 'inserted');
      exact = parts.join(' ');
    } else if (index >= 180) {
      exact = Array.from({ length }, (_unused, word) => `gone${index}x${word}`).join(' ');
    }
    return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), unaltered };
  });
}

async function main() {
  if (!fs.existsSync(book)) throw new Error(`freeculture.pdf not found under ${corpus}/pdfs; set BRIEFING_CORPUS.`);
  const bytes = new Uint8Array(fs.readFileSync(book));
  const ours: number[] = [];
  const baseline: number[] = [];
  const placements: number[] = [];
  let statuses: Record<string, number> = {};
  let places: Record<string, number> = {};
  for (let run = 0; run < 4; run += 1) {
    let started = performance.now();
    await extractPdf(bytes.slice(), {});
    const extractionMs = performance.now() - started;

    started = performance.now();
    const builder = new TextGeometryBuilder();
    const extracted = await extractPdf(bytes.slice(), { onTextContent: (items, styles) => builder.addPage(items, styles) });
    const geometry = builder.geometry();
    const geometryMs = performance.now() - started;
    const quotes = makeQuotes(geometry.text);
    const reanchorStarted = performance.now();
    statuses = {};
    const finder = new QuoteFinder(geometry.text);
    for (const [index, quote] of quotes.entries()) {
      const found = finder.find(quote, index / quotes.length);
      if (found.status !== 'not-found') rectsForRange(geometry, found.start, found.end);
      statuses[found.status] = (statuses[found.status] ?? 0) + 1;
    }
    const reanchorMs = performance.now() - reanchorStarted;
    const carryMs = performance.now() - started;

    // Passage-aware placement (carryOver.ts since issue 10); the stored text is the import's analysis, not timed.
    const analysed = analyseDocument(extracted, 'freeculture.pdf');
    const stored = revisionTextOf(
      analysed.pages.map((page) => page.text),
      analysed.passages.map((passage, index) => ({ ...passage, id: index, parentId: passage.parentIndex })),
    );
    const placingStarted = performance.now();
    places = {};
    const anchors = new RevisionAnchors(stored, stored);
    const drawn = new QuoteFinder(geometry.text);
    for (const [index, quote] of quotes.entries()) {
      const older = anchors.locateInOlder({ ...quote, exact: quote.unaltered }, Math.floor((index / quotes.length) * stored.pageStarts.length));
      const placement = anchors.place(quote, older);
      if (placement.place !== 'not-found') {
        const found = drawn.find(quoteAt(stored.text, placement.start, placement.end));
        if (found.status !== 'not-found') rectsForRange(geometry, found.start, found.end);
      }
      places[placement.place] = (places[placement.place] ?? 0) + 1;
    }
    const placingMs = performance.now() - placingStarted;
    // The first run warms pdf.js's code and the JIT: not counted.
    if (run > 0) {
      ours.push(carryMs);
      baseline.push(extractionMs);
      placements.push(placingMs);
    }
    console.log(
      `run ${run}${run === 0 ? ' (warm-up)' : ''}: extraction with geometry + carry-over ${carryMs.toFixed(0)} ms ` +
        `(extraction with geometry ${geometryMs.toFixed(0)}, 200 quotes ${reanchorMs.toFixed(0)}), plain extraction ${extractionMs.toFixed(0)} ms; ` +
        `passage-aware placement of 200 quotes ${placingMs.toFixed(0)} ms`,
    );
  }
  console.log(`statuses: ${JSON.stringify(statuses)}; passage-aware places: ${JSON.stringify(places)}`);
  console.log(
    JSON.stringify({
      pages: 352,
      quotes: 200,
      withCarryMedianMs: Math.round(median(ours)),
      plainExtractionMedianMs: Math.round(median(baseline)),
      ratio: Math.round((median(ours) / median(baseline)) * 100) / 100,
      statuses,
      passageAwarePlacementMedianMs: Math.round(median(placements)),
      places,
    }),
  );
}

void main().then(() => process.exit(0));
