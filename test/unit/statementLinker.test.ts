import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import type { PositionInput } from '../../electron/common/model';
import { DraftLinker, type DraftPassage } from '../../electron/core/positions/statementLinker';
import { guessStance } from '../../electron/common/stanceGuess';
import { addSearchFixture } from './helpers/searchFixtures';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

const articles: [label: string, heading: string, text: string][] = [
  ['Art. 1', 'Scope', 'The present draft articles apply to the prevention and punishment of crimes against humanity.'],
  ['Art. 2', 'Definition', 'For the purpose of the present draft articles, "crime against humanity" means murder, extermination, enslavement, deportation or forcible transfer of population, when committed as part of a widespread or systematic attack directed against any civilian population.'],
  ['Art. 3', 'General obligations', 'Each State undertakes to prevent and to punish crimes against humanity, which are crimes under international law.'],
  ['Art. 4', 'Obligation of prevention', 'Each State undertakes to prevent crimes against humanity through effective legislative, administrative, judicial or other preventive measures.'],
  ['Art. 6', 'Criminalization under national law', 'Each State shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law.'],
  ['Art. 7', 'Establishment of national jurisdiction', 'Each State shall take the necessary measures to establish its jurisdiction over the offences when the alleged offender is present in any territory under its jurisdiction.'],
  ['Art. 10', 'Aut dedere aut judicare', 'The State in the territory under whose jurisdiction the alleged offender is present shall submit the case to its competent authorities for the purpose of prosecution, unless it extradites or surrenders the person.'],
  ['Art. 13', 'Extradition', 'Each of the offences shall be deemed to be included as an extraditable offence in any extradition treaty existing between States. Extradition shall be subject to the conditions provided for by the law of the requested State.'],
];
const passages: DraftPassage[] = articles.flatMap(([label, heading, text]) => [
  { label, level: 'article', heading, text: `${heading}\n1. ${text}` },
  { label: `${label}(1)`, level: 'paragraph', heading: null, text },
]);
const linker = new DraftLinker(passages, 'en');

