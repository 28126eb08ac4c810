import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importAndWait, importingTestTimeout, temporaryEngine } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let inbox: string;

beforeEach(async () => {
  engine = await temporaryEngine();
  inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-annotation-search-'));
});
afterEach(async () => {
  await engine.remove();
  fs.rmSync(inbox, { recursive: true, force: true });
});

async function importText(name: string, text: string): Promise<number> {
  const file = path.join(inbox, name);
  fs.writeFileSync(file, text);
  return (await importAndWait(engine.api, { paths: [file] })).items[0].documentId!;
}

const rect = { pageIndex: 0, x1: 10, y1: 10, x2: 100, y2: 20 };

describe('searching annotations', { timeout: importingTestTimeout }, () => {
  it('finds a Chinese note from a fragment cut anywhere, or one character of it', async () => {
    const rome = await importText('rome.txt', 'Article 7\nCrimes against humanity');
    const { annotations, search } = engine.api;
    await annotations.create({ documentId: rome, kind: 'note', colour: 'question', note: '保留意见：第七条的适用', tags: [], anchor: { rects: [rect] } });
    for (const query of ['留意', '见：第七', '七条的适', '条', '用']) {
      expect((await search.query({ query })).annotations, query).toHaveLength(1);
    }
    expect((await search.query({ query: '意七' })).annotations).toHaveLength(0);
  });

  it('finds notes, tags and quoted text, with the quote and note in the result, and follows edits and deletions', async () => {
    const rome = await importText('rome.txt', 'Article 7\nCrimes against humanity\nPersecution against any identifiable group.');
    const draft = await importText('draft.txt', 'Article 3\nGeneral obligations\nEach State undertakes to prevent.');
    const { annotations, search } = engine.api;
    const persecution = await annotations.create({
      documentId: rome, kind: 'highlight', colour: 'key', note: 'Précédent utile pour la délégation', tags: ['precedent'],
      anchor: { rects: [rect], quote: { exact: 'Persecution against any identifiable group.', prefix: '', suffix: '' } },
    });
    const obligation = await annotations.create({
      documentId: draft, kind: 'note', colour: 'question', note: 'Ask the chair about timing', tags: ['procedure'], anchor: { rects: [rect] },
    });

    // A word only in a note (accents folded), a tag, a word only in the quote, a phrase, a prefix.
    expect((await search.query({ query: 'precedent' })).annotations.map((hit) => hit.annotationId)).toEqual([persecution.id]);
    expect((await search.query({ query: 'procedure' })).annotations.map((hit) => hit.annotationId)).toEqual([obligation.id]);
    const byQuote = await search.query({ query: 'identifiable' });
    expect(byQuote.annotations).toEqual([
      expect.objectContaining({
        annotationId: persecution.id,
        documentId: rome,
        quote: 'Persecution against any identifiable group.',
        note: 'Précédent utile pour la délégation',
        pageIndex: 0,
        citation: expect.stringContaining('p. 1'),
      }),
    ]);
    expect(byQuote.totalPassages).toBe(1);
    expect((await search.query({ query: '"about timing"' })).annotations).toHaveLength(1);
    expect((await search.query({ query: '"timing about"' })).annotations).toHaveLength(0);
    expect((await search.query({ query: 'chair -timing' })).annotations).toHaveLength(0);
    expect((await search.query({ query: 'tim' })).annotations).toHaveLength(1);
    // Filters apply to the annotation's document.
    expect((await search.query({ query: 'precedent doc:"draft"' })).annotations).toHaveLength(0);

    await annotations.update({ id: obligation.id, patch: { note: 'Ask the chair about the schedule' } });
    expect((await search.query({ query: 'schedule' })).annotations).toHaveLength(1);
    expect((await search.query({ query: 'timing' })).annotations).toHaveLength(0);
    await annotations.delete({ id: persecution.id });
    expect((await search.query({ query: 'precedent' })).annotations).toHaveLength(0);
  });
});
