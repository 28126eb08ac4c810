import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, ImportBatch } from '../../electron/common/model';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-carry-');

async function importDraft(name: string, pages: string[][]): Promise<ImportBatch['items'][number]> {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, await makeTextPdf(pages, { title: 'Draft articles on crimes against humanity' }));
  const batch = await importAndWait(session.engine.api, { paths: [file], kind: 'draft' });
  expect(batch.items[0].status).toBe('imported');
  return batch.items[0];
}

function write(name: string, text: string): string {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, text);
  return file;
}

const scope = 'The present draft articles apply to the prevention and punishment of crimes against humanity.';
const definition = 'following acts when committed as part of a widespread or systematic attack:';
const obligation = 'Each State undertakes to prevent and to punish crimes against humanity.';

const original = [
  ['A/CN.4/L.935', 'Draft articles on crimes against humanity', 'Article 1', 'Scope', scope],
  ['Article 2', 'Definitions', definition, '(a) murder;', 'Article 3', 'General obligations', obligation],
];
// Rev.1: article 1 moved down by a new preamble line, article 2 reworded, article 3's sentence gone.
const revised = [
  ['A/CN.4/L.935/Rev.1', 'Draft articles on crimes against humanity', 'Recalling the Charter of the United Nations,', 'Article 1', 'Scope', scope],
  [
    'Article 2',
    'Definitions',
    'following acts when committed as part of a widespread and systematic attack against civilians:',
    '(a) murder;',
    'Article 3',
    'General obligations',
    'To be completed.',
  ],
];

const mark = (pageIndex: number, exact: string, prefix = '', suffix = '') => ({
  rects: [{ pageIndex, x1: 72, y1: 700, x2: 400, y2: 712 }],
  quote: { exact, prefix, suffix },
});

