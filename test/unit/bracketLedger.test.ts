import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import type { PositionInput } from '../../electron/common/model';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { findBracketSets } from '../../electron/core/positions/bracketSets';
import { addBracketedRevision, bracketedOriginal, bracketedRevision } from '../fixtures/bracketDrafts';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

const options = (text: string) => findBracketSets(text).map((set) => set.options.map((option) => (option.name ? `${option.name}: ${option.text}` : option.text)));

describe('bracket sets in an article', () => {
  it('are one set per place: a plain bracket, alternatives side by side, named options', () => {
    expect(options('Each State shall [, where appropriate,] take measures.')).toEqual([[', where appropriate,']]);
    expect(options('Each State [shall] [should] take measures.')).toEqual([['shall', 'should']]);
    expect(options('Each State [shall]/[should] or [may] take [effective] measures.')).toEqual([['shall', 'should', 'may'], ['effective']]);
    expect(options('[Option 1: Each State shall establish jurisdiction.]\n[Option 2: Each State may establish jurisdiction.]')).toEqual([
      ['Option 1: Each State shall establish jurisdiction.', 'Option 2: Each State may establish jurisdiction.'],
    ]);
    expect(findBracketSets('[Alternative A: x] [Alternative B: y]')[0].options.map((option) => option.name)).toEqual(['Alternative A', 'Alternative B']);
  });

  it('nest: the outer set and the sets inside it, each with its depth', () => {
    const sets = findBracketSets('States [shall [, where appropriate,] inform [promptly] [immediately]] the Secretary-General.');
    expect(sets.map((set) => [set.depth, set.options.length])).toEqual([[0, 1], [1, 1], [1, 2]]);
    expect(sets[0].options[0].text).toBe('shall [, where appropriate,] inform [promptly] [immediately]');
    expect(sets[2].options.map((option) => option.text)).toEqual(['promptly', 'immediately']);
    // Alternatives side by side, the first with a bracket of its own inside.
    const alternatives = findBracketSets('[States shall [promptly] inform] [States may inform] the Secretary-General.');
    expect(alternatives.map((set) => [set.depth, set.options.map((option) => option.text)])).toEqual([
      [0, ['States shall [promptly] inform', 'States may inform']],
      [1, ['promptly']],
    ]);
  });

  it('leave out what is not negotiation: footnote markers, [sic], ellipses, a letter changed in a word, a report year', () => {
    expect(findBracketSets('The Statute[1] says that “[t]he Court [...] may” [sic] act.[23] See R v Jones [2006] UKHL 16; A [*].')).toEqual([]);
    expect(options('crimes [1] against [humanity] [2]')).toEqual([['humanity']]);
    expect(findBracketSets('As the Commission proposed [A/CN.4/L.935], and [A/74/10].')).toEqual([]);
    // A number after "article" is a cross-reference not yet settled: negotiation, counted.
    expect(options('the offences referred to in article [7] and paragraph [3]')).toEqual([['7'], ['3']]);
  });

  it('report an unclosed bracket to the end of its paragraph, and ignore a stray closing one', () => {
    const text = 'Each State shall [take measures to prevent.\n\n2. Each State shall] cooperate.]';
    const sets = findBracketSets(text);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ unclosed: false });
    const unclosed = findBracketSets('1. States [shall take measures.\n\n2. Other text.');
    expect(unclosed).toEqual([expect.objectContaining({ unclosed: true, start: 10, options: [{ name: null, text: 'shall take measures.' }] })]);
    expect(findBracketSets('No brackets ] here.')).toEqual([]);
  });
});

const session = useTemporaryEngine('briefing-brackets-');
let api: BriefingApi;

const position = (revisionDocumentId: number, code: string, targetLabel: string, patch: Partial<PositionInput>): PositionInput => ({
  speaker: { kind: 'state', code },
  revisionDocumentId,
  targetLabel,
  stance: 'supports',
  summary: '',
  proposedWording: '',
  quote: '',
  source: { documentId: null, pageIndex: null, meeting: '', date: null },
  ...patch,
});

