import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { openLibrary } from '../../electron/core/library/library';
import { temporaryEngine } from './helpers/temporaryLibrary';

let engine: Awaited<ReturnType<typeof temporaryEngine>>;
let api: BriefingApi;
beforeEach(async () => {
  engine = await temporaryEngine();
  api = engine.api;
});
afterEach(() => engine.remove());

describe('settings', () => {
  it('follow the system until the user chooses, and the choice is kept on disk', async () => {
    expect(await api.settings.get({})).toEqual({ language: 'system', theme: 'system', authorName: '', delegationStateCode: '' });
    expect(await api.settings.update({ patch: { language: 'fr' } })).toEqual({ language: 'fr', theme: 'system', authorName: '', delegationStateCode: '' });
    expect(await api.settings.update({ patch: { theme: 'dark' } })).toEqual({ language: 'fr', theme: 'dark', authorName: '', delegationStateCode: '' });
    // A second connection to the same file sees the committed values.
    const again = openLibrary(engine.library.dataDir);
    try {
      expect(again.db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual([
        { key: 'language', value: 'fr' },
        { key: 'theme', value: 'dark' },
      ]);
    } finally {
      again.close();
    }
  });

  it('keep our delegation\'s State, one of the 195 or none', async () => {
    expect((await api.settings.update({ patch: { delegationStateCode: 'MEX' } })).delegationStateCode).toBe('MEX');
    expect(await dispatch(api, 'settings.update', { patch: { delegationStateCode: 'mex' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(api, 'settings.update', { patch: { delegationStateCode: 'XXX' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('195 States') } });
    expect((await api.settings.update({ patch: { delegationStateCode: '' } })).delegationStateCode).toBe('');
  });

  it('refuse a language without a catalogue and an unknown theme at the door', async () => {
    const language = await dispatch(api, 'settings.update', { patch: { language: 'de' } });
    expect(language).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const theme = await dispatch(api, 'settings.update', { patch: { theme: 'sepia' } });
    expect(theme).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('keep the author name, trimmed, on one line, and stamp it on new marks only while it is set', async () => {
    expect((await api.settings.update({ patch: { authorName: '  Mission of Examplestan ' } })).authorName).toBe('Mission of Examplestan');
    const twoLines = await dispatch(api, 'settings.update', { patch: { authorName: 'A\nB' } });
    expect(twoLines).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const long = await dispatch(api, 'settings.update', { patch: { authorName: 'x'.repeat(101) } });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    engine.library.db.prepare("INSERT INTO documents (kind, title, media_type, page_count) VALUES ('draft', 'Notes', 'text/plain', 1)").run();
    const documentId = engine.library.db.prepare('SELECT max(id) FROM documents').pluck().get() as number;
    const mark = () => api.annotations.create({ documentId, kind: 'note', colour: 'key', anchor: { rects: [], position: { start: 0, end: 1 } } });
    expect((await mark()).author).toBe('Mission of Examplestan');
    await api.settings.update({ patch: { authorName: '' } });
    expect((await mark()).author).toBeNull();
  });

  it('fall back to the default for a stored value this version does not know', async () => {
    engine.library.db.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'solarized')").run();
    expect((await api.settings.get({})).theme).toBe('system');
  });
});

describe('documents: draft families and recent openings', () => {
  it('list each draft with its family and revision, and when it was last opened', async () => {
    const db = engine.library.db;
    const original = insertDocument(db, { kind: 'draft', title: 'Draft convention', symbol: 'A/AC.1/L.1' });
    const rev1 = insertDocument(db, { kind: 'draft', title: 'Draft convention', symbol: 'A/AC.1/L.1/Rev.1' });
    const statute = insertDocument(db, { kind: 'instrument', title: 'Rome Statute' });
    const family = Number(db.prepare("INSERT INTO draft_families (title, base_symbol) VALUES ('Draft convention', 'A/AC.1/L.1')").run().lastInsertRowid);
    const file = db.prepare('INSERT INTO draft_revisions (family_id, revision_number, document_id, revision_label, ordinal) VALUES (?, ?, ?, ?, ?)');
    file.run(family, 0, original, 'Original', 0);
    file.run(family, 1, rev1, 'Rev.1', 1);

    expect(await api.library.recordOpening({ id: rev1 })).toEqual({ recorded: true });
    const documents = await api.library.listDocuments({});
    const byId = new Map(documents.map((document) => [document.id, document]));
    expect(byId.get(rev1)?.revision).toEqual({ familyId: family, familyTitle: 'Draft convention', baseSymbol: 'A/AC.1/L.1', revisionNumber: 1, revisionLabel: 'Rev.1', ordinal: 1 });
    expect(byId.get(original)?.revision?.revisionLabel).toBe('Original');
    expect(byId.get(statute)?.revision).toBeNull();
    expect(byId.get(rev1)?.openedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(byId.get(original)?.openedAt).toBeNull();
  });

  it('says so when the document to record is gone', async () => {
    await expect(api.library.recordOpening({ id: 999 })).rejects.toMatchObject({ code: 'not-found' });
  });
});