describe('carrying annotations to the next revision', { timeout: importingTestTimeout }, () => {
  it('finds unchanged and changed text again, keeps notes by page, and holds what is gone for review', async () => {
    const first = await importDraft('draft.pdf', original);
    const api = session.engine.api.annotations;
    await api.create({ documentId: first.documentId!, kind: 'highlight', colour: 'key', note: 'Core of the scope', tags: ['scope'], anchor: mark(0, scope, 'Scope ') });
    await api.create({ documentId: first.documentId!, kind: 'strikeout', colour: 'oppose', note: 'Capital opposes', anchor: mark(1, definition, 'Definitions ', ' (a) murder;') });
    await api.create({ documentId: first.documentId!, kind: 'underline', colour: 'question', note: 'Ask about timing', anchor: mark(1, obligation, 'General obligations ') });
    await api.create({ documentId: first.documentId!, kind: 'area', colour: 'support', note: 'Table to check', anchor: { rects: [{ pageIndex: 1, x1: 50, y1: 50, x2: 150, y2: 100 }] } });

    const second = await importDraft('draft-rev1.pdf', revised);
    expect(second.message).toBe(
      '4 annotations carried over from A/CN.4/L.935: 1 unchanged, 1 on changed text, 1 placed by page, 1 not found (waiting in the review list).',
    );

    const carried = await api.list({ documentId: second.documentId! });
    const byNote = Object.fromEntries(carried.map((annotation) => [annotation.note, annotation])) as Record<string, Annotation>;
    expect(carried).toHaveLength(4);

    const unchanged = byNote['Core of the scope'];
    expect(unchanged).toMatchObject({ kind: 'highlight', colour: 'key', tags: ['scope'], pageIndex: 0, carry: { status: 'unchanged', fromRevision: 'Original', fromSymbol: 'A/CN.4/L.935', toPassage: 'Art. 1 (Scope)' } });
    expect(unchanged.anchor.quote!.exact.replace(/\s+/gu, ' ')).toBe(scope);
    expect(unchanged.anchor.rects.length).toBeGreaterThan(0);
    for (const rect of unchanged.anchor.rects) {
      expect(rect).toMatchObject({ pageIndex: 0 });
      expect(rect.x1).toBeGreaterThanOrEqual(0);
      expect(rect.x2).toBeLessThanOrEqual(612);
      expect(rect.y2).toBeGreaterThan(rect.y1);
    }

    const changed = byNote['Capital opposes'];
    expect(changed).toMatchObject({ kind: 'strikeout', pageIndex: 1, carry: { status: 'changed', previousExact: definition } });
    // The mark keeps its ends (from "following" to "attack") and covers the reworded text between them.
    expect(changed.anchor.quote!.exact).toBe('following acts when committed as part of a widespread and systematic attack');
    const diff = changed.carry!.diff!;
    expect(diff.filter((part) => part.op === 'removed').map((part) => part.text)).toContain('or');
    expect(diff.filter((part) => part.op === 'added').map((part) => part.text)).toContain('and');

    expect(byNote['Ask about timing']).toMatchObject({ kind: 'underline', pageIndex: 1, carry: { status: 'not-found', previousExact: obligation } });
    expect(byNote['Ask about timing'].anchor.rects).toEqual([]);

    expect(byNote['Table to check']).toMatchObject({ kind: 'area', pageIndex: 1, carry: { status: 'by-page' } });
    expect(byNote['Table to check'].anchor.rects).toEqual([{ pageIndex: 1, x1: 50, y1: 50, x2: 150, y2: 100 }]);

    // Placing the one that was not found, by hand, ends its review; the previous revision is untouched.
    const placed = await api.update({ id: byNote['Ask about timing'].id, patch: { anchor: mark(1, 'To be completed.') } });
    expect(placed.carry).toBeNull();
    const accepted = await api.update({ id: changed.id, patch: { carry: null } });
    expect(accepted.carry).toBeNull();
    expect((await api.list({ documentId: first.documentId! })).map((annotation) => annotation.carry)).toEqual([null, null, null, null]);
  });

  it('carries nothing when the previous revision has no annotations, and is quiet about it', async () => {
    await importDraft('draft.pdf', original);
    const second = await importDraft('draft-rev1.pdf', revised);
    expect(second.message).toBeNull();
    expect(await session.engine.api.annotations.list({ documentId: second.documentId! })).toEqual([]);
  });

  it('carries marks between Word or text revisions as positions in the page text', async () => {
    const importText = async (file: string) => (await importAndWait(session.engine.api, { paths: [file], kind: 'draft' })).items[0];
    const first = await importText(write('draft.txt', `A/CN.4/L.935\nDraft articles\nArticle 1\n${scope}\nArticle 3\n${obligation}\n`));
    const page = (await session.engine.api.search.page({ documentId: first.documentId!, pageIndex: 0, terms: [] })).text;
    const at = (text: string) => ({ start: page.indexOf(text), end: page.indexOf(text) + text.length });
    const api = session.engine.api.annotations;
    await api.create({ documentId: first.documentId!, kind: 'highlight', colour: 'key', note: 'scope', pageIndex: 0, anchor: { rects: [], position: at(scope), quote: { exact: scope, prefix: 'Article 1\n', suffix: '\nArticle 3' } } });
    await api.create({ documentId: first.documentId!, kind: 'underline', colour: 'oppose', note: 'gone', pageIndex: 0, anchor: { rects: [], position: at(obligation), quote: { exact: obligation, prefix: 'Article 3\n', suffix: '' } } });

    const second = await importText(write('draft-rev1.txt', `A/CN.4/L.935/Rev.1\nDraft articles\nPreamble added.\nArticle 1\n${scope}\nArticle 3\nTo be completed.\n`));
    expect(second.message).toBe('2 annotations carried over from A/CN.4/L.935: 1 unchanged, 1 not found (waiting in the review list).');
    const carried = await api.list({ documentId: second.documentId! });
    const newPage = (await session.engine.api.search.page({ documentId: second.documentId!, pageIndex: 0, terms: [] })).text;
    const kept = carried.find((annotation) => annotation.note === 'scope')!;
    expect(kept).toMatchObject({ pageIndex: 0, carry: { status: 'unchanged' }, anchor: { rects: [] } });
    expect(newPage.slice(kept.anchor.position!.start, kept.anchor.position!.end)).toBe(scope);
    expect(carried.find((annotation) => annotation.note === 'gone')).toMatchObject({ carry: { status: 'not-found' } });
  });
});
