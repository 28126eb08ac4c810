import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import type { PositionInput } from '../../electron/common/model';
import type { PackSession } from '../../electron/common/packs';
import { plainTextOf, richTextOf } from '../../electron/common/richText';
import { addSearchFixture } from './helpers/searchFixtures';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-packs-');
let api: BriefingApi;
let original: number;
let rev1: number;
let rome: number;
let statement: number;

const sessionOn = (revisionDocumentId: number | null): PackSession => ({
  name: 'Sixth Committee, informal consultations',
  startDate: '2026-12-02',
  endDate: '2026-12-04',
  place: 'Conference Room 4',
  agendaItems: ['Draft articles 2 and 6'],
  revisionDocumentId,
});

const obligation = (verb: string) => `Each State ${verb} to prevent and punish crimes against humanity.`;
const brazilOn = (label: string, revisionDocumentId: number, code = 'BRA'): PositionInput => ({
  speaker: { kind: 'state', code },
  revisionDocumentId,
  targetLabel: label,
  stance: 'amends',
  summary: 'Delete the last sentence',
  proposedWording: 'shall take measures',
  quote: 'my delegation proposes to delete the last sentence',
  source: { documentId: statement, pageIndex: 0, meeting: 'Sixth Committee, 3rd meeting', date: '2026-10-10' },
});

beforeEach(async () => {
  api = session.engine.api;
  const db = session.engine.library.db;
  original = addSearchFixture(db, { kind: 'draft', title: 'Draft articles', language: 'en', date: '2025-04-01', passages: [['Art. 2', obligation('undertakes')], ['Art. 6', 'Each State shall take the necessary measures.']] });
  rev1 = addSearchFixture(db, { kind: 'draft', title: 'Draft articles, Rev.1', language: 'en', date: '2026-04-01', passages: [['Art. 2', obligation('shall undertake')], ['Art. 6', 'Each State shall take the necessary measures.']] });
  rome = addSearchFixture(db, { kind: 'instrument', title: 'Rome Statute', language: 'en', passages: [['Art. 7', 'Crime against humanity means any of the following acts.']] });
  statement = addSearchFixture(db, { kind: 'statement', title: 'Statement by Brazil', language: 'en', state: 'BRA', passages: [['Para. 1', 'On article 2, my delegation proposes to delete the last sentence.']] });
  const family = await api.revisions.fileInFamily({ documentId: original, family: { title: 'Draft articles' }, revisionLabel: 'Original', after: null });
  await api.revisions.fileInFamily({ documentId: rev1, family: { id: family.id }, revisionLabel: 'Rev.1', after: original });
});