describe('the statement linker suggests, for a paragraph of a statement, the article it addresses', () => {
  it('from the article it cites, in the six UN languages', () => {
    const cited = (text: string) => linker.suggest(text)?.targetLabel;
    expect(cited('On draft article 6, paragraph 1, my delegation proposes to delete the last sentence.')).toBe('Art. 6(1)');
    expect(cited('Concerning DA 7, we are flexible.')).toBe('Art. 7');
    expect(cited("S'agissant du paragraphe 1 de l'article 13, ma délégation appuie le texte.")).toBe('Art. 13(1)');
    expect(cited('En cuanto al artículo 10, mi delegación apoya el texto.')).toBe('Art. 10');
    expect(cited('Что касается статьи 4, наша делегация поддерживает текст.')).toBe('Art. 4');
    expect(cited('وفيما يتعلق المادة 3 من مشروع المواد، يؤيد وفدنا النص.')).toBe('Art. 3');
    expect(cited('关于第六条第一款，我国代表团支持案文。')).toBe('Art. 6(1)');
    expect(linker.suggest('On draft article 6, paragraph 1, my delegation proposes to delete the last sentence.')).toEqual({
      targetLabel: 'Art. 6(1)', inRevision: true, confidence: 1, reason: { kind: 'cites', citation: '6(1)', alsoCites: [] }, stance: 'amends',
    });
  });

  it('its article when the revision lacks the paragraph cited, and the label cited when it lacks the article', () => {
    expect(linker.suggest('Article 7, paragraph 3, is too broad.')).toMatchObject({ targetLabel: 'Art. 7', inRevision: true, reason: { citation: '7(3)' } });
    expect(linker.suggest('Draft article 42 should be deleted.')).toMatchObject({ targetLabel: 'Art. 42', inRevision: false, confidence: 0.6 });
  });

  it('not an article of another instrument cited to compare, and says which others it cites', () => {
    expect(linker.suggest("Le projet d'article 2 reprend l'article 7 du Statut de Rome.")).toMatchObject({ targetLabel: 'Art. 2', reason: { alsoCites: [] } });
    expect(linker.suggest('El artículo 4 debe seguir el artículo 2 de la Convención contra la Tortura.')).toMatchObject({ targetLabel: 'Art. 4', reason: { alsoCites: [] } });
    // The convention being negotiated is not another instrument.
    expect(linker.suggest('Article 13 of the Convention on Crimes against Humanity must be clear.')).toMatchObject({ targetLabel: 'Art. 13' });
    expect(linker.suggest('Draft article 2 should follow article 7 of the Rome Statute more closely.')).toMatchObject({ targetLabel: 'Art. 2', reason: { alsoCites: [] } });
    expect(linker.suggest('Article 7 of the Rome Statute is the model.')).toBeNull();
    expect(linker.suggest('We support articles 6 and 7 as drafted; draft article 13 too.')).toMatchObject({ targetLabel: 'Art. 6', reason: { alsoCites: ['13'] } });
  });

  it('else from the key terms it shares with one article, with the words shown', () => {
    const suggestion = linker.suggest('We attach great importance to extradition: the offences must be extraditable under every extradition treaty.');
    expect(suggestion).toMatchObject({ targetLabel: 'Art. 13', inRevision: true, reason: { kind: 'terms', terms: ['extradition', 'treaty', 'extraditable'] } });
    expect(suggestion!.confidence).toBeGreaterThan(0.3);
    expect(suggestion!.confidence).toBeLessThan(1);
    // Stemmed as the search index stems: "criminalize"/"criminalization" meet.
    expect(linker.suggest('The criminalization of these acts under national law is essential.')).toMatchObject({ targetLabel: 'Art. 6' });
  });

  it('under a heading that cites an article, for the substantive paragraphs that cite none, until the next citation', () => {
    const suggestions = linker.suggestAll([
      'Draft article 4: prevention',
      'My delegation considers that this obligation must be read together with the duty to cooperate, in good faith and without exception.',
      'Thank you, Mr. Chair.',
      'On draft article 7, we support the text as it stands, and we hope for consensus on it at this session.',
      'We also believe the paragraph could be shortened without losing anything of substance for the delegations.',
      'On draft article 6, we agree.',
      'We also believe the paragraph could be shortened without losing anything of substance for the delegations.',
    ]);
    expect(suggestions.map((suggestion) => [suggestion?.targetLabel ?? null, suggestion?.reason.kind ?? null, suggestion?.confidence ?? null])).toEqual([
      ['Art. 4', 'cites', 1],
      ['Art. 4', 'heading', 0.8],
      [null, null, null],
      // Not a heading (too long to be one): what follows it is not taken for its article.
      ['Art. 7', 'cites', 1],
      [null, null, null],
      // Short, but a sentence: not a heading either.
      ['Art. 6', 'cites', 1],
      [null, null, null],
    ]);
  });

  it('and nothing for a paragraph that addresses no article', () => {
    expect(linker.suggest('Thank you, Mr. Chair. My delegation aligns itself with the statement delivered on behalf of the European Union.')).toBeNull();
    expect(linker.suggest('We thank the Special Rapporteur for the draft.')).toBeNull();
  });

  it('guesses the stance from the words, neutral when they say none', () => {
    expect(guessStance('My delegation cannot support this proposal.')).toBe('opposes');
    expect(guessStance('We propose to replace "shall" by "should".')).toBe('amends');
    expect(guessStance('We welcome draft article 3.')).toBe('supports');
    expect(guessStance('We reserve our position on article 7.')).toBe('reserves');
    expect(guessStance('We would welcome clarification of the term.')).toBe('questions');
    expect(guessStance('Ma délégation appuie le texte.')).toBe('supports');
    expect(guessStance('Article 5 was discussed.')).toBe('neutral');
  });
});

const session = useTemporaryEngine('briefing-linker-');
let api: BriefingApi;
let draft: number;
let statement: number;

