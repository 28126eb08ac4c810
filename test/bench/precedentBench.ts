/**
 * Precedent finder quality and speed on real instruments (issue 12 item 7).
 *
 *   npm run bench:precedents        (BRIEFING_CORPUS=… for another corpus, BENCH_SAMPLE=N, BENCH_SEED=S,
 *                                    BENCH_EDITS=N edits per paragraph instead of 3)
 *
 * Method: a library of the corpus's instruments and statements (precedentLibrary.ts). From the
 * English instruments, paragraphs are sampled (seeded) as a draft's paragraphs are taken
 * (draftParagraphs: preamble paragraphs, numbered paragraphs, articles without any), 12 to 300
 * words, Dutch halves of the treaty files left out; each is edited lightly (paragraphEdits.ts:
 * "the Court" → "the State" where it occurs, then three edits among insert, delete, replace a
 * word and swap two clauses). The edited paragraph is looked up by ours (findPrecedents: BM25
 * candidates ordered again by words and word pairs in common) and by the baseline (the plain
 * BM25 query of its words, OR-ed, instruments only: bm25Candidates). The source counts as
 * found where a result is the sampled passage or a passage with exactly its words (the Rome
 * Statute and the UDHR are in the corpus twice, the Geneva Conventions share articles).
 * Timing: each lookup once, after a warm-up of 20, on this process's thread (the search worker
 * runs the same code). Then a draft of 50 articles (their paragraphs edited the same way) is
 * stored and its precedents found by PrecedentRuns, one paragraph after the other, timed to the
 * end. Last, selections: runs of 8, 15 and 25 words cut from the sampled paragraphs of 30
 * words or more, found where a result holds the selection's words in order. Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentPassage } from '../../electron/common/model';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { documentPassages } from '../../electron/core/db/repos/passagesRepo';
import { allDocumentFacts, passagesAfter } from '../../electron/core/db/repos/searchRepo';
import type { FoundPassage } from '../../electron/core/import/structure/types';
import { draftParagraphs } from '../../electron/common/draftParagraphs';
import { bm25Candidates, findPrecedents } from '../../electron/core/precedents/precedentFinder';
import { PrecedentRuns } from '../../electron/core/precedents/precedentRuns';
import { similarityWords } from '../../electron/core/precedents/wordSimilarity';
import { documentFacts } from '../../electron/core/search/documentFacts';
import { PassageIndex } from '../../electron/core/search/passageIndex';
import { median } from './benchSupport';
import { seededRandom } from '../fixtures/seededRandom';
import { editLightly } from './paragraphEdits';
import { writePrecedentLibrary } from './precedentLibrary';

const sampleSize = Number(process.env.BENCH_SAMPLE ?? 1000);
const seed = Number(process.env.BENCH_SEED ?? 12);
const editCount = Number(process.env.BENCH_EDITS ?? 3);
const draftArticles = 50;

/** Dutch, by its commonest function words: the treaty files hold a Dutch translation after the English. */
const dutch = /\b(?:het|een|van|voor|worden|wordt|zijn|deze|bij|tot)\b/giu;
const isDutch = (text: string) => (text.match(dutch)?.length ?? 0) >= 3;

