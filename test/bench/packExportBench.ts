/**
 * Exporting a briefing pack at the issue's size: 10 sections and 50 items, with Arabic and
 * Chinese clips, to PDF and to Word.
 *
 *   npm run bench:packs            (BRIEFING_CORPUS=… for another corpus, BRIEFING_CHROMIUM=… for another Chromium)
 *
 * Method: articles 1–3 of the Rome Statute (../shared/corpus) are a draft's original; its Rev.1
 * rewords one word in each. The pack is made through the packs and positions services from the
 * "plenary" template over the three articles (per article: the draft text with its redline,
 * our position card, other States' positions; then our statement: 10 sections), with a card
 * and a position on article 1, and five clips in each section, in turn an Arabic statement,
 * a Chinese one and an English note (50 items). Each run exports it through the service as the
 * screen does (startExport, getExport every 25 ms, takeExport): PDF (the system's Chromium,
 * headless) and Word. Baseline, same runs: the same Chromium printing a plain HTML page of the
 * same words (no style sheet, no contents, no page numbers). 5 runs after one warm-up; median
 * and slowest. The PDF is checked by reading its text back with pdf.js. Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BriefingApi } from '../../electron/common/api';
import type { PackExportRun } from '../../electron/common/packs';
import { openLibrary } from '../../electron/core/library/library';
import { chromiumPrinter, findChromium } from '../../electron/core/packs/export/chromiumPrinter';
import { warmChromiumPrinter } from '../../electron/core/packs/export/warmChromiumPrinter';
import { escapeHtml } from '../../electron/core/packs/export/packHtml';
import { layOutPack, type LaidBlock } from '../../electron/core/packs/export/packLayout';
import { createPacksService } from '../../electron/core/services/packsService';
import { createPositionsService } from '../../electron/core/services/positionsService';
import { arabicClip, chineseClip, makeBriefingPack, saveDraft } from '../fixtures/packFixtures';
import { normalised, pdfPageTexts } from '../unit/helpers/exportedText';
import { median, romeArticles } from './benchSupport';

const runs = 5;

/** The laid-out pack's words as plain paragraphs: what the baseline prints. */
function plainHtml(blocks: LaidBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'heading') return `<p>${escapeHtml(block.text)}</p>`;
      if (block.kind === 'list') return block.items.map((item) => plainHtml(item)).join('');
      const paragraphs = block.kind === 'quote' ? block.paragraphs : [block];
      return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph.runs.map((run) => ('text' in run ? run.text : '')).join(''))}</p>`).join('');
    })
    .join('\n');
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

async function exportFile(api: Pick<BriefingApi, 'packs'>, id: number, format: 'pdf' | 'docx') {
  let run: PackExportRun = await api.packs.startExport({ id, format });
  while (run.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    run = await api.packs.getExport({ runId: run.id });
  }
  if (run.state !== 'finished') throw new Error(`The ${format} export ${run.state}: ${run.message}`);
  return api.packs.takeExport({ runId: run.id });
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium: set BRIEFING_CHROMIUM.');
  const printer = chromiumPrinter(chromium);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-packs-'));
  const library = openLibrary(dataDir);
  try {
    const articles = romeArticles(3);
    saveDraft(library.db, 'A/CONF.999/L.1', 0, articles);
    const revision = saveDraft(library.db, 'A/CONF.999/L.1', 1, articles.map((article) => ({ ...article, body: article.body.replace(/\bshall\b/u, 'must') })));
    const api = { packs: createPacksService(library, printer), positions: createPositionsService(library) };
    const pack = await makeBriefingPack(api, library.db, { revisionDocumentId: revision, articles: articles.map((article) => article.label), templateId: 'plenary', itemsPerSection: 5 });
    const itemCount = pack.sections.reduce((sum, section) => sum + section.items.length, 0);
    const layout = layOutPack(pack, { language: 'en', citations: 'footnotes' });
    const plain = `<!doctype html><html><head><meta charset="utf-8"></head><body>${layout.sections.map((section) => `<p>${escapeHtml(section.title)}</p>${plainHtml(section.blocks)}`).join('\n')}</body></html>`;
    const words = plain.replace(/<[^>]+>/gu, ' ').split(/\s+/u).filter(Boolean).length;

    // Warm-up, and the check: the PDF reads back with both scripts.
    const [first] = await Promise.all([exportFile(api, pack.id, 'pdf'), exportFile(api, pack.id, 'docx')]);
    const pages = await pdfPageTexts(first.data);
    const text = pages.join('');
    const arabicCount = text.split(normalised(arabicClip).replace(/\.$/u, '')).length - 1;
    const chineseCount = text.split(normalised(chineseClip)).length - 1;

    const pdfTimes: number[] = [];
    const docxTimes: number[] = [];
    const baselines: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      baselines.push((await timed(() => printer.print(plain, new AbortController().signal)))[1]);
      pdfTimes.push((await timed(() => exportFile(api, pack.id, 'pdf')))[1]);
      docxTimes.push((await timed(() => exportFile(api, pack.id, 'docx')))[1]);
    }
    // Browser mode: the host keeps one Chromium running between prints (warmChromiumPrinter).
    const warm = warmChromiumPrinter(chromium);
    const warmApi = { ...api, packs: createPacksService(library, warm) };
    const warmPdfTimes: number[] = [];
    const warmBaselines: number[] = [];
    try {
      await exportFile(warmApi, pack.id, 'pdf');
      for (let run = 0; run < runs; run += 1) {
        warmBaselines.push((await timed(() => warm.print(plain, new AbortController().signal)))[1]);
        warmPdfTimes.push((await timed(() => exportFile(warmApi, pack.id, 'pdf')))[1]);
      }
    } finally {
      await warm.close();
    }
    const load = os.loadavg()[0].toFixed(1);
    console.log(`pack: ${pack.sections.length} sections, ${itemCount} items, ${words} words; PDF ${pages.length} pages (${arabicCount} Arabic and ${chineseCount} Chinese clips read back), load ${load}`);
    console.log(`PDF export:  median ${median(pdfTimes).toFixed(0)} ms, slowest ${Math.max(...pdfTimes).toFixed(0)} ms`);
    console.log(`Word export: median ${median(docxTimes).toFixed(0)} ms, slowest ${Math.max(...docxTimes).toFixed(0)} ms`);
    console.log(`baseline, Chromium printing the plain words: median ${median(baselines).toFixed(0)} ms, slowest ${Math.max(...baselines).toFixed(0)} ms; PDF ratio ${(median(pdfTimes) / median(baselines)).toFixed(2)}`);
    console.log(`warm Chromium (browser mode): PDF export median ${median(warmPdfTimes).toFixed(0)} ms, slowest ${Math.max(...warmPdfTimes).toFixed(0)} ms; plain words median ${median(warmBaselines).toFixed(0)} ms; ratio ${(median(warmPdfTimes) / median(warmBaselines)).toFixed(2)}`);
    console.log(
      JSON.stringify({
        sections: pack.sections.length,
        items: itemCount,
        words,
        pdfPages: pages.length,
        arabicReadBack: arabicCount,
        chineseReadBack: chineseCount,
        pdfMedianMs: Math.round(median(pdfTimes)),
        pdfSlowestMs: Math.round(Math.max(...pdfTimes)),
        docxMedianMs: Math.round(median(docxTimes)),
        docxSlowestMs: Math.round(Math.max(...docxTimes)),
        baselineMedianMs: Math.round(median(baselines)),
        baselineSlowestMs: Math.round(Math.max(...baselines)),
        warmPdfMedianMs: Math.round(median(warmPdfTimes)),
        warmPdfSlowestMs: Math.round(Math.max(...warmPdfTimes)),
        warmBaselineMedianMs: Math.round(median(warmBaselines)),
        load: Number(load),
      }),
    );
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
