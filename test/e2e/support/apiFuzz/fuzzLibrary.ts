/**
 * The library the fuzz works on: a few documents (an imported PDF and text file with their
 * originals, a draft family of two revisions, a draft with positions, statements), marks, a
 * group, a position card and a pack with sections and items. Seeded once through the real
 * engine; the fuzz runs on copies of it, and the ids it holds are read back between batches.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startEngine } from '../../../../electron/core/engine';
import { forkLauncher } from '../../../../electron/core/import/worker/forkLauncher';
import { databaseFileName } from '../../../../electron/core/library/library';
import { makeBriefingPack, saveDraft } from '../../../fixtures/packFixtures';
import { makeTextPdf } from '../../../fixtures/pdfFixtures';
import { seedDraftWithPositions } from '../../../fixtures/positionCardLibrary';
import { builtSearchWorker, builtWorker, importAndWait } from '../../../unit/helpers/temporaryLibrary';
import { apiCall, send } from './rawRequests';
import { IdReference, type IdPool } from './schemaArbitrary';

const articles = (revision: number) => [
  { label: '2', heading: 'General obligation', body: `Each State ${revision === 0 ? 'undertakes' : 'shall undertake'} to prevent and punish crimes against humanity.` },
  { label: '3', heading: 'Definition', body: 'A crime against humanity means any of the following acts when committed as part of an attack.' },
  { label: '5', heading: 'Non-refoulement', body: 'No State shall expel a person to territory where there are substantial grounds for believing the person would be in danger.' },
];

/**
 * Seeds a new library in `dataDir` (the built extraction and search workers do the import).
 * Returns the operations the engine's services implement ("library.listDocuments" …), read
 * from the service objects themselves, for the test to hold against the schemas at the door.
 */
export async function seedFuzzLibrary(dataDir: string): Promise<string[]> {
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(builtWorker), searchWorkerScript: builtSearchWorker, workers: 1 });
  try {
    const pdf = await makeTextPdf([['A/AC.999/L.7', 'Statement of Brazil', 'Article 2', 'Brazil supports the obligation to prevent.'], ['Article 3', 'On the definition, Brazil prefers the Statute text.']], { title: 'Statement of Brazil' });
    const batch = await importAndWait(engine.api, {
      files: [
        { name: 'statement of brazil.pdf', dataBase64: Buffer.from(pdf).toString('base64') },
        { name: 'notes.txt', dataBase64: Buffer.from('Article 1\nScope\nThe present articles apply to crimes against humanity.\n').toString('base64') },
      ],
    });
    const imported = batch.items.map((item) => item.documentId).filter((id): id is number => id !== null);
    if (imported.length !== 2) throw new Error(`seeding: ${JSON.stringify(batch.items)}`);
    const db = engine.library.db;
    saveDraft(db, 'A/AC.999/L.1', 0, articles(0));
    const revision = saveDraft(db, 'A/AC.999/L.1', 1, articles(1));
    seedDraftWithPositions(engine.library);
    await makeBriefingPack(engine.api, db, { revisionDocumentId: revision, articles: ['2', '3'], itemsPerSection: 2 });
    await engine.api.states.createGroup({ name: 'Friends of the draft', members: ['BRA', 'FRA'] });
    for (const [index, documentId] of imported.entries()) {
      await engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'key', note: `mark ${index}`, anchor: index === 0 ? { rects: [{ pageIndex: 0, x1: 72, y1: 700, x2: 300, y2: 714 }] } : { rects: [], position: { start: 0, end: 9 } }, pageIndex: 0 });
    }
    return Object.entries(engine.api).flatMap(([service, methods]) => Object.keys(methods as object).map((method) => `${service}.${method}`));
  } finally {
    await engine.close();
  }
}

