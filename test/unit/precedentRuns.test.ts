import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { DocumentPassage, Precedent } from '../../electron/common/model';
import { draftParagraphs } from '../../electron/common/draftParagraphs';
import { PrecedentRuns } from '../../electron/core/precedents/precedentRuns';
import { addSearchFixture } from './helpers/searchFixtures';
import { temporaryLibrary } from './helpers/temporaryLibrary';

let nextId = 1;
function passage(level: DocumentPassage['level'], label: string, parentId: number | null = null): DocumentPassage {
  const id = nextId++;
  return { id, parentId, level, label, heading: null, text: `${label} text`, start: { page: 0, offset: 0 }, end: { page: 0, offset: 0 } };
}

describe('draftParagraphs', () => {
  const preamble = passage('preamble', 'Preamble, para. 1');
  const part = passage('part', 'Part 1');
  const art1 = passage('article', 'Art. 1', part.id);
  const art2 = passage('article', 'Art. 2', part.id);
  const art2p1 = passage('paragraph', 'Art. 2(1)', art2.id);
  const art2p1a = passage('subparagraph', 'Art. 2(1)(a)', art2p1.id);
  const art2p2 = passage('paragraph', 'Art. 2(2)', art2.id);
  const art3 = passage('article', 'Art. 3', part.id);
  const art3a = passage('subparagraph', 'Art. 3(a)', art3.id);
  const art12 = passage('article', 'Art. 12', part.id);
  const all = [preamble, part, art1, art2, art2p1, art2p1a, art2p2, art3, art3a, art12];

  it('takes preamble paragraphs, the paragraphs of articles that have them, and other articles whole', () => {
    expect(draftParagraphs(all).map((found) => found.label)).toEqual(['Preamble, para. 1', 'Art. 1', 'Art. 2(1)', 'Art. 2(2)', 'Art. 3', 'Art. 12']);
  });

  it('narrows to one article or paragraph as a delegate cites it, not its namesakes', () => {
    expect(draftParagraphs(all, '2').map((found) => found.label)).toEqual(['Art. 2(1)', 'Art. 2(2)']);
    expect(draftParagraphs(all, 'art. 2(2)').map((found) => found.label)).toEqual(['Art. 2(2)']);
    expect(draftParagraphs(all, 'Article 1').map((found) => found.label)).toEqual(['Art. 1']);
  });

  it('says what is wrong with an article it cannot use', () => {
    expect(() => draftParagraphs(all, 'persecution')).toThrow(/is not an article/u);
    expect(() => draftParagraphs(all, '9')).toThrow(/no article 9/u);
  });
});

describe('PrecedentRuns', () => {
  let library: ReturnType<typeof temporaryLibrary>;
  let draftId: number;
  let instrumentId: number;
  /** Paragraphs waiting for their precedents, answered by the test one at a time. */
  let waiting: { text: string; answer(precedents: Precedent[]): void; fail(error: Error): void }[];
  let runs: PrecedentRuns;

  const answerNext = async () => {
    await expect.poll(() => waiting.length).toBeGreaterThan(0);
    waiting.shift()!.answer([]);
  };

  beforeEach(() => {
    library = temporaryLibrary();
    draftId = addSearchFixture(library.db, {
      title: 'Draft articles', kind: 'draft', language: 'en',
      passages: [['Art. 1', 'Crimes against humanity are crimes under international law.'], ['Art. 2', 'Each State undertakes to prevent them.'], ['Art. 3', 'No exceptional circumstances may be invoked.']],
    });
    instrumentId = addSearchFixture(library.db, { title: 'Rome Statute', language: 'en', passages: [['Art. 1', 'The Court.']] });
    waiting = [];
    runs = new PrecedentRuns(library.db, (text) => new Promise((answer, fail) => waiting.push({ text, answer, fail })));
  });
  afterEach(() => library.remove());

  it('finds each paragraph in turn, reporting progress, then finishes', async () => {
    const run = runs.start(draftId, 5);
    expect(run).toMatchObject({ state: 'running', done: 0, total: 3, paragraphs: [] });
    await answerNext();
    await expect.poll(() => runs.get(run.id).done).toBe(1);
    await answerNext();
    await answerNext();
    await expect.poll(() => runs.get(run.id).state).toBe('finished');
    expect(runs.get(run.id).paragraphs.map((paragraph) => paragraph.label)).toEqual(['Art. 1', 'Art. 2', 'Art. 3']);
    expect(runs.get(run.id, 2).paragraphs.map((paragraph) => paragraph.label)).toEqual(['Art. 3']);
  });

  it('stops before the next paragraph when cancelled, keeping those done', async () => {
    const run = runs.start(draftId, 5);
    await answerNext();
    await expect.poll(() => runs.get(run.id).done).toBe(1);
    expect(runs.cancel(run.id).state).toBe('cancelled');
    await answerNext();
    expect(waiting).toHaveLength(0);
    expect(runs.get(run.id)).toMatchObject({ state: 'cancelled', done: 1 });
  });

  it('reports a failure with its message', async () => {
    const run = runs.start(draftId, 5);
    await expect.poll(() => waiting.length).toBe(1);
    waiting.shift()!.fail(new AppError('internal', 'Search is not running. Restart Briefing.'));
    await expect.poll(() => runs.get(run.id).state).toBe('failed');
    expect(runs.get(run.id).message).toBe('Search is not running. Restart Briefing.');
  });

  it('refuses a document that is not a draft, one not there, and a run it does not know', () => {
    expect(() => runs.start(instrumentId, 5)).toThrow(/is not a draft/u);
    expect(() => runs.start(9999, 5)).toThrow(AppError);
    expect(() => runs.get('no-such-run')).toThrow(/run it again/u);
  });
});
