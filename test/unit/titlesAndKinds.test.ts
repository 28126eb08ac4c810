import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractPlainText } from '../../electron/core/import/extractors/extractPlainText';
import { guessKind } from '../../electron/core/import/guessKind';
import { findMeetingDate } from '../../electron/core/import/structure/documentDates';
import { guessMetadata } from '../../electron/core/import/structure/guessMetadata';
import { guessStatementState } from '../../electron/core/import/structure/guessState';

const analyseText = (text: string, fileName = 'file.txt') =>
  analyseDocument(extractPlainText(new TextEncoder().encode(text), fileName.endsWith('.md')), fileName);

describe('a UN document is titled by its title, not its letterhead', () => {
  const body = '\n\nDraft convention on the protection of persons in the event of disasters\n\nThe States Parties to the present Convention,\nRecalling…';
  it.each([
    ['organ and symbol in columns (Word, text)', 'United Nations\tA/AC.999/L.1\nGeneral Assembly\tDistr.: General\n12 May 2024\tOriginal: English'],
    ['organ and symbol on one line', 'United Nations A/AC.999/L.1\nUnited Nations General Assembly\nDistr.: General 12 May 2024\nOriginal: English'],
    ['a letterhead laid out with spaces', 'United Nations      A/AC.999/L.1\nGeneral Assembly    Distr.: Limited\n                    12 May 2024\nOfficial Records'],
  ])('%s', (_case, letterhead) => {
    const analysed = analyseText(`${letterhead}${body}`);
    expect(analysed.metadata.title).toBe('Draft convention on the protection of persons in the event of disasters');
    expect(analysed.metadata.symbol).toBe('A/AC.999/L.1');
    expect(guessKind(analysed.metadata.title ?? '', analysed.pages[0].text)).toBe('draft');
  });

  it('never takes the first sentence of a preamble, a resolution or a speech for the title', () => {
    for (const opening of [
      'The States Parties to the present Convention,\nConsidering that…',
      'Having regard to the Charter of the United Nations\nand to the Universal Declaration',
      'The General Assembly,\nRecalling its resolution 60/147',
      'Mr. President\n\nFrance welcomes the report.',
      'Madam Chair, distinguished delegates,\n\nAllow me to begin.',
      '-Your Excellency Philémon Yang\nPresident of the General Assembly,',
      'Les États parties au présent Pacte,\nConsidérant que…',
      'Señor Presidente:\n\nMi delegación…',
    ]) {
      expect(guessMetadata([opening], { fileName: 'opening.txt' }).title, opening).toBe('opening');
    }
  });

  it('takes a Markdown title from its headings, never from an HTML line, in the language of the text', () => {
    const markdown = [
      "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />",
      '',
      '## Verdrag inzake de rechten van het kind',
      '',
      '####Convention on the Rights of the Child',
      '',
      'Preamble The States Parties to the present Convention, considering that the recognition of the rights of the child…',
      '',
      '### Article 1',
      'For the purposes of the present Convention, a child means every human being below the age of eighteen years.',
    ].join('\n');
    const analysed = analyseText(markdown, 'crc.md');
    expect(analysed.metadata.title).toBe('Convention on the Rights of the Child');
    expect(analysed.passages.map((passage) => passage.label)).toContain('Art. 1');
    // A heading that goes on in lowercase on the next heading line is one title.
    expect(analyseText('### Convention\n####against torture and other cruel treatment\n\nThe States Parties to this Convention,', 'cat.md').metadata.title).toBe(
      'Convention against torture and other cruel treatment',
    );
  });
});

describe('statements are recognised in every file type, with their State', () => {
  it.each([
    ['Statement by the delegation of the Republic of Korea\n\nMr. President,\n\nMy delegation welcomes the draft articles.', 'statement', 'KOR'],
    ['Statement by France on the draft convention on crimes against humanity\n\nThank you, Madam Chair.\n\nFrance supports article 2.', 'statement', 'FRA'],
    ['Madam Chair,\n\nOn behalf of Austria, I thank the Special Rapporteur. Austria supports the draft.', 'statement', 'AUT'],
    ['Déclaration de la délégation de la France\n\nMonsieur le Président,\n\nLa France salue le rapport.', 'statement', 'FRA'],
    ['Intervención de la delegación de México\n\nSeñor Presidente:\n\nMéxico agradece el informe.', 'statement', 'MEX'],
    ['Draft articles on crimes against humanity\n\nArticle 1\nScope\n\nThe present draft articles apply to Mexico and France.', 'draft', null],
    ['Rome Statute of the International Criminal Court\n\nPreamble\n\nThe States Parties to this Statute,', 'instrument', null],
    // A declaration speaks as "We", as a speech can: not enough to make it one.
    ['Political declaration of the high-level meeting on oceans\n\nWe, the Heads of State and Government,\n\n1. We reaffirm our commitment.\n2. We express our concern.', 'instrument', null],
    ['Remarks of the Permanent Representative of Chile\n\nI would like to thank the facilitators. Chile supports the text, and Chile will engage.', 'statement', 'CHL'],
  ])('%#: %s', (text, kind, state) => {
    const analysed = analyseText(text, 'statement.txt');
    const title = analysed.metadata.title ?? '';
    const guessedKind = guessKind(title, analysed.pages[0].text);
    expect(guessedKind).toBe(kind);
    if (guessedKind === 'statement') expect(guessStatementState(title, analysed.pages[0].text)).toBe(state);
  });

  it("does not take the Democratic People's Republic of Korea for the Republic of Korea", () => {
    const text = "Statement by the delegation of the Democratic People's Republic of Korea\n\nMr. Chairman,\n\nThe Democratic People's Republic of Korea rejects the report.";
    expect(guessStatementState(text.split('\n')[0], text)).not.toBe('KOR');
  });

  it('guesses no State when none is named, or two come as often', () => {
    expect(guessStatementState('Statement', 'Mr. President, we welcome the report.')).toBeNull();
    expect(guessStatementState('', 'Mr. President, Chile and Peru agree. Chile and Peru thank you.')).toBeNull();
  });
});

describe('a meeting record takes the date of the meeting', () => {
  it('from the "held on" line, not the issue date above it', () => {
    const page = [
      'United Nations', 'A/C.6/75/SR.5', 'General Assembly', 'Seventy-fifth session', 'Official Records',
      'Distr.: General', '2 November 2020', 'Original: English', '', 'Sixth Committee',
      'Summary record of the 5th meeting', 'Held at Headquarters, New York, on Friday, 9 October 2020, at 10 a.m.',
      '', 'Agenda item 79: Crimes against humanity (resolution 74/187 of 18 December 2019)',
    ].join('\n');
    expect(guessMetadata([page]).documentDate).toBe('2020-10-09');
  });

  it('from the day of the week in a verbatim record, in French too', () => {
    expect(findMeetingDate('A/75/PV.3\nGeneral Assembly\n3rd plenary meeting\nTuesday, 22 September 2020, 9 a.m.\nNew York')?.iso).toBe('2020-09-22');
    expect(findMeetingDate('Compte rendu analytique de la 5e séance\ntenue au Siège, à New York, le vendredi 9 octobre 2020, à 10 heures')?.iso).toBe('2020-10-09');
  });

  it('leaves other documents to their first date', () => {
    expect(findMeetingDate('Draft resolution\nAdopted on Friday, 9 October 2020')).toBeNull();
    expect(guessMetadata(['United Nations\nA/CN.4/L.935\nDistr.: Limited\n15 May 2019\n\nCrimes against humanity']).documentDate).toBe('2019-05-15');
  });
});
