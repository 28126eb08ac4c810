import { describe, expect, it } from 'vitest';
import { findFirstDate } from '../../electron/core/import/structure/documentDates';
import { findSymbol, guessLanguage, guessMetadata } from '../../electron/core/import/structure/guessMetadata';

const ilcCoverPage = `United Nations
A/CN.4/L.935
General Assembly
Distr.: Limited
15 May 2019

Original: English

International Law Commission
Seventy-first session
Geneva, 29 April–7 June and 8 July–9 August 2019

Crimes against humanity

Titles and texts of the preamble, draft articles and annex adopted by the Drafting Committee on second reading

The States Parties to the present Convention,
Mindful that throughout history millions of children, women and men have been victims of crimes that
deeply shock the conscience of humanity,`;

describe('guessing metadata from a UN cover page', () => {
  it('finds the symbol, the date, the language and the title under the distribution lines', () => {
    expect(guessMetadata([ilcCoverPage], { pdfTitle: 'Microsoft Word - 1913589E.docx', fileName: 'N1913589.pdf' })).toEqual({
      title: 'Crimes against humanity',
      symbol: 'A/CN.4/L.935',
      documentDate: '2019-05-15',
      language: 'en',
    });
  });

  it('prefers a real declared title to the text', () => {
    const metadata = guessMetadata([ilcCoverPage], { pdfTitle: '  Draft articles on prevention and punishment of crimes against humanity ' });
    expect(metadata.title).toBe('Draft articles on prevention and punishment of crimes against humanity');
  });

  it('rejects declared titles that are file names, placeholders or the symbol itself', () => {
    for (const pdfTitle of ['', 'untitled', 'Untitled document', 'Microsoft Word - draft.docx', 'ilc_draft_v2', 'report.pdf', 'A/CN.4/L.935', 'N1913589', null]) {
      expect(guessMetadata([ilcCoverPage], { pdfTitle }).title, String(pdfTitle)).toBe('Crimes against humanity');
    }
  });

  it('joins a title that runs over two lines', () => {
    const page = 'Rome Statute of the International\nCriminal Court\n\nPreamble\nThe States Parties to this Statute,';
    expect(guessMetadata([page]).title).toBe('Rome Statute of the International Criminal Court');
    expect(guessMetadata(['CONVENTION ON THE PREVENTION\nAND PUNISHMENT OF THE CRIME OF GENOCIDE\n\nThe Contracting Parties,']).title).toBe(
      'CONVENTION ON THE PREVENTION AND PUNISHMENT OF THE CRIME OF GENOCIDE',
    );
  });

  it('drops the number of a resolution from its title, and skips the adoption line', () => {
    const page = `United Nations\nA/RES/60/147\nGeneral Assembly\nDistr.: General\n21 March 2006\n\nSixtieth session\nAgenda item 71 (a)\n\nResolution adopted by the General Assembly on 16 December 2005\n\n[on the report of the Third Committee (A/60/509/Add.1)]\n\n60/147. Basic Principles and Guidelines on the Right to a Remedy and Reparation\n\nThe General Assembly,`;
    const metadata = guessMetadata([page]);
    expect(metadata.symbol).toBe('A/RES/60/147');
    expect(metadata.documentDate).toBe('2006-03-21');
    expect(metadata.title).toBe('Basic Principles and Guidelines on the Right to a Remedy and Reparation');
  });

  it('reads the cover pages of the French and Chinese versions', () => {
    const french = `Nations Unies\nA/CN.4/L.935\nAssemblée générale\nDistr. limitée\n15 mai 2019\nFrançais\nOriginal : anglais\nCommission du droit international\nSoixante et onzième session\nGenève, 29 avril-7 juin et 8 juillet-9 août 2019\nCrimes contre l’humanité\nTitres et textes du préambule et des projets d’articles adoptés par le Comité de rédaction\nLes États parties à la présente Convention,\nConsidérant que les crimes contre l’humanité menacent la paix et la sécurité et le bien-être du monde,`;
    expect(guessMetadata([french])).toEqual({
      title: 'Crimes contre l’humanité',
      symbol: 'A/CN.4/L.935',
      documentDate: '2019-05-15',
      language: 'fr',
    });
    const chinese = `联合国\nA/CN.4/L.935\n大会\nDistr.: Limited\n2019年5月15日\nChinese\nOriginal: English\n国际法委员会\n第七十一届会议\n危害人类罪\n本公约缔约国，\n铭记在整个历史上，千百万儿童、妇女和男子成为深深震撼人类良知的罪行的受害者，`;
    expect(guessMetadata([chinese])).toEqual({
      title: '危害人类罪',
      symbol: 'A/CN.4/L.935',
      documentDate: '2019-05-15',
      language: 'zh',
    });
  });

  it('falls back to the file name without its extension', () => {
    const metadata = guessMetadata(['The States Parties to this Convention,\nHave agreed as follows:'], {
      pdfTitle: 'untitled',
      fileName: '/home/delegate/Downloads/CAH draft (rev).pdf',
    });
    expect(metadata.title).toBe('CAH draft (rev)');
    expect(guessMetadata(['']).title).toBeNull();
  });

  it('keeps terminal escapes, line breaks and bidi overrides of a file name or PDF title out of the title', () => {
    const body = ['The States Parties to this Convention,\nHave agreed as follows:'];
    expect(guessMetadata(body, { fileName: '/tmp/CAH\u001b[31m draft\nrev\u202Efdp.exe.pdf' }).title).toBe('CAH [31m draft rev fdp.exe');
    expect(guessMetadata(body, { pdfTitle: 'Draft articles on\u0000 crimes\u2066 against humanity' }).title).toBe('Draft articles on crimes against humanity');
    expect(guessMetadata(body, { fileName: '/tmp/\u202E\u001b.pdf' }).title).toBeNull();
  });
});