describe('linking a statement to a draft revision', () => {
  beforeEach(() => {
    api = session.engine.api;
    const db = session.engine.library.db;
    draft = addSearchFixture(db, { kind: 'draft', title: 'Draft articles', language: 'en', date: '2026-01-01', passages: articles.map(([label, heading, text]) => [label, `${heading}\n${text}`, heading]) });
    statement = addSearchFixture(db, {
      kind: 'statement', title: 'Statement by Brazil', language: 'en', date: '2026-10-10', state: 'BRA',
      passages: [
        ['Para. 1', 'Thank you, Mr. Chair.'],
        ['Para. 2', 'On draft article 6, my delegation proposes to add a reference to complicity.'],
        ['Para. 3', 'Extradition matters: every offence must be extraditable under each extradition treaty.'],
      ],
    });
  });

  it('reads each paragraph with its suggestion, the State and date of the statement, the newest draft', async () => {
    const links = await api.positions.linkStatement({ sourceDocumentId: statement });
    expect(links).toMatchObject({ sourceDocumentId: statement, revisionDocumentId: draft, speaker: { kind: 'state', code: 'BRA' }, date: '2026-10-10' });
    expect(links.paragraphs.map((paragraph) => [paragraph.label, paragraph.pageIndex, paragraph.suggestion?.targetLabel ?? null, paragraph.suggestion?.stance ?? null])).toEqual([
      ['Para. 1', 0, null, null],
      ['Para. 2', 0, 'Art. 6', 'amends'],
      ['Para. 3', 0, 'Art. 13', 'neutral'],
    ]);
  });

  it('records the accepted suggestions as positions in one transaction: all or none, then in the matrix', async () => {
    const links = await api.positions.linkStatement({ sourceDocumentId: statement, revisionDocumentId: draft });
    const accepted = links.paragraphs.filter((paragraph) => paragraph.suggestion).map((paragraph): PositionInput => ({
      speaker: links.speaker!,
      revisionDocumentId: links.revisionDocumentId,
      targetLabel: paragraph.suggestion!.targetLabel,
      stance: paragraph.suggestion!.stance,
      summary: '',
      proposedWording: '',
      quote: paragraph.text,
      source: { documentId: statement, pageIndex: paragraph.pageIndex, passageId: paragraph.passageId, meeting: 'Sixth Committee', date: links.date },
    }));
    const refused = await dispatch(api, 'positions.createMany', { positions: [...accepted, { ...accepted[0], speaker: { kind: 'state', code: 'XXX' } }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('XXX') } });
    expect(await api.positions.list({})).toEqual([]);

    // A passage of another document is refused: the link back would lead elsewhere.
    const elsewhere = await dispatch(api, 'positions.createMany', { positions: [{ ...accepted[0], source: { ...accepted[0].source, passageId: links.paragraphs[0].passageId - 1 } }] });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('source passage') } });
    const recorded = await api.positions.createMany({ positions: accepted });
    expect(recorded.map((position) => position.source.passageId)).toEqual(links.paragraphs.slice(1).map((paragraph) => paragraph.passageId));
    expect(recorded.map((position) => [position.targetLabel, position.stance, position.passageId !== null, position.source.documentId])).toEqual([
      ['Art. 6', 'amends', true, statement],
      ['Art. 13', 'neutral', true, statement],
    ]);
    const matrix = await api.positions.matrix({ revisionDocumentId: draft });
    expect(matrix.cells.map((cell) => [cell.label, cell.column, cell.counts])).toEqual([
      ['Art. 6', 'state:BRA', { amends: 1 }],
      ['Art. 13', 'state:BRA', { neutral: 1 }],
    ]);
    // Read again, the paragraphs recorded say so (and on which article), so they are not recorded twice.
    const again = await api.positions.linkStatement({ sourceDocumentId: statement });
    expect(again.paragraphs.map((paragraph) => paragraph.recorded)).toEqual([[], ['Art. 6'], ['Art. 13']]);
    expect(await dispatch(api, 'positions.createMany', { positions: [] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('accept at least one') } });
  });

  it('refuses a document that is not a statement, or a revision that is not a draft, saying what to do', async () => {
    expect(await dispatch(api, 'positions.linkStatement', { sourceDocumentId: draft })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('file this document as a statement') } });
    expect(await dispatch(api, 'positions.linkStatement', { sourceDocumentId: statement, revisionDocumentId: statement })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('choose a draft') } });
    expect(await dispatch(api, 'positions.linkStatement', { sourceDocumentId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
