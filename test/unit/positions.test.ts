import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import type { PositionInput } from '../../electron/common/model';
import { openLibrary } from '../../electron/core/library/library';
import { addSearchFixture } from './helpers/searchFixtures';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-positions-');
let api: BriefingApi;
let rev1: number;
let rev2: number;
let statement: number;

beforeEach(() => {
  api = session.engine.api;
  const db = session.engine.library.db;
  rev1 = addSearchFixture(db, { kind: 'draft', title: 'Draft articles, Rev.1', language: 'en', date: '2025-04-01', passages: [['Art. 6', 'Criminalization'], ['Art. 6(2)', 'Each State shall…']] });
  rev2 = addSearchFixture(db, { kind: 'draft', title: 'Draft articles, Rev.2', language: 'en', date: '2026-04-01', passages: [['Art. 6', 'Criminalization'], ['Art. 7', 'Jurisdiction']] });
  statement = addSearchFixture(db, {
    kind: 'statement', title: 'Statement by Brazil, Sixth Committee', language: 'en', state: 'BRA',
    passages: [['Para. 1', 'On draft article 6, paragraph 2, my delegation proposes to delete the last sentence.']],
  });
});

const brazilOnSix = (): PositionInput => ({
  speaker: { kind: 'state', code: 'BRA' },
  revisionDocumentId: rev1,
  targetLabel: 'Art. 6(2)',
  stance: 'amends',
  summary: 'Delete the last sentence',
  proposedWording: '',
  quote: 'my delegation proposes to delete the last sentence',
  source: { documentId: statement, pageIndex: 0, meeting: 'Sixth Committee, 3rd meeting', date: '2026-10-10' },
});

describe('positions', () => {
  it('guess the State from the statement, the article from the words cited, and the newest draft holding it', async () => {
    expect(await api.positions.guess({ sourceDocumentId: statement, quote: 'On draft article 6, paragraph 2, my delegation proposes' })).toEqual({
      speaker: { kind: 'state', code: 'BRA' },
      targetLabel: 'Art. 6(2)',
      revisionDocumentId: rev1, // Rev.2 has no Art. 6(2)
    });
    expect(await api.positions.guess({ sourceDocumentId: statement, quote: 'DA 7 is welcome' })).toMatchObject({ targetLabel: 'Art. 7', revisionDocumentId: rev2 });
    expect(await api.positions.guess({ sourceDocumentId: rev1, quote: 'no citation here' })).toEqual({ speaker: null, targetLabel: null, revisionDocumentId: rev2 });
  });

  it('are recorded at once, linked to the article of their revision, and changed, listed and deleted', async () => {
    const position = await api.positions.create({ position: brazilOnSix() });
    expect(position).toMatchObject({ ...brazilOnSix(), groupName: null });
    const article = session.engine.library.db.prepare(`SELECT id FROM passages WHERE document_id = ? AND label = 'Art. 6(2)'`).pluck().get(rev1);
    expect(position.passageId).toBe(article);
    // Durable: another connection sees it as soon as create answered.
    const again = openLibrary(session.engine.library.dataDir);
    try {
      expect(again.db.prepare('SELECT stance FROM positions WHERE id = ?').pluck().get(position.id)).toBe('amends');
    } finally {
      again.close();
    }
    const eu = (await api.states.listGroups({})).find((group) => group.preset === 'european-union')!;
    const byEu = await api.positions.create({ position: { ...brazilOnSix(), speaker: { kind: 'group', id: eu.id }, stance: 'supports', revisionDocumentId: rev2, targetLabel: 'Art. 7' } });
    expect(byEu).toMatchObject({ speaker: { kind: 'group', id: eu.id }, groupName: 'European Union', passageId: expect.any(Number) });

    const moved = await api.positions.update({ id: position.id, patch: { revisionDocumentId: rev2, targetLabel: 'Art. 6', source: { meeting: '4th meeting' } as PositionInput['source'] } });
    expect(moved).toMatchObject({ revisionDocumentId: rev2, targetLabel: 'Art. 6', source: { documentId: statement, pageIndex: 0, meeting: '4th meeting' } });

    expect((await api.positions.list({ revisionDocumentId: rev2 })).map((listed) => listed.id)).toEqual([byEu.id, position.id]);
    expect((await api.positions.list({ stateCode: 'BRA' })).map((listed) => listed.id)).toEqual([position.id]);
    expect((await api.positions.list({ groupId: eu.id })).map((listed) => listed.id)).toEqual([byEu.id]);
    expect(await api.positions.delete({ id: position.id })).toEqual({ deleted: true });
    expect((await api.positions.list({})).map((listed) => listed.id)).toEqual([byEu.id]);
  });

  it('refuse an unknown State or group, a revision that is no draft, a page the source lacks, with a message', async () => {
    const refused = async (position: unknown) => dispatch(api, 'positions.create', { position });
    expect(await refused({ ...brazilOnSix(), speaker: { kind: 'state', code: 'XXX' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('XXX') } });
    expect(await refused({ ...brazilOnSix(), speaker: { kind: 'group', id: 999 } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await refused({ ...brazilOnSix(), revisionDocumentId: statement })).toMatchObject({ ok: false, error: { message: expect.stringContaining('draft') } });
    expect(await refused({ ...brazilOnSix(), source: { ...brazilOnSix().source, pageIndex: 5 } })).toMatchObject({ ok: false, error: { message: expect.stringContaining('page 6') } });
    expect(await refused({ ...brazilOnSix(), targetLabel: '' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await refused({ ...brazilOnSix(), stance: 'likes' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(api, 'positions.update', { id: 999, patch: { stance: 'opposes' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await api.positions.list({})).toEqual([]);
  });
});
