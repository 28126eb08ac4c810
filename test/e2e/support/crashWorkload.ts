/**
 * The crash harness's workload: imports (PDFs made here, uploaded as the browser uploads them),
 * annotation writes, position edits and pack edits, chosen by a seeded random generator, every
 * write entered in the ledger before it is sent and when it is acknowledged.
 */
import { makeTextPdf } from '../../fixtures/pdfFixtures';
import { richTextOf, plainTextOf, type RichText } from '../../../electron/common/richText';
import type { Annotation, ImportBatch, Position } from '../../../electron/common/model';
import type { Pack, PackItem, PackSection, PositionCard } from '../../../electron/common/packs';
import { absent, CrashLedger } from './crashLedger';
import { callHost, Refused, Unanswered } from './crashClient';
import type { RunningHost } from './hostProcess';

// Letters far apart in every language's stemmer: no suffix to strip, no word of the filler text.
const wordLetters = 'bcdfghjkmnpqrtvwxz';

/**
 * A word that no other document holds: ten random consonants, so two of them differ by far more
 * than the two edits the search corrects, and none is a stem of another.
 */
export function uniqueWord(random: () => number): string {
  return Array.from({ length: 10 }, () => wordLetters[Math.floor(random() * wordLetters.length)]).join('');
}

/** The upload name that names a document's unique word; the library keeps it as originalFileName. */
export const fileNameFor = (word: string) => `crash-${word}.pdf`;
export const wordOfFileName = (name: string | null) => /^crash-([a-z]+)\.pdf$/u.exec(name ?? '')?.[1];

/** The first heading of a card, whose text is what the ledger follows. */
const cardText = (card: PositionCard | null) => (card?.fields.objective ? plainTextOf(card.fields.objective) : absent);
export const bodyText = (body: RichText | null) => (body ? plainTextOf(body) : '');
export { cardText };

/** What the workload may trigger a kill on: an import being read, a write just sent. */
export interface KillHooks {
  onImportReading?: () => void;
  onWriteSent?: (operation: string) => void;
}

/** The documents acknowledged, their unique words and which are drafts (what cards need). */
export interface LibraryView {
  documents: Map<number, { word: string; draft: boolean }>;
  /** Words of the imports started since the last check: those not in the library must find nothing. */
  attempted: string[];
}

type Op = { weight: number; run: () => Promise<void> | undefined };

/**
 * Both lanes of one life of the host: importing, and writing. Each stops at its first
 * unanswered call (the host is dead); a refused call is recorded, never thrown.
 */
export class CrashWorkload {
  readonly refusals: string[] = [];
  importsStarted = 0;
  importErrors: string[] = [];
  private counter = 0;

  constructor(
    private readonly ledger: CrashLedger,
    private readonly library: LibraryView,
    private readonly seed: number,
  ) {}

  /** A value no other write of the run has (a note, a summary, a body). */
  private nextValue(cycle: number): string {
    this.counter += 1;
    return `write ${cycle}.${this.counter}`;
  }

  /** Imports one PDF after another until the host dies. */
  async importLane(host: RunningHost, random: () => number, hooks: KillHooks): Promise<void> {
    while (await this.importOne(host, random, random() < 0.4, hooks));
  }

