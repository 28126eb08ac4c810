/**
 * Known-item recall@5: does Briefing's search put the provision a delegate half-remembers
 * among the first five passages?
 *
 *   npm run bench:known-items       (BRIEFING_CORPUS=… to point at another corpus)
 *
 * Method: a fresh library in a temporary folder; the 48 treaties of the corpus
 * (instruments/treaties-en-nl-markdown, Markdown, English then Dutch) and the Rome Statute
 * (its article-level JSON printed to PDF by Chromium, as bench:goto does) go through the real
 * import (startEngine, imports.start, extraction workers, structure), so passages, labels and
 * headings are those a user gets. Each query of knownItemQueries.ts then goes through the
 * service the Search screen calls (search.query); the passages of all returned documents are
 * put in score order. A query is found at rank r when the r-th passage answers it (its document, and its label or a passage inside it, and/or its quote);
 * a part, chapter or section that merely contains the quote is not an answer (opening it lands
 * at its start). Recall@5 is the share of queries found at rank 1–5, overall and per kind; a rank from 6
 * to 20 is shown as a near miss, and a miss whose top five holds only the part, chapter or
 * section around the answer says so. Before querying,
 * every answer of the key is checked against the library: an answer no passage satisfies is
 * a broken key, said loudly, not a miss. Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentPassage, SearchHit } from '../../electron/common/model';
import { startEngine, type Engine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import { corpus, projectRoot } from './benchSupport';
import { knownItemQueries, queryKinds, type KnownAnswer, type QueryKind } from './knownItemQueries';
import { statutePdf } from './romeStatutePdf';

const depth = 5;
/** Ranks past the fifth are looked at too, to tell a near miss from a miss. */
const diagnosticDepth = 20;
const treaties = path.join(corpus, 'instruments/treaties-en-nl-markdown');
const worker = path.join(projectRoot, 'out/main/extractionWorker.js');
const searchWorker = path.join(projectRoot, 'out/main/searchWorker.js');

/** Lower case, letters and digits only, one space between words: "4.All Members" ~ "4. All members". */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Library {
  /** Corpus file name of each imported document. */
  fileOf: Map<number, string>;
  passagesOf: Map<number, Map<number, DocumentPassage>>;
}

/** Parts, chapters and sections hold whole articles: opening one lands at its start, not at the provision. */
const containers = new Set<DocumentPassage['level']>(['part', 'chapter', 'section']);

/**
 * Whether a passage of a document answers: the document, then the label (or one inside it)
 * and the quote; a part, chapter or section that merely contains the quote does not.
 */
function answers(answer: KnownAnswer, file: string, passage: DocumentPassage, containerCounts = false): boolean {
  if (!file.startsWith(answer.document) || (containers.has(passage.level) && !containerCounts)) return false;
  if (answer.label && passage.label !== answer.label && !passage.label.startsWith(`${answer.label}(`)) return false;
  return !answer.quote || normalise(passage.text).includes(normalise(answer.quote));
}

async function importLibrary(engine: Engine, dataDir: string): Promise<Library> {
  const statute = path.join(dataDir, 'rome-statute-structured-json.pdf');
  await statutePdf(statute);
  const files = fs
    .readdirSync(treaties)
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(treaties, file));
  files.push(statute);
  let batch = await engine.api.imports.start({ paths: files, kind: 'instrument' });
  while (batch.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    batch = await engine.api.imports.getBatch({ batchId: batch.id });
  }
  const fileOf = new Map<number, string>();
  const passagesOf = new Map<number, Map<number, DocumentPassage>>();
  for (const item of batch.items) {
    if (item.status !== 'imported' || item.documentId === null) {
      console.warn(`*** NOT IMPORTED: ${item.name}: ${item.message ?? item.status} ***`);
      continue;
    }
    fileOf.set(item.documentId, item.name);
    const passages = await engine.api.library.passages({ documentId: item.documentId });
    passagesOf.set(item.documentId, new Map(passages.map((passage) => [passage.id, passage])));
  }
  const passageCount = [...passagesOf.values()].reduce((sum, passages) => sum + passages.size, 0);
  console.log(`${fileOf.size} of ${files.length} files imported, ${passageCount} passages`);
  // Wait on the index's state, not for a time; each query then replays the import's journal.
  for (;;) {
    const status = await engine.api.search.status({});
    if (status.state === 'failed') throw new Error(`Search index failed: ${status.message}`);
    if (status.state === 'ready') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { fileOf, passagesOf };
}

