/**
 * Search speed and quality against SQLite FTS5 over the same passages.
 *
 *   npm run bench:search            (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: a library of passages from the shared corpus — UN General Debate statements, the
 * treaties in Markdown, the UN parallel corpus in six languages, the UDHR in six languages
 * and the Rome Statute one article per passage (its article-level JSON is the ground truth),
 * about 5M words. Ours: the real SearchEngine (the code the search worker runs) over a real
 * library database; each query is a full search — parse, rank, phrase checks, grouping, the
 * top 20 passages (one per document) with citations and snippets. Baseline: an FTS5 table (unicode61, diacritics removed) over
 * the same passages, `bm25` order, LIMIT 20 with FTS5's snippet() (and, for reference, the
 * rowids alone), prefix queries as term*, phrases as "…". After one untimed warm-up pass,
 * every query runs 5 times, alternating engines; p50 and p95 per class over all runs.
 * Index build, load (restart from the saved file), size on disk, heap, and recall@5 of Rome
 * Statute articles searched by their titles. Last line: JSON.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { corpus, parallelLanguages, parallelSentences, writeLibrary, type BenchDocument } from './benchSupport';

const repetitions = 5;

function chunkParagraphs(text: string, maxChars = 1200): string[] {
  const paragraphs = text.split(/\n+/u).map((line) => line.trim()).filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${paragraph}` : paragraph;
  }
  if (current) chunks.push(current);
  return chunks;
}

function loadCorpus(): { documents: BenchDocument[]; rome: { number: string; name: string }[] } {
  const documents: BenchDocument[] = [];
  const statements = path.join(corpus, 'statements/un-general-debate-corpus');
  for (const session of fs.readdirSync(statements)) {
    const folder = path.join(statements, session);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const file of fs.readdirSync(folder)) {
      const match = /^([A-Z]{3})_\d+_(\d{4})\.txt$/u.exec(file);
      if (!match) continue;
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      documents.push({
        title: `Statement by ${match[1]}, general debate ${match[2]}`,
        kind: 'statement', language: 'en', date: `${match[2]}-09-20`, state: match[1],
        passages: chunkParagraphs(text).map((chunk, index) => ({ label: `Para. ${index + 1}`, text: chunk })),
      });
    }
  }
  const treaties = path.join(corpus, 'instruments/treaties-en-nl-markdown');
  for (const file of fs.readdirSync(treaties).filter((name) => name.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(treaties, file), 'utf8').replace(/<[^>]+>|\[([^\]]*)\]\([^)]*\)|#+/gu, '$1');
    const year = /(\d{4})/u.exec(file)?.[1];
    documents.push({
      title: file.replace(/\.[A-Z0-9]+\.md$/u, '').replace(/-/gu, ' '),
      kind: 'instrument', language: 'en', date: year ? `${year}-01-01` : null, state: null,
      passages: chunkParagraphs(text).map((chunk, index) => ({ label: `Para. ${index + 1}`, text: chunk })),
    });
  }
  for (const language of parallelLanguages) {
    const lines = parallelSentences(language);
    const passages: { label: string; text: string }[] = [];
    for (let start = 0; start < lines.length; start += 8) {
      passages.push({ label: `Para. ${passages.length + 1}`, text: lines.slice(start, start + 8).join('\n') });
    }
    documents.push({ title: `UN parallel corpus (${language})`, kind: 'instrument', language, date: '2016-01-01', state: null, passages });
  }
  const udhr = path.join(corpus, 'instruments/udhr-six-un-languages');
  for (const [code, language] of [['arb', 'ar'], ['cmn_hans', 'zh'], ['eng', 'en'], ['fra', 'fr'], ['rus', 'ru'], ['spa', 'es']]) {
    const text = fs.readFileSync(path.join(udhr, `udhr_${code}.txt`), 'utf8');
    documents.push({
      title: `Universal Declaration of Human Rights (${language})`, kind: 'instrument', language, date: '1948-12-10', state: null,
      passages: chunkParagraphs(text, 800).map((chunk, index) => ({ label: `Para. ${index + 1}`, text: chunk })),
    });
  }
  const romeEntries = JSON.parse(
    fs.readFileSync(path.join(corpus, 'instruments/rome-statute-structured-json/RomeStatute.json'), 'utf8'),
  ) as { article?: { number: string; name: string; text: string } }[];
  const rome = romeEntries.flatMap((entry) => (entry.article ? [entry.article] : []));
  documents.push({
    title: 'Rome Statute of the International Criminal Court', kind: 'instrument', language: 'en', date: '1998-07-17', state: null,
    passages: rome.map((article) => ({ label: `Art. ${article.number}`, heading: article.name, text: `Article ${article.number}\n${article.name}\n${article.text}` })),
  });
  return { documents, rome: rome.map(({ number, name }) => ({ number, name })) };
}

function buildFts(libraryFile: string, ftsFile: string): Database.Database {
  const fts = new Database(ftsFile);
  fts.exec(`CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`);
  fts.exec(`ATTACH DATABASE '${libraryFile.replace(/'/gu, "''")}' AS library`);
  fts.exec('INSERT INTO passages_fts (rowid, text) SELECT id, text FROM library.passages');
  fts.exec('DETACH DATABASE library');
  return fts;
}

type QueryClass = 'oneWord' | 'twoWords' | 'phrase' | 'prefixGrowing' | 'typo' | 'commonWord';

const queryClasses: Record<QueryClass, { ours: string; fts: string }[]> = {
  oneWord: ['persecution', 'sovereignty', 'genocide', 'refugees', 'disarmament', 'apartheid', 'extradition', 'terrorism', 'immunity', 'reservations']
    .map((word) => ({ ours: word, fts: word })),
  twoWords: [['identifiable', 'group'], ['nuclear', 'weapons'], ['climate', 'change'], ['enforced', 'disappearance'], ['territorial', 'integrity'], ['peaceful', 'settlement'], ['forcible', 'transfer'], ['sexual', 'violence']]
    .map(([a, b]) => ({ ours: `${a} ${b} `, fts: `${a} ${b}` })),
  phrase: ['crimes against humanity', 'international community', 'widespread or systematic attack', 'right to self-determination', 'weapons of mass destruction', 'rule of law']
    .map((phrase) => ({ ours: `"${phrase}"`, fts: `"${phrase.replace(/-/gu, ' ')}"` })),
  prefixGrowing: ['persecution', 'sovereignty', 'humanitarian', 'deportation'].flatMap((word) =>
    Array.from({ length: word.length - 2 }, (_, index) => word.slice(0, index + 3)).map((prefix) => ({ ours: prefix, fts: `${prefix}*` })),
  ),
  typo: [['persecusion', 'persecusion'], ['sovreignty', 'sovreignty'], ['genocyde', 'genocyde'], ['refugess', 'refugess'], ['extradiction', 'extradiction'], ['terorism', 'terorism']]
    .map(([ours, fts]) => ({ ours: `${ours} `, fts })),
  commonWord: ['state', 'united', 'nations', 'international', 'development', 'people']
    .map((word) => ({ ours: `${word} `, fts: word })),
};

function percentile(values: number[], share: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/**
 * Times the pages the Search screen asks for after the first (the screen's defaults: 20
 * documents, 3 passages each): the documents from offset 20, and passages 21-40 of the
 * document with the most matching passages (its own search, documentId). p95 over
 * `repetitions` runs of each query, after the warm-up pass of the caller.
 */