  /**
   * Imports one PDF made here, uploaded as the browser uploads it, and waits for its batch to
   * settle. Returns false when the host died first.
   */
  async importOne(host: RunningHost, random: () => number, draft: boolean, hooks: KillHooks = {}): Promise<boolean> {
    const word = uniqueWord(random);
    const pages = [[draft ? 'Draft articles on crash safety' : 'Statement on crash safety', '', 'Article 1', `The ${word} clause is kept.`, 'Article 2', 'Each delegation keeps its notes.']];
    if (random() < 0.5) pages.push(['Article 3', `Annex on ${word} and the rest.`]);
    const bytes = await makeTextPdf(pages);
    this.ledger.createSent('document', word);
    this.library.attempted.push(word);
    this.importsStarted += 1;
    const startedAt = performance.now();
    const started = await this.call<ImportBatch>(host, 'imports.start', {
      files: [{ name: fileNameFor(word), dataBase64: Buffer.from(bytes).toString('base64') }],
      kind: draft ? 'draft' : 'statement',
    });
    if (!started) return false;
    let batch = started;
    let readingSeen = false;
    while (batch.state === 'running') {
      if (!readingSeen && batch.items[0]?.status === 'reading') {
        readingSeen = true;
        hooks.onImportReading?.();
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
      const next = await this.call<ImportBatch>(host, 'imports.getBatch', { batchId: batch.id });
      if (!next) return false;
      batch = next;
    }
    const item = batch.items[0];
    if (item?.status === 'imported' && item.documentId !== null) {
      this.ledger.createAcknowledged('document', item.documentId, word);
      this.library.documents.set(item.documentId, { word, draft });
    } else {
      this.importErrors.push(`${fileNameFor(word)}: ${item?.status} ${item?.message ?? ''}`);
    }
    this.importTimes.push(performance.now() - startedAt);
    return true;
  }

  /** Milliseconds from upload to a settled batch, of the imports that settled. */
  readonly importTimes: number[] = [];

  /** Writes annotations, positions, packs and cards until the host dies. */
  async writeLane(host: RunningHost, random: () => number, cycle: number, hooks: KillHooks): Promise<void> {
    const pick = <T>(values: readonly T[]): T | undefined => (values.length > 0 ? values[Math.floor(random() * values.length)] : undefined);
    const send = async <T>(operation: string, args: unknown): Promise<T | undefined> => {
      const answer = this.call<T>(host, operation, args);
      hooks.onWriteSent?.(operation);
      return answer;
    };
    const documents = () => [...this.library.documents.keys()].filter((id) => this.ledger.valueOf('document', id) !== absent);
    const drafts = () => documents().filter((id) => this.library.documents.get(id)?.draft);
    const live = (kind: Parameters<CrashLedger['live']>[0]) => this.ledger.live(kind).map(Number);

    const ops: Op[] = [
      { weight: 20, run: () => {
        const documentId = pick(documents());
        if (documentId === undefined) return undefined;
        const note = this.nextValue(cycle);
        return this.create('annotation', note, `document:${documentId}`, () =>
          send<Annotation>('annotations.create', {
            documentId, kind: 'highlight', colour: pick(['key', 'support', 'oppose', 'question']), note,
            anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700, x2: 72 + Math.floor(random() * 300), y2: 714 }] },
          }));
      } },
      { weight: 15, run: () => this.update('annotation', pick(live('annotation')), cycle, (id, note) => send('annotations.update', { id, patch: { note } })) },
      { weight: 4, run: () => this.remove('annotation', pick(live('annotation')), (id) => send('annotations.delete', { id })) },
      { weight: 10, run: () => {
        const summary = this.nextValue(cycle);
        const revision = random() < 0.5 ? pick(drafts()) : undefined;
        return this.create('position', summary, undefined, () =>
          send<Position>('positions.create', {
            position: {
              speaker: { kind: 'state', code: pick(['BRA', 'FRA', 'KEN', 'JPN']) }, revisionDocumentId: revision ?? null,
              targetLabel: `Art. ${1 + Math.floor(random() * 3)}`, stance: pick(['supports', 'opposes', 'amends']), summary,
              proposedWording: '', quote: '', source: { documentId: null, pageIndex: null, meeting: '', date: null },
            },
          }));
      } },
      { weight: 10, run: () => this.update('position', pick(live('position')), cycle, (id, summary) => send('positions.update', { id, patch: { summary } })) },
      { weight: 3, run: () => this.remove('position', pick(live('position')), (id) => send('positions.delete', { id })) },
      { weight: 3, run: () => {
        if (live('pack').length >= 3) return undefined;
        const title = this.nextValue(cycle);
        return this.create('pack', title, undefined, () =>
          send<Pack>('packs.create', { title, session: { name: 'Crash session', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId: null } }));
      } },
      { weight: 5, run: () => this.update('pack', pick(live('pack')), cycle, (id, title) => send('packs.update', { id, patch: { title } })) },
      { weight: 6, run: () => {
        const packId = pick(live('pack'));
        if (packId === undefined || this.ledger.live('section').filter((id) => this.ledger.parentOf('section', id) === `pack:${packId}`).length >= 6) return undefined;
        // A new section has no body: it reads as '' until its body is saved.
        return this.create('section', '', `pack:${packId}`, () =>
          send<PackSection>('packs.addSection', { packId, kind: 'notes', title: `Notes ${this.nextValue(cycle)}` }));
      } },
      { weight: 12, run: () => this.update('section', pick(live('section')), cycle, (id, text) => send('packs.updateSection', { id, patch: { body: richTextOf(text) } })) },
      { weight: 1, run: () => this.remove('section', pick(live('section')), (id) => send('packs.deleteSection', { id })) },
      { weight: 6, run: () => {
        const sectionId = pick(live('section'));
        if (sectionId === undefined) return undefined;
        const quote = this.nextValue(cycle);
        return this.create('item', quote, `section:${sectionId}`, () =>
          send<PackItem>('packs.addItem', { sectionId, item: { kind: 'note', source: {}, quote, citation: 'Crash harness' } }));
      } },
      { weight: 4, run: () => this.update('item', pick(live('item')), cycle, (id, quote) => send('packs.updateItem', { id, patch: { quote } })) },
      { weight: 2, run: () => this.remove('item', pick(live('item')), (id) => send('packs.deleteItem', { id })) },
      { weight: 8, run: () => {
        const revisionDocumentId = pick(drafts());
        if (revisionDocumentId === undefined) return undefined;
        const articleLabel = `Art. ${1 + Math.floor(random() * 3)}`;
        const key = `${revisionDocumentId}|${articleLabel}`;
        const text = this.nextValue(cycle);
        this.ledger.writeSent('card', key, text, `document:${revisionDocumentId}`);
        return send<PositionCard>('positions.saveCard', { revisionDocumentId, articleLabel, card: { status: pick(['instructed', 'flexible']), fields: { objective: richTextOf(text) } } }).then((card) => {
          if (card) this.ledger.writeAcknowledged('card', key, text);
        });
      } },
    ];
    const total = ops.reduce((sum, op) => sum + op.weight, 0);
    for (;;) {
      let roll = random() * total;
      const op = ops.find((candidate) => (roll -= candidate.weight) < 0) ?? ops[0];
      // An operation whose preconditions fail (no document yet) is skipped; a position is always possible.
      const running = op.run() ?? ops[3].run();
      await running;
      if (this.dead) return;
    }
  }

  private dead = false;

  /** Calls the host; undefined once it is dead (and from then on), refusals recorded. */
  private async call<T>(host: RunningHost, operation: string, args: unknown): Promise<T | undefined> {
    if (this.dead) return undefined;
    try {
      return await callHost<T>(host, operation, args);
    } catch (error) {
      if (error instanceof Unanswered) {
        this.dead = true;
        return undefined;
      }
      if (error instanceof Refused) {
        // The host logs what went wrong on its side: keep its last lines with the refusal.
        const log = error.status >= 500 ? `\n    host log: ${host.output().slice(-1_500).replaceAll('\n', '\n    ')}` : '';
        this.refusals.push(`seed ${this.seed}: ${error.message}${log}`);
        return undefined;
      }
      throw error;
    }
  }

  /** A new life of the host: the lanes run again. */
  revive(): void {
    this.dead = false;
  }

  private async create(kind: 'annotation' | 'position' | 'pack' | 'section' | 'item', value: string, parent: string | undefined, request: () => Promise<{ id: number } | undefined>): Promise<void> {
    this.ledger.createSent(kind, value, parent);
    const created = await request();
    if (created) this.ledger.createAcknowledged(kind, created.id, value, parent);
  }

  private update(kind: 'annotation' | 'position' | 'pack' | 'section' | 'item', id: number | undefined, cycle: number, request: (id: number, value: string) => Promise<unknown>): Promise<void> | undefined {
    if (id === undefined) return undefined;
    const value = this.nextValue(cycle);
    this.ledger.writeSent(kind, id, value);
    return request(id, value).then((answer) => {
      if (answer) this.ledger.writeAcknowledged(kind, id, value);
    });
  }

  private remove(kind: 'annotation' | 'position' | 'section' | 'item', id: number | undefined, request: (id: number) => Promise<{ deleted: boolean } | undefined>): Promise<void> | undefined {
    if (id === undefined) return undefined;
    this.ledger.writeSent(kind, id, absent);
    return request(id).then((answer) => {
      if (answer?.deleted) this.ledger.writeAcknowledged(kind, id, absent);
    });
  }
}
