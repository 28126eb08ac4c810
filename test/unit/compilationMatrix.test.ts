import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import type { PositionInput } from '../../electron/common/model';
import { addSearchFixture } from './helpers/searchFixtures';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-matrix-');
let api: BriefingApi;
let draft: number;

beforeEach(() => {
  api = session.engine.api;
  draft = addSearchFixture(session.engine.library.db, {
    kind: 'draft', title: 'Draft articles, Rev.1', language: 'en',
    passages: [['Art. 2', 'Definition'], ['Art. 2(1)', 'For the purpose…'], ['Art. 6', 'Criminalization']],
  });
});

const on = (code: string, targetLabel: string, stance: PositionInput['stance'], summary = ''): PositionInput => ({
  speaker: { kind: 'state', code },
  revisionDocumentId: draft,
  targetLabel,
  stance,
  summary,
  proposedWording: '',
  quote: '',
  source: { documentId: null, pageIndex: null, meeting: '', date: null },
});

describe('the compilation matrix', () => {
  it('has the revision articles down, the speakers across by name, and counts each stance per cell', async () => {
    await api.positions.create({ position: on('MEX', 'Art. 2(1)', 'supports') });
    await api.positions.create({ position: on('MEX', 'Art. 2(1)', 'amends') });
    await api.positions.create({ position: on('MEX', 'Art. 2(1)', 'amends') });
    await api.positions.create({ position: on('BRA', 'Art. 6', 'opposes') });
    // A label the revision lacks (renumbered since) still gets its row, at the end.
    await api.positions.create({ position: on('BRA', 'Art. 9', 'questions') });
    const eu = (await api.states.listGroups({})).find((group) => group.preset === 'european-union')!;
    await api.positions.create({ position: { ...on('BRA', 'Art. 2', 'reserves'), speaker: { kind: 'group', id: eu.id } } });

    const matrix = await api.positions.matrix({ revisionDocumentId: draft });
    expect(matrix.rows.map((row) => [row.label, row.passageId !== null])).toEqual([['Art. 2', true], ['Art. 2(1)', true], ['Art. 6', true], ['Art. 9', false]]);
    expect(matrix.columns.map((column) => [column.key, column.name, column.regionalGroup])).toEqual([
      ['state:BRA', 'Brazil', 'GRULAC'], ['group:' + eu.id, 'European Union', null], ['state:MEX', 'Mexico', 'GRULAC'],
    ]);
    expect(matrix.cells.find((cell) => cell.label === 'Art. 2(1)')).toMatchObject({ column: 'state:MEX', counts: { supports: 1, amends: 2 } });
    expect(matrix.cells.flatMap((cell) => cell.positionIds)).toHaveLength(6);
  });

  it('exports CSV (UTF-8 with a byte-order mark, RFC 4180 quoting) and a Word landscape table, in the language asked', async () => {
    await api.positions.create({ position: on('MEX', 'Art. 2(1)', 'amends') });
    await api.positions.create({ position: on('MEX', 'Art. 2(1)', 'amends') });
    await api.positions.create({ position: on('CIV', 'Art. 6', 'supports') });
    const friends = await api.states.createGroup({ name: 'Friends, "core"', members: ['MEX'] });
    await api.positions.create({ position: { ...on('MEX', 'Art. 2', 'neutral'), speaker: { kind: 'group', id: friends.id } } });
    const csv = await api.positions.exportMatrix({ revisionDocumentId: draft, format: 'csv', language: 'fr' });
    expect(csv.fileName).toBe('Draft-articles-Rev-1-positions.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.data); // keep the BOM to check it
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).trim().split(/\r?\n/u)).toEqual([
      `Article,Côte-d'Ivoire,"Friends, ""core""",Mexique`,
      'Art. 2,,Neutre,',
      'Art. 2(1),,,Propose un amendement ×2',
      'Art. 6,Appuie,,',
    ]);
    const docx = await api.positions.exportMatrix({ revisionDocumentId: draft, format: 'docx' });
    const xml = strFromU8(unzipSync(docx.data)['word/document.xml']);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Proposes an amendment ×2');
    expect(xml).toContain('Mexico');
  });

  it('is refused for a document that is not a draft', async () => {
    const statement = addSearchFixture(session.engine.library.db, { kind: 'statement', title: 'Statement', language: 'en', passages: [['Para. 1', 'Thank you']] });
    expect(await dispatch(api, 'positions.matrix', { revisionDocumentId: statement })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
