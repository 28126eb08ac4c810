/**
 * Compare at the issue's size: two revisions of a 50-article draft.
 *
 *   npm run bench:compare            (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: articles 1–50 of the Rome Statute (../shared/corpus, structured JSON) are the older
 * revision. The newer one is made from it by a fixed plan, as negotiators revise a text:
 * words replaced, inserted and deleted in 20 articles (seeded), a clause moved in one, a new
 * article inserted after article 10 (so every later one is renumbered), article 20 split in
 * two, articles 40 and 41 merged, article 30 deleted. Both are written to a real library
 * (SQLite on disk, five articles a page) and compared through the revisions service, as the
 * Revisions screen asks: read both texts, align the articles, redline each. 7 runs after one
 * warm-up; median and slowest. Baseline, same run: the `diff` package's diffWords over the
 * two whole texts at once (no alignment, one redline). The alignment is checked against the
 * plan: every article's counterpart and change must be the planned one. Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { openLibrary } from '../../electron/core/library/library';
import { createRevisionsService } from '../../electron/core/services/revisionsService';
import { median, romeArticles } from './benchSupport';

interface Article {
  label: string;
  heading: string;
  body: string;
}

const runs = 7;

/** Mulberry32: a small seeded generator, so every run edits the same words. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rewords a body as a negotiator would: a few words replaced, inserted and deleted. */
function reword(body: string, random: () => number): string {
  const words = body.split(' ');
  for (let edit = 0; edit < 3; edit += 1) {
    const at = Math.floor(random() * words.length);
    const choice = random();
    if (choice < 0.4) words[at] = words[at] === 'shall' ? 'may' : 'the State';
    else if (choice < 0.7) words.splice(at, 0, 'as appropriate,');
    else if (words.length > 10) words.splice(at, 2);
  }
  return words.join(' ');
}

/** The newer revision by the plan above, and for each of its articles the older labels it comes from and how. */
function revise(older: Article[]): { newer: Article[]; plan: { from: string[]; to: string[]; change: string }[] } {
  const random = seeded(2019);
  const reworded = new Set(Array.from({ length: 20 }, (_, index) => String(2 + index * 2)).filter((label) => !['20', '30', '40'].includes(label)));
  const byLabel = new Map(older.map((article) => [article.label, article]));
  const drafts: { heading: string; body: string; from: string[]; change: string }[] = [];
  for (const article of older) {
    const { label, heading } = article;
    if (label === '30' || label === '41') continue;
    if (label === '11') drafts.push({ heading: 'Prevention', body: 'Each State Party undertakes to prevent crimes against humanity, in conformity with international law, through effective legislative, administrative, judicial or other preventive measures in any territory under its jurisdiction.', from: [], change: 'added' });
    if (label === '20') {
      const lines = article.body.split('\n');
      const half = Math.ceil(lines.length / 2);
      drafts.push({ heading, body: lines.slice(0, half).join('\n'), from: ['20'], change: 'split' });
      drafts.push({ heading: `${heading} (continued)`, body: lines.slice(half).join('\n'), from: ['20'], change: 'split' });
      continue;
    }
    if (label === '40') {
      drafts.push({ heading: `${heading}; ${byLabel.get('41')!.heading}`, body: `${article.body}\n${byLabel.get('41')!.body}`, from: ['40', '41'], change: 'merged' });
      continue;
    }
    let body = reworded.has(label) ? reword(article.body, random) : article.body;
    if (label === '15') {
      // A clause moved: the first sentence goes to the end.
      const sentences = body.split('. ');
      body = [...sentences.slice(1), sentences[0]].join('. ');
    }
    drafts.push({ heading, body, from: [label], change: 'pair' });
  }
  const newer = drafts.map((draft, index) => ({ label: String(index + 1), heading: draft.heading, body: draft.body }));
  // Planned groups: split parts share their source; the deleted article stands alone.
  const plan: { from: string[]; to: string[]; change: string }[] = [];
  drafts.forEach((draft, index) => {
    const last = plan.at(-1);
    if (draft.change === 'split' && last?.change === 'split') last.to.push(`Art. ${newer[index].label}`);
    else plan.push({ from: draft.from.map((label) => `Art. ${label}`), to: [`Art. ${newer[index].label}`], change: draft.change });
  });
  plan.push({ from: ['Art. 30'], to: [], change: 'deleted' });
  return { newer, plan };
}