describe('UN document symbols', () => {
  it('reads the common series with their revisions, addenda and corrigenda', () => {
    const symbols = [
      'A/CN.4/L.935', 'A/RES/60/147', 'A/C.6/78/L.1', 'S/2024/123', 'E/CN.4/2005/L.10', 'A/74/10',
      'A/CONF.183/9', 'A/CN.4/L.935/Rev.1', 'A/74/10/Add.2', 'S/2024/123/Corr.1', 'CCPR/C/GC/36', 'ICC-ASP/18/Res.6',
    ];
    for (const symbol of symbols) {
      expect(findSymbol([`See document ${symbol}, paragraph 4.`]), symbol).toBe(symbol);
      expect(findSymbol([`${symbol}\nGeneral Assembly`]), symbol).toBe(symbol);
    }
  });

  it('takes the first one in reading order and ignores slashes that are not symbols', () => {
    expect(findSymbol(['and/or the A/B/C option', 'A/CN.4/L.935 cites A/74/10'])).toBe('A/CN.4/L.935');
    expect(findSymbol(['No symbol here, 12/2019 or S/N.'])).toBeNull();
  });
});

describe('dates in the six languages', () => {
  const cases: [string, string][] = [
    ['Distr.: General\n17 July 1998', '1998-07-17'],
    ['Done at Rome on July 17, 1998.', '1998-07-17'],
    ['Rome, le 17 juillet 1998', '1998-07-17'],
    ['le 1er janvier 2002', '2002-01-01'],
    ['Hecho en Roma el 17 de julio de 1998', '1998-07-17'],
    ['Рим, 17 июля 1998 года', '1998-07-17'],
    ['1998-07-17', '1998-07-17'],
    ['1998年7月17日订于罗马', '1998-07-17'],
    ['二〇一九年五月十五日', '2019-05-15'],
    ['حرر في روما في 17 تموز/يوليه 1998', '1998-07-17'],
    ['١٥ أيار/مايو ٢٠١٩', '2019-05-15'],
    ['١ كانون الثاني/يناير ٢٠٠٢', '2002-01-01'],
  ];
  it.each(cases)('reads %s', (text, iso) => {
    expect(findFirstDate(text)?.iso).toBe(iso);
  });

  it('takes the earliest date and rejects impossible ones', () => {
    expect(findFirstDate('adopted on 3 June 2019, replacing 15 May 2019')?.iso).toBe('2019-06-03');
    expect(findFirstDate('31 February 2019')).toBeNull();
    expect(findFirstDate('resolution 60/147 of 2005')).toBeNull();
  });
});

describe('language', () => {
  const samples: [string, string][] = [
    ['en', 'The States Parties to the present Convention shall take the necessary measures to ensure that crimes against humanity are offences under its criminal law.'],
    ['fr', 'Les États parties à la présente Convention prennent les mesures nécessaires pour que les crimes contre l’humanité constituent des infractions au regard de leur droit pénal.'],
    ['es', 'Los Estados partes en la presente Convención adoptarán las medidas necesarias para que los crímenes de lesa humanidad constituyan delitos con arreglo a su derecho penal.'],
    ['ru', 'Государства-участники настоящей Конвенции принимают необходимые меры для обеспечения того, чтобы преступления против человечности являлись правонарушениями.'],
    ['ar', 'تتخذ الدول الأطراف في هذه الاتفاقية التدابير اللازمة لضمان أن تشكل الجرائم ضد الإنسانية جرائم بموجب قانونها الجنائي.'],
    ['zh', '本公约缔约国应采取必要措施，确保危害人类罪构成其刑法规定的犯罪。各缔约国应采取必要措施。'],
  ];
  it.each(samples)('recognises %s', (language, text) => {
    expect(guessLanguage([text])).toBe(language);
  });

  it('says nothing about too little text, or text that is all numbers', () => {
    expect(guessLanguage(['A/CN.4/L.935'])).toBeNull();
    expect(guessLanguage(['12 34 56 78 90 '.repeat(20)])).toBeNull();
    expect(guessLanguage([])).toBeNull();
  });

  it('is not thrown by an English header over French text', () => {
    expect(guessLanguage([`United Nations\nGeneral Assembly\n${samples[1][1]} ${samples[1][1]}`])).toBe('fr');
  });
});