function percentile(values: number[], share: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/** A text's folded words, for "the same text" wherever it stands. */
const sameWords = (text: string) => similarityWords(text).join(' ');

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-precedent-bench-'));
const db = openDatabase(path.join(folder, 'library.sqlite'));
try {
  let started = performance.now();
  const written = writePrecedentLibrary(db);
  const index = PassageIndex.empty();
  for (let afterId = 0; ; ) {
    const batch = passagesAfter(db, afterId, 2_000);
    if (batch.length === 0) break;
    index.upsert(batch);
    afterId = batch.at(-1)!.id;
  }
  for (const row of allDocumentFacts(db)) index.documents.set(row.id, documentFacts(row));
  index.prepareTypoTolerance();
  console.log(`library: ${written.instruments} instruments, ${written.statements} statements, ${index.passageCount} passages (${round((performance.now() - started) / 1000)} s to build)`);

  // The paragraphs of the English instruments, as a draft's would be taken.
  const instruments = allDocumentFacts(db).filter((row) => row.kind === 'instrument' && row.language === 'en');
  const units: { passage: DocumentPassage; documentId: number; article: number }[] = [];
  for (const document of instruments) {
    const passages = documentPassages(db, document.id);
    for (const passage of draftParagraphs(passages)) {
      const words = passage.text.split(/\s+/u).length;
      if (words < 12 || words > 300 || isDutch(passage.text)) continue;
      units.push({ passage, documentId: document.id, article: passage.level === 'paragraph' ? (passage.parentId ?? passage.id) : passage.id });
    }
  }
  const random = seededRandom(seed);
  const sample = units.map((unit) => ({ unit, key: random() })).toSorted((a, b) => a.key - b.key).slice(0, sampleSize).map(({ unit }) => unit);
  console.log(`paragraphs: ${units.length} eligible, ${sample.length} sampled (seed ${seed}), ${editCount} edits each`);

  const edits = sample.map(({ passage }) => ({ passage, source: sameWords(passage.text), ...editLightly(passage.text, random, editCount) }));
  const textOf = db.prepare<[number], string>('SELECT text FROM passages WHERE id = ?').pluck();
  const isSource = (edit: (typeof edits)[number], passageId: number) =>
    passageId === edit.passage.id || sameWords(textOf.get(passageId) ?? '') === edit.source;

  for (const edit of edits.slice(0, 20)) {
    findPrecedents(index, db, edit.text, 5);
    bm25Candidates(index, similarityWords(edit.text));
  }
  const ours = { first: 0, top5: 0, times: [] as number[] };
  const baseline = { first: 0, top5: 0, times: [] as number[] };
  const misses: string[] = [];
  for (const edit of edits) {
    started = performance.now();
    const found = findPrecedents(index, db, edit.text, 5);
    ours.times.push(performance.now() - started);
    started = performance.now();
    const ranked = bm25Candidates(index, similarityWords(edit.text)).slice(0, 5);
    baseline.times.push(performance.now() - started);
    const oursAt = found.findIndex((precedent) => isSource(edit, precedent.passageId));
    const baselineAt = ranked.findIndex((passage) => isSource(edit, passage.passageId));
    if (oursAt === 0) ours.first += 1;
    if (oursAt >= 0) ours.top5 += 1;
    if (baselineAt === 0) baseline.first += 1;
    if (baselineAt >= 0) baseline.top5 += 1;
    if (oursAt !== 0 && misses.length < 12) {
      misses.push(`  ${edit.passage.label} (${edit.edits.join(', ')}) → ${found[0] ? `${found[0].title} ${found[0].label} ${found[0].similarity}` : 'nothing'}; source at ${oursAt}`);
    }
  }
  const share = (count: number) => round((100 * count) / edits.length);
  console.log(`ours:     first ${share(ours.first)}%, top 5 ${share(ours.top5)}%, p50 ${round(median(ours.times))} ms, p95 ${round(percentile(ours.times, 0.95))} ms per paragraph`);
  console.log(`baseline: first ${share(baseline.first)}%, top 5 ${share(baseline.top5)}%, p50 ${round(median(baseline.times))} ms, p95 ${round(percentile(baseline.times, 0.95))} ms per paragraph (BM25 OR, ranks only)`);
  if (misses.length > 0) console.log(`some of ours not first:\n${misses.join('\n')}`);

  // Selections: a run of 8, 15 or 25 words from paragraphs of 30 words or more, unedited. Found
  // where a result holds the selection's words in order (its paragraph, the article holding it, a twin).
  const selections: Record<number, { ours: number; oursTop5: number; baseline: number; count: number }> = {};
  const longer = sample.filter(({ passage }) => passage.text.split(/\s+/u).length >= 30).slice(0, 300);
  for (const size of [8, 15, 25]) {
    const tally = { ours: 0, oursTop5: 0, baseline: 0, count: longer.length };
    for (const { passage } of longer) {
      const words = passage.text.split(/\s+/u).filter(Boolean);
      const at = Math.floor(random() * Math.max(1, words.length - size));
      const selection = words.slice(at, at + size).join(' ');
      const wanted = sameWords(selection);
      const holds = (passageId: number) => passageId === passage.id || sameWords(textOf.get(passageId) ?? '').includes(wanted);
      const found = findPrecedents(index, db, selection, 5).findIndex((precedent) => holds(precedent.passageId));
      const baselineFirst = bm25Candidates(index, similarityWords(selection))[0];
      if (found === 0) tally.ours += 1;
      if (found >= 0) tally.oursTop5 += 1;
      if (baselineFirst && holds(baselineFirst.passageId)) tally.baseline += 1;
    }
    selections[size] = tally;
    console.log(`selections of ${size} words (${tally.count}): ours first ${round((100 * tally.ours) / tally.count)}%, top 5 ${round((100 * tally.oursTop5) / tally.count)}%; baseline first ${round((100 * tally.baseline) / tally.count)}%`);
  }

  // A draft of 50 articles, each article's paragraphs edited, stored as a draft with its structure.
  const byArticle = new Map<number, typeof units>();
  for (const unit of units) byArticle.set(unit.article, [...(byArticle.get(unit.article) ?? []), unit]);
  const articles = [...byArticle.values()].filter((group) => group.length <= 8).map((group) => ({ group, key: random() })).toSorted((a, b) => a.key - b.key).slice(0, draftArticles);
  // One page: the paragraphs one after the other; an article spans its paragraphs.
  const passages: FoundPassage[] = [];
  const pageTexts: string[] = [];
  let offset = 0;
  articles.forEach(({ group }, number) => {
    const edited = group.map((unit) => editLightly(unit.passage.text, random).text);
    const places = edited.map((text) => {
      const start = offset;
      offset += text.length + 1;
      pageTexts.push(text);
      return { start: { page: 0, offset: start }, end: { page: 0, offset: start + text.length } };
    });
    const articleIndex = passages.length;
    passages.push({ level: 'article', label: `Art. ${number + 1}`, heading: null, text: edited.join('\n'), start: places[0].start, end: places.at(-1)!.end, parentIndex: null });
    if (edited.length === 1) return;
    edited.forEach((text, paragraph) => passages.push({ level: 'paragraph', label: `Art. ${number + 1}(${paragraph + 1})`, heading: null, text, ...places[paragraph], parentIndex: articleIndex }));
  });
  const draftId = saveImportedDocument(db, {
    document: { kind: 'draft', title: 'Benchmark draft of 50 articles', language: 'en' },
    pages: [{ text: pageTexts.join('\n'), hasTextLayer: true, width: null, height: null }],
    passages,
  });
  // Each paragraph after a turn of the event loop, as when it comes back from the search worker.
  const runs = new PrecedentRuns(db, async (text, limit) => {
    await new Promise((resolve) => setImmediate(resolve));
    return findPrecedents(index, db, text, limit);
  });
  started = performance.now();
  let run = runs.start(draftId, 5);
  const progress: number[] = [];
  while (run.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    run = runs.get(run.id, run.total);
    progress.push(run.done);
  }
  const draftSeconds = (performance.now() - started) / 1000;
  console.log(`draft of ${draftArticles} articles: ${run.total} paragraphs, ${round(draftSeconds, 2)} s (${run.state}; progress seen at ${new Set(progress).size} steps)`);

  console.log(JSON.stringify({
    passages: index.passageCount, sampled: edits.length, seed, edits: editCount,
    oursFirst: share(ours.first), oursTop5: share(ours.top5), baselineFirst: share(baseline.first), baselineTop5: share(baseline.top5),
    oursP50Ms: round(median(ours.times)), oursP95Ms: round(percentile(ours.times, 0.95)),
    baselineP50Ms: round(median(baseline.times)), baselineP95Ms: round(percentile(baseline.times, 0.95)),
    draftParagraphs: run.total, draftSeconds: round(draftSeconds, 2), cores: os.availableParallelism(),
    selections: Object.fromEntries(Object.entries(selections).map(([size, tally]) => [size, {
      oursFirst: round((100 * tally.ours) / tally.count), oursTop5: round((100 * tally.oursTop5) / tally.count), baselineFirst: round((100 * tally.baseline) / tally.count),
    }])),
  }));
} finally {
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