describe('packs', () => {
  it('a template lays out each article: its text with the redline since the previous revision, the card, other States by stance', async () => {
    await api.settings.update({ patch: { delegationStateCode: 'FRA' } });
    await api.positions.create({ position: brazilOn('Art. 2', rev1) });
    await api.positions.create({ position: { ...brazilOn('Art. 2', rev1, 'FRA'), stance: 'supports' } });
    await api.positions.saveCard({ revisionDocumentId: original, articleLabel: '2', card: { status: 'instructed', fields: { objective: richTextOf('Keep "shall".') } } });

    const pack = await api.packs.create({ title: 'Articles 2 and 6', session: sessionOn(rev1), classification: 'RESTRICTED', templateId: 'informal', articles: ['2', 'art. 6'] });
    expect(pack.sections.map((section) => [section.kind, section.articleLabel])).toEqual([
      ['draft-text', 'Art. 2'], ['position-card', 'Art. 2'], ['state-positions', 'Art. 2'], ['precedents', 'Art. 2'],
      ['draft-text', 'Art. 6'], ['position-card', 'Art. 6'], ['state-positions', 'Art. 6'], ['precedents', 'Art. 6'],
      ['notes', null],
    ]);
    const [text2, card2, others2] = pack.sections;
    expect(text2.draft).toMatchObject({ label: 'Art. 2', text: obligation('shall undertake'), previousRevisionName: 'Original', missing: false });
    expect(text2.draft!.redline!.filter((segment) => segment.kind !== 'same').map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ['deleted', 'undertakes'],
      ['inserted', 'shall undertake'],
    ]);
    // The card written on the original is carried to Rev.1 until one is saved there.
    expect(card2.card).toMatchObject({ status: 'instructed', carriedFromDocumentId: original });
    expect(plainTextOf(card2.card!.fields.objective!)).toBe('Keep "shall".');
    // Our own State's position is ours (the card), not among the others'.
    expect(others2.positionsByStance).toEqual([{ stance: 'amends', positions: [expect.objectContaining({ speakerName: 'Brazil', citation: 'Brazil, Sixth Committee, 3rd meeting, 2026-10-10 — Statement by Brazil, p. 1' })] }]);
    expect(pack.sections[4].draft!.redline!.every((segment) => segment.kind === 'same')).toBe(true);
    expect(await api.positions.cardStatuses({ revisionDocumentId: rev1 })).toEqual({ 'Art. 2': 'instructed' });

    const saved = await api.positions.saveCard({ revisionDocumentId: rev1, articleLabel: 'Art. 2', card: { status: 'flexible' } });
    expect(saved).toMatchObject({ status: 'flexible', carriedFromDocumentId: null });
    expect(plainTextOf(saved.fields.objective!)).toBe('Keep "shall".');
    expect((await api.positions.card({ revisionDocumentId: original, articleLabel: 'Art. 2' }))?.status).toBe('instructed');
  });

  it('items keep their citation and words from any source, and move, delete and come back in order', async () => {
    const pack = await api.packs.create({ title: 'Pack', session: sessionOn(rev1) });
    const section = await api.packs.addSection({ packId: pack.id, kind: 'precedents', title: 'Precedent language' });
    const [romePassage] = await api.library.passages({ documentId: rome });
    const passage = await api.packs.addItem({ sectionId: section.id, item: { kind: 'passage', source: { passageId: romePassage.id } } });
    expect(passage).toMatchObject({ citation: 'Rome Statute, art. 7, p. 1', quote: 'Crime against humanity means any of the following acts.', language: 'en', source: { documentId: rome, pageIndex: 0, label: 'Art. 7' } });
    const article = await api.packs.addItem({ sectionId: section.id, item: { kind: 'article', source: { documentId: rev1, label: '2' } } });
    expect(article).toMatchObject({ citation: 'Draft articles, Rev.1, art. 2, p. 1', quote: obligation('shall undertake') });
    const position = await api.positions.create({ position: brazilOn('Art. 2', rev1) });
    const held = await api.packs.addItem({ sectionId: section.id, item: { kind: 'position', source: { positionId: position.id } }, before: passage.id });
    expect(held).toMatchObject({ quote: 'my delegation proposes to delete the last sentence', source: { documentId: statement, label: 'Art. 2' } });
    const note = await api.packs.addItem({ sectionId: section.id, item: { kind: 'note', source: {}, note: richTextOf('Ask the Chair about paragraph 3.') } });

    const order = async () => (await api.packs.get({ id: pack.id })).sections[0].items.map((item) => item.id);
    expect(await order()).toEqual([held.id, passage.id, article.id, note.id]);
    await api.packs.moveItem({ id: note.id, sectionId: section.id, before: held.id });
    expect(await order()).toEqual([note.id, held.id, passage.id, article.id]);
    await api.packs.deleteItem({ id: held.id });
    expect(await order()).toEqual([note.id, passage.id, article.id]);
    await api.packs.restoreItem({ id: held.id });
    expect(await order()).toEqual([note.id, held.id, passage.id, article.id]);

    // A clip outlives its source: the words and citation stay, the link goes.
    await api.library.deleteDocument({ id: rome });
    const kept = (await api.packs.get({ id: pack.id })).sections[0].items.find((item) => item.id === passage.id)!;
    expect(kept).toMatchObject({ citation: 'Rome Statute, art. 7, p. 1', source: { documentId: null, passageId: null } });
  });

  it('sections reorder, delete and come back; a pack deleted comes back whole', async () => {
    const pack = await api.packs.create({ title: 'Pack', session: sessionOn(null), templateId: 'bilateral', articles: ['2'] });
    const [card, others, notes] = pack.sections.map((section) => section.id);
    await api.packs.moveSection({ id: notes, before: card });
    await api.packs.addSection({ packId: pack.id, kind: 'notes', title: 'After the card', after: card });
    const titles = async () => (await api.packs.get({ id: pack.id })).sections.map((section) => section.title || section.kind);
    expect(await titles()).toEqual(['notes', 'position-card', 'After the card', 'state-positions']);
    await api.packs.deleteSection({ id: others });
    expect(await titles()).toEqual(['notes', 'position-card', 'After the card']);
    await api.packs.restoreSection({ id: others });
    expect(await titles()).toEqual(['notes', 'position-card', 'After the card', 'state-positions']);
    await api.packs.delete({ id: pack.id });
    expect(await api.packs.list({})).toEqual([]);
    expect((await api.packs.restore({ id: pack.id })).sectionCount).toBe(4);
  });

  it('a copy for the next session moves to the newest revision; a clip whose words changed stays and says so', async () => {
    const pack = await api.packs.create({ title: 'First session', session: sessionOn(original), templateId: 'drafting', articles: ['2', '6'] });
    const precedents = pack.sections.find((section) => section.kind === 'precedents' && section.articleLabel === 'Art. 2')!;
    const changed = await api.packs.addItem({ sectionId: precedents.id, item: { kind: 'article', source: { documentId: original, label: 'Art. 2' } } });
    const same = await api.packs.addItem({ sectionId: precedents.id, item: { kind: 'article', source: { documentId: original, label: 'Art. 6' } } });
    const before = await api.packs.get({ id: pack.id });
    expect(before.sections[0].newerSource).toEqual({ documentId: rev1, revisionName: 'Rev.1', label: 'Art. 2' });
    expect(before.sections.find((section) => section.id === precedents.id)!.items.map((item) => item.newerSource?.documentId ?? null)).toEqual([rev1, null]);

    const copy = await api.packs.duplicate({ id: pack.id, title: 'Second session' });
    expect(copy).toMatchObject({ title: 'Second session', duplicatedFromId: pack.id, session: { revisionDocumentId: rev1 } });
    expect(copy.sections[0].draft).toMatchObject({ documentId: rev1, previousRevisionName: 'Original' });
    expect(copy.sections[0].newerSource).toBeNull();
    const items = copy.sections.find((section) => section.kind === 'precedents' && section.articleLabel === 'Art. 2')!.items;
    expect(items.map((item) => [item.source.documentId, item.newerSource?.documentId ?? null])).toEqual([
      [original, rev1],
      [rev1, null],
    ]);
    expect(items[1].citation).toBe('Draft articles, Rev.1, art. 6, p. 1');
    expect([changed.id, same.id]).not.toContain(items[0].id);
    // The marking is the original's unless the copy is given another.
    expect(copy.classification).toBe('');
    expect((await api.packs.duplicate({ id: pack.id, title: 'Third session', classification: 'CONFIDENTIAL' })).classification).toBe('CONFIDENTIAL');
  });

  it('refuses at the door what a pack cannot hold, with messages that say what to do', async () => {
    const refused = (name: string, args: unknown) => dispatch(api, name, args);
    expect(await refused('packs.create', { title: '', session: sessionOn(null) })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('a pack needs a title') } });
    expect(await refused('packs.create', { title: 'P', session: { ...sessionOn(null), startDate: '2026-12-05', endDate: '2026-12-01' } })).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot end before it starts') } });
    expect(await refused('packs.create', { title: 'P', session: sessionOn(rome) })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('kind draft') } });
    expect(await refused('packs.create', { title: 'P', session: sessionOn(null), templateId: 'nonesuch' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('informal') } });
    const pack = await api.packs.create({ title: 'P', session: sessionOn(null) });
    const section = await api.packs.addSection({ packId: pack.id, kind: 'notes', title: '' });
    const script = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    expect(await refused('packs.updateSection', { id: section.id, patch: { body: script } })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('a link to a web page') } });
    expect(await refused('packs.updateSection', { id: section.id, patch: { body: '<p>html</p>' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await refused('packs.addItem', { sectionId: section.id, item: { kind: 'note', source: {} } })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('no words to add') } });
    expect(await refused('packs.addItem', { sectionId: section.id, item: { kind: 'passage', source: { passageId: 999_999 } } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await refused('packs.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await refused('positions.saveCard', { revisionDocumentId: rome, articleLabel: '7', card: { status: 'instructed' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
