/**
 * What the crash harness checks after each kill: the database file's integrity (read-only,
 * before the host opens it again), every acknowledged write read back through the API, no
 * orphan original in files/, and the search index agreeing with the library.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentSummary, SearchResponse, SearchStatus, Annotation, Position } from '../../../electron/common/model';
import type { Pack, PackSummary, PositionCard } from '../../../electron/common/packs';
import { databaseFileName } from '../../../electron/core/library/library';
import { sweepGraceMs } from '../../../electron/core/library/originalSweep';
import { callHost } from './crashClient';
import { absent, type CrashLedger, type EntityKind, type Finding } from './crashLedger';
import { bodyText, cardText, wordOfFileName, type LibraryView } from './crashWorkload';
import type { RunningHost } from './hostProcess';

/**
 * `PRAGMA integrity_check` on the library as the crash left it, opened read-only (the WAL is
 * read, nothing is written). Returns the problems reported; [] when the answer is "ok".
 */
export function integrityProblems(dataDir: string): string[] {
  const file = path.join(dataDir, databaseFileName);
  if (!fs.existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((answer) => answer !== 'ok');
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    return foreignKeys.length > 0 ? [...problems, `${foreignKeys.length} rows break a foreign key`] : problems;
  } finally {
    db.close();
  }
}

/**
 * Files under files/ that belong to no document, by the rule of the sweep the engine runs at
 * start (originalSweep.ts): an original whose digest no document has, or an unfinished copy
 * (`*.partial`), is an orphan once untouched for sweepGraceMs (younger ones are kept by design:
 * another process's import may be writing them). Stricter than the sweep on one point: any
 * other file there counts too. Reads the documents' digests read-only beside the host.
 */
export function orphanOriginals(dataDir: string, now = Date.now()): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  const db = new Database(path.join(dataDir, databaseFileName), { readonly: true, fileMustExist: true });
  let digests: Set<string>;
  try {
    digests = new Set(db.prepare<[], { sha256: string }>('SELECT sha256 FROM documents WHERE sha256 IS NOT NULL').all().map((row) => row.sha256));
  } finally {
    db.close();
  }
  const orphans: string[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || digests.has(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const waiting = (entry.name.endsWith('.partial') || /^[0-9a-f]{64}$/u.test(entry.name)) && now - fs.statSync(file).mtimeMs < sweepGraceMs;
    if (!waiting) orphans.push(path.relative(root, file));
  }
  return orphans;
}

/**
 * Makes every file under files/ look untouched for twice the sweep's grace, as if the app were
 * started again hours after the crash: the next start must then sweep every orphan, and the
 * check above allows none. Returns how many files it aged.
 */
export function ageOriginals(dataDir: string): number {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return 0;
  const then = (Date.now() - 2 * sweepGraceMs) / 1000;
  let aged = 0;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    fs.utimesSync(path.join(entry.parentPath, entry.name), then, then);
    aged += 1;
  }
  return aged;
}

/** Waits until search says ready (it loads, checks and catches up its index at start). */
async function searchReady(host: RunningHost): Promise<SearchStatus> {
  for (;;) {
    const status = await callHost<SearchStatus>(host, 'search.status', {});
    if (status.state === 'ready' || status.state === 'failed') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Reads everything the ledger follows back from the restarted host and reconciles it; returns
 * the findings (lost and unexpected writes) and the index disagreements (a unique word that
 * finds other documents than the library holds for it).
 */
export async function readBack(host: RunningHost, ledger: CrashLedger, library: LibraryView): Promise<{ findings: Finding[]; indexDisagreements: string[] }> {
  const findings: Finding[] = [];
  const documents = await callHost<DocumentSummary[]>(host, 'library.listDocuments', {});
  const documentWords = new Map<string, string>();
  for (const document of documents) {
    const word = wordOfFileName(document.originalFileName);
    documentWords.set(String(document.id), word ?? `(not the harness's: ${document.originalFileName})`);
    if (word) library.documents.set(document.id, { word, draft: document.kind === 'draft' });
  }
  findings.push(...ledger.reconcile('document', documentWords));

  const read = async (kind: EntityKind, entries: Promise<[number, string][]>) => findings.push(...ledger.reconcile(kind, new Map((await entries).map(([id, value]) => [String(id), value]))));
  await read('annotation', Promise.all(documents.map((document) => callHost<Annotation[]>(host, 'annotations.list', { documentId: document.id }))).then((lists) => lists.flat().map((annotation) => [annotation.id, annotation.note])));
  await read('position', callHost<Position[]>(host, 'positions.list', {}).then((positions) => positions.map((position) => [position.id, position.summary])));
  const summaries = await callHost<PackSummary[]>(host, 'packs.list', {});
  const packs = await Promise.all(summaries.map((summary) => callHost<Pack>(host, 'packs.get', { id: summary.id })));
  await read('pack', Promise.resolve(packs.map((pack) => [pack.id, pack.title])));
  await read('section', Promise.resolve(packs.flatMap((pack) => pack.sections.map((section): [number, string] => [section.id, bodyText(section.body)]))));
  await read('item', Promise.resolve(packs.flatMap((pack) => pack.sections.flatMap((section) => section.items.map((item): [number, string] => [item.id, item.quote])))));
  const cards = await Promise.all(
    ledger.known('card').map(async (key): Promise<[string, string]> => {
      const [revisionDocumentId, articleLabel] = key.split('|');
      const card = await callHost<PositionCard | null>(host, 'positions.card', { revisionDocumentId: Number(revisionDocumentId), articleLabel });
      return [key, card && card.carriedFromDocumentId === null ? cardText(card) : absent];
    }),
  );
  findings.push(...ledger.reconcile('card', new Map(cards)));

  const status = await searchReady(host);
  const indexDisagreements: string[] = status.state === 'failed' ? [`search failed: ${status.message}`] : [];
  if (status.state === 'ready') {
    const holders = new Map<string, number[]>();
    for (const document of documents) {
      const word = wordOfFileName(document.originalFileName);
      if (word) holders.set(word, [...(holders.get(word) ?? []), document.id]);
    }
    for (const word of library.attempted) if (!holders.has(word)) holders.set(word, []);
    library.attempted = [];
    for (const [word, expected] of holders) {
      const response = await callHost<SearchResponse>(host, 'search.query', { query: word });
      const found = response.groups.map((group) => group.documentId).toSorted((a, b) => a - b);
      if (found.join() !== expected.join()) indexDisagreements.push(`"${word}" finds [${found.join(', ')}], the library has it in [${expected.join(', ')}]`);
    }
  }
  return { findings, indexDisagreements };
}