describe('the bracket ledger of a revision', () => {
  let original: number;
  let rev1: number;
  beforeEach(() => {
    api = session.engine.api;
    const db = session.engine.library.db;
    original = addBracketedRevision(db, 0, bracketedOriginal);
    rev1 = addBracketedRevision(db, 1, bracketedRevision);
  });

  it('counts the open sets per article, and says which remain, which are new and which were cleaned (and how)', async () => {
    const ledger = await api.positions.brackets({ revisionDocumentId: rev1 });
    expect(ledger.previous).toEqual({ documentId: original, revisionLabel: 'Original', symbol: 'A/AC.1/L.1' });
    expect(ledger.totals).toEqual({ open: 4, new: 2, cleaned: 2 });
    expect(ledger.articles.map((article) => [article.label, article.open.map((set) => [set.label, set.since, set.options.length]), article.cleaned.map((set) => [set.previousLabel, set.options.map((option) => option.text), set.outcome])])).toEqual([
      ['Art. 2', [['Art. 2(1)', 'remains', 1]], [['Art. 2(1)', ['shall', 'should'], { kind: 'kept', option: 0 }], ['Art. 2(2)', ['whatsoever'], { kind: 'deleted' }]]],
      ['Art. 3', [['Art. 3(1)', 'remains', 2], ['Art. 3(2)', 'new', 2], ['Art. 3(2)', 'new', 1]], []],
    ]);
    // The original has no revision before it: nothing cleaned, nothing new.
    const first = await api.positions.brackets({ revisionDocumentId: original });
    expect(first).toMatchObject({ previous: null, totals: { open: 4, new: 0, cleaned: 0 } });
    expect(first.articles.flatMap((article) => article.open.map((set) => set.since))).toEqual([null, null, null, null]);
  });

  it('names who holds each set: the option their wording or quoted words carry, or an amendment proposed there', async () => {
    await api.positions.create({ position: position(rev1, 'BRA', 'Art. 3', { stance: 'supports', quote: 'We support option 1: each State shall extradite or prosecute, as in other conventions.' }) });
    await api.positions.create({ position: position(rev1, 'FRA', 'Art. 3(2)', { stance: 'amends', proposedWording: 'States may consult each other.' }) });
    await api.positions.create({ position: position(rev1, 'MEX', 'Art. 3(2)', { stance: 'supports', quote: 'We prefer “shall” in paragraph 2.' }) });
    // "shall" said in passing, not quoted: not a holder of "[shall]".
    await api.positions.create({ position: position(rev1, 'CHL', 'Art. 3(2)', { stance: 'supports', quote: 'Each State shall act.' }) });
    await api.positions.create({ position: position(rev1, 'KEN', 'Art. 2', { stance: 'amends', summary: 'Delete "effective"' }) });
    await api.positions.create({ position: position(original, 'GHA', 'Art. 2(1)', { stance: 'supports', proposedWording: 'Each State should take measures' }) });
    // Held on the original, and still open in Rev.1: the holder is carried, with the revision it spoke on.
    await api.positions.create({ position: position(original, 'CAN', 'Art. 3', { stance: 'supports', proposedWording: 'Each State may extradite.' }) });
    const ledger = await api.positions.brackets({ revisionDocumentId: rev1 });
    const holders = (label: string) =>
      ledger.articles.flatMap((article) => article.open).filter((set) => set.label === label).map((set) => set.holders.map((holder) => [holder.speakerName, holder.option]));
    expect(holders('Art. 3(1)')).toEqual([[['Brazil', 0], ['Canada', 1]]]);
    expect(ledger.articles[1].open[0].holders.map((holder) => holder.revisionLabel)).toEqual([null, 'Original']);
    expect(holders('Art. 3(2)')).toEqual([[['France', 1], ['Mexico', 0]], [['France', 0]]]);
    expect(holders('Art. 2(1)')).toEqual([[['Kenya', null]]]);
    // The cleaned "[shall] [should]" was held on the original by Ghana, for "should".
    const cleaned = ledger.articles.find((article) => article.label === 'Art. 2')!.cleaned[0];
    expect(cleaned.holders.map((holder) => [holder.speakerName, holder.option, holder.revisionLabel])).toEqual([['Ghana', 1, 'Original']]);
  });

  it('pairs a renumbered article by its words, tells a set whose options changed, and an article gone takes its brackets with it', async () => {
    // Article 2 (prevention) is gone; article 3 is now article 2, one of its options changed ("[may]" became "[must]").
    const extradition = [bracketedRevision[2][2][0], 'States [shall] [must] consult [each other].'];
    const rev2 = addBracketedRevision(session.engine.library.db, 2, [bracketedRevision[0], ['Art. 2', 'Extradition', extradition]]);
    const ledger = await api.positions.brackets({ revisionDocumentId: rev2 });
    expect(ledger.previous).toMatchObject({ documentId: rev1, revisionLabel: 'Rev.1' });
    expect(ledger.articles.map((article) => [article.label, article.previousLabel, article.open.map((set) => set.since), article.cleaned.map((set) => [set.options[0].text, set.outcome.kind])])).toEqual([
      ['Art. 2', 'Art. 3', ['remains', 'changed', 'remains'], []],
      [null, 'Art. 2', [], [['effective', 'deleted']]],
    ]);
    expect(ledger.totals).toEqual({ open: 3, new: 0, cleaned: 1 });
  });

  it('refuses a document that is not a draft, with a message', async () => {
    const statement = saveImportedDocument(session.engine.library.db, {
      document: { kind: 'statement', title: 'Statement', language: 'en', documentDate: null },
      pages: [{ text: 'Thank you.', hasTextLayer: true, width: null, height: null }],
      passages: [],
    });
    expect(await dispatch(api, 'positions.brackets', { revisionDocumentId: statement })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('choose another revision') } });
  });
});
