import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/common/dispatch';
import type { AnnotationAnchor } from '../../electron/common/model';
import { purgeDeletedAnnotations } from '../../electron/core/db/repos/annotationsRepo';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { temporaryEngine } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let documentId: number;

const anchor: AnnotationAnchor = {
  rects: [
    { pageIndex: 3, x1: 72, y1: 700, x2: 520, y2: 712 },
    { pageIndex: 4, x1: 72, y1: 780, x2: 300, y2: 792 }, // across the page break
  ],
  quote: { exact: 'persecution against any identifiable group', prefix: '(h) ', suffix: ' or collectivity' },
  position: { start: 10_432, end: 10_474 },
};

beforeEach(async () => {
  engine = await temporaryEngine();
  documentId = insertDocument(engine.library.db, { kind: 'draft', title: 'Draft articles, Rev.1', pageCount: 10 });
});
afterEach(() => engine.remove());

describe('annotations', () => {
  it('are saved with their anchor in PDF space, quote and position, and listed in page order', async () => {
    const later = await engine.api.annotations.create({ documentId, kind: 'note', colour: 'question', note: 'Ask the capital', anchor: { rects: [{ pageIndex: 7, x1: 50, y1: 50, x2: 70, y2: 70 }] } });
    const highlight = await engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'key', note: 'Definition', tags: ['definitions', 'art. 2'], anchor });
    expect(highlight).toMatchObject({ documentId, pageIndex: 3, kind: 'highlight', colour: 'key', tags: ['definitions', 'art. 2'], anchor });
    const listed = await engine.api.annotations.list({ documentId });
    expect(listed.map((annotation) => annotation.id)).toEqual([highlight.id, later.id]);
  });

  it('are edited and deleted, and say so when already gone', async () => {
    const created = await engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'key', anchor });
    const updated = await engine.api.annotations.update({ id: created.id, patch: { kind: 'strikeout', colour: 'oppose', note: 'Our capital opposes' } });
    expect(updated).toMatchObject({ kind: 'strikeout', colour: 'oppose', note: 'Our capital opposes', anchor });
    expect(await engine.api.annotations.delete({ id: created.id })).toEqual({ deleted: true });
    await expect(engine.api.annotations.delete({ id: created.id })).rejects.toThrow(/no longer there/);
    await expect(engine.api.annotations.update({ id: created.id, patch: { note: 'x' } })).rejects.toThrow(/no longer there/);
  });

  it('come back as they were when a deletion is undone, until the deletion is a day old at a start', async () => {
    const { annotations } = engine.api;
    const created = await annotations.create({ documentId, kind: 'strikeout', colour: 'oppose', note: 'No', tags: ['art. 2'], anchor });
    await annotations.delete({ id: created.id });
    expect(await annotations.list({ documentId })).toEqual([]);
    await expect(annotations.update({ id: created.id, patch: { note: 'edited while deleted' } })).rejects.toThrow(/no longer there/);
    expect(await annotations.restore({ id: created.id })).toEqual(created);
    await expect(annotations.restore({ id: created.id })).rejects.toThrow(/can no longer be brought back/);

    await annotations.delete({ id: created.id });
    expect(purgeDeletedAnnotations(engine.library.db)).toBe(0); // deleted just now: still undoable
    engine.library.db.prepare(`UPDATE annotations SET deleted_at = '2026-01-01T00:00:00.000Z'`).run();
    expect(purgeDeletedAnnotations(engine.library.db)).toBe(1);
    await expect(annotations.restore({ id: created.id })).rejects.toThrow(/can no longer be brought back/);
  });

  it('refuse an unknown colour, a missing document and a malformed anchor with a clear message', async () => {
    await expect(engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'purple', anchor })).rejects.toThrow(/no colour "purple".*key, support, oppose, question/);
    await expect(engine.api.annotations.create({ documentId: 9_999, kind: 'highlight', colour: 'key', anchor })).rejects.toThrow(/no longer in the library/);
    const noRects = await dispatch(engine.api, 'annotations.create', { documentId, kind: 'highlight', colour: 'key', anchor: { rects: [] } });
    expect(noRects).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!noRects.ok) expect(noRects.error.message).toMatch(/needs a rectangle on a page, or a text position/);
    // A text position alone places a mark in a text document, not on a PDF, and only on a page it has.
    const textDocument = insertDocument(engine.library.db, { kind: 'statement', title: 'Statement', pageCount: 1, mediaType: 'text/plain' });
    const inText = { rects: [], position: { start: 3, end: 9 } };
    expect(await engine.api.annotations.create({ documentId: textDocument, kind: 'underline', colour: 'key', anchor: inText, pageIndex: 0 })).toMatchObject({ pageIndex: 0 });
    await expect(engine.api.annotations.create({ documentId: textDocument, kind: 'underline', colour: 'key', anchor: inText, pageIndex: 4 })).rejects.toThrow(/has 1 pages; there is no page 5/);
    const pdf = insertDocument(engine.library.db, { kind: 'draft', title: 'Draft', pageCount: 2, mediaType: 'application/pdf' });
    await expect(engine.api.annotations.create({ documentId: pdf, kind: 'underline', colour: 'key', anchor: inText })).rejects.toThrow(/A mark on a PDF needs its place/);
    const badNumber = await dispatch(engine.api, 'annotations.create', { documentId, kind: 'highlight', colour: 'key', anchor: { rects: [{ pageIndex: 0, x1: 'a', y1: 0, x2: 1, y2: 1 }] } });
    expect(badNumber.ok).toBe(false);
  });

  it('keep the colour meanings the user gives them, and follow a renamed key', async () => {
    const colours = await engine.api.annotations.renameColour({ key: 'support', label: 'Our line' });
    expect(colours.find((colour) => colour.key === 'support')?.label).toBe('Our line');
    expect(colours.map((colour) => colour.key)).toEqual(['key', 'support', 'oppose', 'question']);
  });

  it('are removed with their document', async () => {
    await engine.api.annotations.create({ documentId, kind: 'area', colour: 'key', anchor });
    await engine.api.library.deleteDocument({ id: documentId });
    expect(await engine.api.annotations.list({ documentId })).toEqual([]);
  });
});