/** A copy of a closed library folder (database, originals, search index) to fuzz, so the seed stays untouched. */
export function copyLibrary(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

/** SQLite's own check of the database file of a library no process has open: 'ok' or what it found. */
export function integrityOf(dataDir: string): string {
  const db = new Database(path.join(dataDir, databaseFileName), { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** The ids the library holds, by kind, read back through the API between batches. */
export class IdPools {
  private readonly ids = new Map<IdPool, number[] | string[]>();
  /** The ids the library was seeded with, spared by calls that delete or refile while others exist. */
  private seeded: Set<number | string> | undefined;

  constructor(
    private readonly origin: string,
    private readonly token: string,
  ) {}

  /** Ids of what calls deleted, by operation ("packs.deleteSection"), for the restore that undoes it. */
  private readonly deleted = new Map<string, number[]>();
  /** Uploads made by topUp, each with words of its own (the same file twice is not imported twice). */
  private uploads = 0;

  /** Remembers what a call that answered ok made or deleted: an import batch, a precedent run, an export, a deleted row. */
  noteResult(operation: string, args: unknown, value: unknown): void {
    const deletedId = (args as { id?: unknown } | null)?.id;
    if (/\.delete\w*$/u.test(operation) && typeof deletedId === 'number') this.deleted.set(operation, [...(this.deleted.get(operation) ?? []).slice(-20), deletedId]);
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const pool: IdPool | undefined = operation === 'imports.start' ? 'batch' : operation === 'precedents.startDraft' ? 'precedentRun' : operation === 'packs.startExport' ? 'exportRun' : undefined;
    if (pool) this.ids.set(pool, [...((this.ids.get(pool) as string[] | undefined) ?? []).slice(-20), id]);
  }

  async refresh(): Promise<void> {
    const documents = (await this.value<{ id: number; kind: string }[]>('library.listDocuments', {})) ?? [];
    this.ids.set('document', documents.map((document) => document.id));
    this.ids.set('draft', documents.filter((document) => document.kind === 'draft').map((document) => document.id));
    const annotations: number[] = [];
    const passages: number[] = [];
    for (const document of documents.slice(0, 6)) {
      annotations.push(...((await this.value<{ id: number }[]>('annotations.list', { documentId: document.id })) ?? []).map((annotation) => annotation.id));
      passages.push(...((await this.value<{ id: number }[]>('library.passages', { documentId: document.id })) ?? []).slice(0, 10).map((passage) => passage.id));
    }
    this.ids.set('annotation', annotations);
    this.ids.set('passage', passages);
    this.ids.set('position', ((await this.value<{ id: number }[]>('positions.list', {})) ?? []).map((position) => position.id));
    this.ids.set('group', ((await this.value<{ id: number }[]>('states.listGroups', {})) ?? []).map((group) => group.id));
    this.ids.set('family', ((await this.value<{ id: number }[]>('revisions.listFamilies', {})) ?? []).map((family) => family.id));
    const packs = (await this.value<{ id: number }[]>('packs.list', {})) ?? [];
    this.ids.set('pack', packs.map((pack) => pack.id));
    const sections: number[] = [];
    const items: number[] = [];
    for (const pack of packs.slice(0, 3)) {
      const full = await this.value<{ sections: { id: number; items: { id: number }[] }[] }>('packs.get', { id: pack.id });
      for (const section of full?.sections ?? []) {
        sections.push(section.id);
        items.push(...section.items.map((item) => item.id));
      }
    }
    this.ids.set('section', sections);
    this.ids.set('item', items);
    this.seeded ??= new Set([...this.ids.values()].flat());
  }

  /**
   * Makes rows for the destructive calls to take (see `resolve`): two drafts uploaded (they
   * arrive as the import runs), marks, and a pack laid out on a seeded draft with a note in each
   * section. Then reads the ids again.
   */
  async topUp(): Promise<void> {
    const made = (pool: IdPool) => (this.ids.get(pool) ?? []).filter((id) => !this.seeded?.has(id)).length;
    if (made('document') < 4) {
      const files = [0, 1].map(() => {
        this.uploads += 1;
        return { name: `made-${this.uploads}.txt`, dataBase64: Buffer.from(`Article 1\nUpload ${this.uploads}\nEach State shall take measures number ${this.uploads}.\n`).toString('base64') };
      });
      await this.value('imports.start', { files, kind: 'draft' });
    }
    if (made('annotation') < 2) {
      for (const documentId of ((this.ids.get('document') ?? []) as number[]).slice(0, 3)) {
        await this.value('annotations.create', { documentId, kind: 'highlight', colour: 'key', note: 'made to be deleted', anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700, x2: 300, y2: 714 }] } });
      }
    }
    if (made('pack') < 1 || made('section') < 2 || made('item') < 2) {
      const session = { name: 'Disposable session', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: this.ids.get('draft')?.[0] ?? null };
      const pack = await this.value<{ sections: { id: number }[] }>('packs.create', { title: 'Disposable pack', session, templateId: 'informal', articles: ['2', '3'] });
      for (const section of pack?.sections ?? []) await this.value('packs.addItem', { sectionId: section.id, item: { kind: 'note', source: {}, quote: 'A point to raise.' } });
    }
    await this.refresh();
  }

  /** Whether so much was deleted that well-formed calls would mostly find nothing: what ran short, or undefined. */
  depleted(): string | undefined {
    const least: [IdPool, number][] = [['document', 4], ['draft', 2], ['pack', 1], ['section', 2], ['item', 2]];
    const short = least.filter(([pool, count]) => (this.ids.get(pool)?.length ?? 0) < count).map(([pool]) => pool);
    return short.length > 0 ? short.join(', ') : undefined;
  }

  /**
   * The arguments with each IdReference replaced by an id of its pool (schemas put none deeper
   * than `depth` levels; hostile nesting below is left as it is). A `destructive` call (one that
   * deletes, or refiles documents) takes only what the fuzz made itself (topUp makes some), so
   * that the seeded library lasts.
   */
  resolve(value: unknown, operation: string, depth = 40): unknown {
    const destructive = /\.(delete|remove)|\.updateDocuments?$|\.fileInFamily$/u.test(operation);
    if (value instanceof IdReference) {
      // A restore takes what its delete deleted ("packs.restoreItem" undoes "packs.deleteItem").
      const undone = this.deleted.get(operation.replace('.restore', '.delete'));
      const pool: (number | string)[] = undone?.length ? undone : value.pool === 'any' ? [...this.ids.values()].flat().filter((id) => typeof id === 'number') : (this.ids.get(value.pool) ?? []);
      const from = destructive ? pool.filter((id) => !this.seeded?.has(id)) : pool;
      // Past every id the library holds when there is nothing to take: a not-found, not a seeded row.
      const fallback = destructive ? 1_000_000 + value.pick : value.pick + 1;
      return from.length > 0 ? from[value.pick % from.length] : fallback;
    }
    if (value === null || typeof value !== 'object' || depth === 0) return value;
    if (Array.isArray(value)) return value.map((item) => this.resolve(item, operation, depth - 1));
    const resolved: Record<string, unknown> = {};
    // defineProperty keeps an own "__proto__" key an own key, as the fuzz meant it.
    for (const [key, item] of Object.entries(value)) Object.defineProperty(resolved, key, { value: this.resolve(item, operation, depth - 1), enumerable: true, configurable: true, writable: true });
    return resolved;
  }

  private async value<T>(operation: string, args: unknown): Promise<T | undefined> {
    const answer = await send(this.origin, this.token, apiCall(operation, args));
    const parsed = JSON.parse(answer.body.toString('utf8')) as { ok: boolean; value?: T };
    return parsed.ok ? parsed.value : undefined;
  }
}