function pagingFigures(engine: SearchEngine, queries: string[]): { firstPageP95: number; nextDocumentsP95: number; documentPassagesP95: number } {
  const times = { first: [] as number[], next: [] as number[], passages: [] as number[] };
  for (let run = 0; run < repetitions; run += 1) {
    for (const query of queries) {
      const response = timed(times.first, () => engine.query(query));
      timed(times.next, () => engine.query(query, { offset: 20 }));
      const most = response.groups.toSorted((a, b) => b.hitCount - a.hitCount).at(0);
      if (most) timed(times.passages, () => engine.query(query, { documentId: most.documentId, passageOffset: 20, hitsPerDocument: 20 }));
    }
  }
  return { firstPageP95: p95(times.first), nextDocumentsP95: p95(times.next), documentPassagesP95: p95(times.passages) };
}

/** Runs `ask`, adds its duration in ms to `into`, and gives back its answer. */
function timed<T>(into: number[], ask: () => T): T {
  const started = performance.now();
  const answer = ask();
  into.push(performance.now() - started);
  return answer;
}

function p95(values: number[]): number {
  return round(percentile(values, 0.95));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main() {
  if (!fs.existsSync(path.join(corpus, 'statements'))) throw new Error(`No corpus at ${corpus}; set BRIEFING_CORPUS.`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-bench-'));
  const libraryFile = path.join(folder, 'library.sqlite');
  const indexFile = path.join(folder, 'search', 'index.bin');
  const { documents, rome } = loadCorpus();
  const { passages, words, textBytes } = writeLibrary(libraryFile, documents);
  console.log(`${documents.length} documents, ${passages} passages, ${words} words, ${round(textBytes / 1e6)} MB of text`);

  if (!global.gc) throw new Error('Run with node --expose-gc (npm run bench:search does).');
  const db = openDatabase(libraryFile);
  global.gc();
  const before = process.memoryUsage();
  let started = performance.now();
  const engine = new SearchEngine(db, indexFile);
  await engine.start(); // no saved index yet: a full build
  const buildMs = performance.now() - started;
  engine.save(); // compacts the postings, as every save does
  global.gc();
  const after = process.memoryUsage();
  // The postings are typed arrays, whose bytes V8 counts outside heapUsed: report both.
  const heapMB = (after.heapUsed - before.heapUsed) / 1e6;
  const heapAndArraysMB = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1e6;
  const sizeMB = fs.statSync(indexFile).size / 1e6;
  engine.close();

  started = performance.now();
  const loaded = new SearchEngine(db, indexFile);
  await loaded.start();
  const loadMs = performance.now() - started;
  console.log(`build ${round(buildMs)} ms, load ${round(loadMs)} ms, index ${round(sizeMB)} MB on disk, heap +${round(heapMB)} MB, heap and typed arrays +${round(heapAndArraysMB)} MB`);

  started = performance.now();
  const fts = buildFts(libraryFile, path.join(folder, 'fts.sqlite'));
  const ftsBuildMs = performance.now() - started;
  // What an FTS5-based search screen would run: the 20 best passages with a highlighted
  // snippet each (ours returns the same: 20 passages with citation and snippet).
  const ftsQuery = fts.prepare(
    `SELECT rowid, snippet(passages_fts, 0, '[', ']', '…', 24) AS snippet, bm25(passages_fts) AS score
     FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score LIMIT 20`,
  );
  const ftsRowidsOnly = fts.prepare('SELECT rowid, bm25(passages_fts) AS score FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score LIMIT 20');
  // One untimed pass of every query on both sides first: JIT compilation and first-use
  // structures (the typo tree) are not what a person typing in the room waits for.
  for (const queries of Object.values(queryClasses)) {
    for (const query of queries) {
      loaded.query(query.ours, { limit: 20, hitsPerDocument: 1 });
      ftsQuery.all(query.fts);
      ftsRowidsOnly.all(query.fts);
    }
  }
  const classes: Record<string, { oursP50: number; oursP95: number; oursColdP50: number; fts5P50: number; fts5P95: number; fts5RowidsOnlyP95: number; queries: number }> = {};
  for (const [name, queries] of Object.entries(queryClasses)) {
    const ours: number[] = [];
    const baseline: number[] = [];
    const rowidsOnly: number[] = [];
    for (let run = 0; run < repetitions; run += 1) {
      for (const query of queries) {
        let t = performance.now();
        loaded.query(query.ours, { limit: 20, hitsPerDocument: 1 });
        ours.push(performance.now() - t);
        t = performance.now();
        ftsQuery.all(query.fts);
        baseline.push(performance.now() - t);
        t = performance.now();
        ftsRowidsOnly.all(query.fts);
        rowidsOnly.push(performance.now() - t);
      }
    }
    classes[name] = {
      oursP50: round(percentile(ours, 0.5)), oursP95: round(percentile(ours, 0.95)), oursColdP50: 0,
      fts5P50: round(percentile(baseline, 0.5)), fts5P95: round(percentile(baseline, 0.95)),
      fts5RowidsOnlyP95: round(percentile(rowidsOnly, 0.95)),
      queries: queries.length,
    };
    console.log(`${name.padEnd(14)} ours p50 ${classes[name].oursP50} p95 ${classes[name].oursP95} ms | fts5 p50 ${classes[name].fts5P50} p95 ${classes[name].fts5P95} ms (rowids only p95 ${classes[name].fts5RowidsOnlyP95})`);
  }

  // The same index with no passages kept between queries (SearchEngine keptPassages 0): what
  // a query costs the first time its passages are shown. Measured apart, after the figures
  // above (taken exactly as before), after its own warm-up pass, and closed before paging.
  const cold = new SearchEngine(db, indexFile, undefined, 0);
  await cold.start();
  for (const query of Object.values(queryClasses).flat()) cold.query(query.ours, { limit: 20, hitsPerDocument: 1 });
  const oursCold = new Map<string, number[]>();
  for (const [name, queries] of Object.entries(queryClasses)) {
    const times: number[] = [];
    for (let run = 0; run < repetitions; run += 1) {
      for (const query of queries) timed(times, () => cold.query(query.ours, { limit: 20, hitsPerDocument: 1 }));
    }
    oursCold.set(name, times);
  }
  cold.close();

  for (const [name, times] of oursCold) {
    classes[name].oursColdP50 = round(percentile(times, 0.5));
    console.log(`${name.padEnd(14)} ours, no passages kept between queries: p50 ${classes[name].oursColdP50} ms`);
  }

  // What the Search screen asks next (issue 11): more documents, and one document's passages.
  const paging = pagingFigures(loaded, [...queryClasses.oneWord, ...queryClasses.phrase].map((query) => query.ours));
  console.log(`paging         first page p95 ${paging.firstPageP95} ms | next 20 documents p95 ${paging.nextDocumentsP95} ms | a document's passages 21-40 p95 ${paging.documentPassagesP95} ms`);

  // Known-item quality: each Rome Statute article searched by its title.
  const romeId = db.prepare(`SELECT id FROM documents WHERE title = 'Rome Statute of the International Criminal Court'`).pluck().get() as number;
  const articleIds = new Map(
    (db.prepare('SELECT id, label FROM passages WHERE document_id = ?').all(romeId) as { id: number; label: string }[]).map((row) => [row.label, row.id]),
  );
  let foundOurs = 0;
  let foundFts = 0;
  for (const article of rome) {
    const expected = articleIds.get(`Art. ${article.number}`);
    const response = loaded.query(`${article.name} `, { limit: 5, hitsPerDocument: 5 });
    const top5 = response.groups.flatMap((group) => group.hits).toSorted((a, b) => b.score - a.score).slice(0, 5);
    if (top5.some((hit) => hit.passageId === expected)) foundOurs += 1;
    const ftsWords = article.name.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map((word) => `"${word}"`).join(' ') ?? '';
    const ftsTop = ftsWords ? (fts.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY bm25(passages_fts) LIMIT 5').pluck().all(ftsWords) as number[]) : [];
    if (ftsTop.includes(expected!)) foundFts += 1;
  }
  const recallAt5 = foundOurs / rome.length;
  console.log(`recall@5 over ${rome.length} Rome Statute articles: ours ${round(recallAt5)}, fts5 ${round(foundFts / rome.length)}`);

  loaded.close();
  db.close();
  fts.close();
  if (process.env.BENCH_KEEP) console.log(`kept ${folder}`);
  else fs.rmSync(folder, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      classes, loadMs: round(loadMs), buildMs: round(buildMs), fts5BuildMs: round(ftsBuildMs), indexMB: round(sizeMB),
      heapMB: round(heapMB), heapAndArraysMB: round(heapAndArraysMB), textMB: round(textBytes / 1e6), words, passages, recallAt5: round(recallAt5),
      fts5RecallAt5: round(foundFts / rome.length), paging,
    }),
  );
}

void main().then(() => process.exit(0));