/** An aligned group as "Art. 3>Art. 4": its older labels, then its newer ones. */
function key(group: { from: string; to: string }): string {
  return `${group.from}>${group.to}`;
}

/** Writes a draft: five articles a page, each an article passage. */
function writeDraft(library: ReturnType<typeof openLibrary>, symbol: string, articles: Article[]): number {
  const pages: string[] = [];
  const passages: Parameters<typeof saveImportedDocument>[1]['passages'] = [];
  articles.forEach((article, index) => {
    const page = Math.floor(index / 5);
    const text = `Article ${article.label}\n${article.heading}\n${article.body}`;
    const before = pages[page] === undefined ? '' : `${pages[page]}\n`;
    pages[page] = `${before}${text}`;
    passages.push({ level: 'article', label: `Art. ${article.label}`, heading: article.heading, text, start: { page, offset: before.length }, end: { page, offset: before.length + text.length }, parentIndex: null });
  });
  return saveImportedDocument(library.db, {
    document: { kind: 'draft', title: 'Draft statute', language: 'en', documentDate: null, symbol },
    pages: pages.map((text) => ({ text, hasTextLayer: true, width: null, height: null })),
    passages,
  });
}

async function main(): Promise<void> {
  const older = romeArticles(50);
  const { newer, plan } = revise(older);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-compare-'));
  const library = openLibrary(dataDir);
  try {
    const olderId = writeDraft(library, 'A/CONF.999/L.1', older);
    const newerId = writeDraft(library, 'A/CONF.999/L.1/Rev.1', newer);
    const service = createRevisionsService(library);
    const ids = { olderDocumentId: olderId, newerDocumentId: newerId };
    const comparison = await service.compare(ids);

    const got = comparison.articles.map((article) => ({ from: article.olderLabels.join('+'), to: article.newerLabels.join('+'), change: article.change }));
    const wanted = plan.map((group) => ({ from: group.from.join('+'), to: group.to.join('+'), change: group.change }));
    const gotKeys = new Set(got.map(key));
    const right = wanted.filter((group) => gotKeys.has(key(group)) && (group.change === 'pair' || got.find((candidate) => key(candidate) === key(group))?.change === group.change)).length;
    const wrong = wanted.filter((group) => !gotKeys.has(key(group)));

    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await service.compare(ids);
      times.push(performance.now() - started);
    }
    const olderText = older.map((article) => `Article ${article.label}\n${article.heading}\n${article.body}`).join('\n');
    const newerText = newer.map((article) => `Article ${article.label}\n${article.heading}\n${article.body}`).join('\n');
    const baselines: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      diffWords(olderText, newerText);
      baselines.push(performance.now() - started);
    }
    const words = olderText.split(/\s+/u).length;
    console.log(`older: ${older.length} articles, ${words} words; newer: ${newer.length} articles`);
    console.log(`alignment: ${right} of ${wanted.length} planned groups right${wrong.length ? `; wrong: ${wrong.map(key).join(', ')}` : ''}`);
    console.log(`counts: ${JSON.stringify(comparison.counts)}`);
    console.log(`compare (read, align, redline): median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms`);
    console.log(`baseline diffWords over the whole texts: median ${median(baselines).toFixed(0)} ms; ratio ${(median(times) / median(baselines)).toFixed(2)}`);
    console.log(JSON.stringify({ articles: older.length, words, alignmentRight: right, alignmentPlanned: wanted.length, compareMedianMs: Math.round(median(times)), compareSlowestMs: Math.round(Math.max(...times)), baselineMedianMs: Math.round(median(baselines)) }));
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