/** Answers no passage of the library satisfies: mistakes in the key, not misses of the engine. */
function brokenAnswers(library: Library): string[] {
  const broken: string[] = [];
  for (const { query, answers: expected } of knownItemQueries) {
    for (const answer of expected) {
      const found = [...library.passagesOf].some(([documentId, passages]) =>
        [...passages.values()].some((passage) => answers(answer, library.fileOf.get(documentId)!, passage)),
      );
      if (!found) broken.push(`${query} → ${JSON.stringify(answer)}`);
    }
  }
  return broken;
}

interface Result {
  query: string;
  kinds: QueryKind[];
  /** 1-based rank of the first answering passage among the top twenty, or null. */
  rank: number | null;
  /** When missed: the label of a part, chapter or section among the top five that holds the answer. */
  onlyContainer: string | null;
  top: string;
}

async function runQuery(engine: Engine, library: Library, query: (typeof knownItemQueries)[number]): Promise<Result> {
  let hits: (SearchHit & { documentId: number })[];
  try {
    const response = await engine.api.search.query({ query: query.query, limit: diagnosticDepth, hitsPerDocument: diagnosticDepth });
    // Groups come in order of their best passage; across documents, passages go by score.
    hits = response.groups
      .flatMap((group) => group.hits.map((hit) => ({ ...hit, documentId: group.documentId })))
      .toSorted((a, b) => b.score - a.score)
      .slice(0, diagnosticDepth);
  } catch (error) {
    return { query: query.query, kinds: query.kinds, rank: null, onlyContainer: null, top: `error: ${(error as Error).message}` };
  }
  const answering = (containerCounts: boolean) => (hit: (typeof hits)[number]) => {
    const passage = library.passagesOf.get(hit.documentId)?.get(hit.passageId);
    return passage !== undefined && query.answers.some((answer) => answers(answer, library.fileOf.get(hit.documentId)!, passage, containerCounts));
  };
  const index = hits.findIndex(answering(false));
  const container = index >= 0 && index < depth ? undefined : hits.slice(0, depth).find(answering(true));
  const first = hits[0];
  // The citation a delegate sees (it carries the title the import gave), and the corpus file behind it.
  const top = first ? `${first.citation} [${library.fileOf.get(first.documentId)?.replace(/\.BWBV\d+/u, '')}]` : '(nothing found)';
  return { query: query.query, kinds: query.kinds, rank: index < 0 ? null : index + 1, onlyContainer: container?.label ?? null, top };
}

const percent = (found: number, total: number) => Math.round((found / total) * 1000) / 10;
const isFound = (rank: number | null) => rank !== null && rank <= depth;
const shownRank = (rank: number | null) => (rank === null ? 'missed' : rank <= depth ? String(rank) : `missed (rank ${rank})`);

async function main() {
  if (!fs.existsSync(treaties)) {
    console.warn(`\n*** SKIPPING the known-item benchmark: no corpus at ${corpus}. Set BRIEFING_CORPUS to the shared corpus folder. ***\n`);
    return;
  }
  if (!fs.existsSync(worker) || !fs.existsSync(searchWorker)) throw new Error('Build first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-known-items-'));
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(worker), searchWorkerScript: searchWorker, fileTimeoutMs: 300_000 });
  try {
    const library = await importLibrary(engine, dataDir);
    const broken = brokenAnswers(library);
    for (const line of broken) console.warn(`*** ANSWER KEY NOT IN THE LIBRARY: ${line} ***`);
    const results: Result[] = [];
    for (const query of knownItemQueries) results.push(await runQuery(engine, library, query));
    console.log('\n| # | kinds | query | rank | top result |\n|---|---|---|---|---|');
    results.forEach((result, number) =>
      console.log(`| ${number + 1} | ${result.kinds.join(', ')} | \`${result.query}\` | ${shownRank(result.rank)}${result.onlyContainer ? ` (only its ${result.onlyContainer})` : ''} | ${result.top} |`),
    );
    const found = results.filter((result) => isFound(result.rank)).length;
    const byKind: Partial<Record<QueryKind, { found: number; queries: number; recallAt5: number }>> = {};
    console.log(`\nrecall@${depth}: ${found}/${results.length} = ${percent(found, results.length)}%`);
    for (const kind of queryKinds) {
      const ofKind = results.filter((result) => result.kinds.includes(kind));
      const foundOfKind = ofKind.filter((result) => isFound(result.rank)).length;
      byKind[kind] = { found: foundOfKind, queries: ofKind.length, recallAt5: percent(foundOfKind, ofKind.length) };
      console.log(`  ${kind}: ${foundOfKind}/${ofKind.length} = ${percent(foundOfKind, ofKind.length)}%`);
    }
    console.log(
      JSON.stringify({
        queries: results.length,
        found,
        recallAt5: percent(found, results.length),
        byKind,
        brokenAnswers: broken.length,
        ranks: results.map((result) => result.rank),
        loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
      }),
    );
  } finally {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().then(() => process.exit(0));
