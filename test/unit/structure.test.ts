import { describe, expect, it } from 'vitest';
import { findPassages } from '../../electron/core/import/structure/findPassages';
import { sliceText } from '../../electron/core/import/structure/textLines';
import type { FoundPassage } from '../../electron/core/import/structure/types';

function labels(passages: FoundPassage[]): string[] {
  return passages.map((passage) => passage.label);
}

function byLabel(passages: FoundPassage[], label: string): FoundPassage {
  const found = passages.find((passage) => passage.label === label);
  if (!found) throw new Error(`No passage ${label} in ${labels(passages).join(', ')}`);
  return found;
}

function parentLabel(passages: FoundPassage[], label: string): string | null {
  const parent = byLabel(passages, label).parentIndex;
  return parent === null ? null : passages[parent].label;
}

/** Every passage's text is the exact slice of the pages between its start and end. */
function expectExactSlices(pages: string[], passages: FoundPassage[]): void {
  for (const passage of passages) {
    expect(sliceText(pages, passage.start, passage.end)).toBe(passage.text);
    expect(passage.text).toBe(passage.text.trimEnd());
    expect(passage.text.trim()).not.toBe('');
  }
}

const crimesAgainstHumanity = `Crimes against humanity

Preamble

The States Parties to the present Convention,
Mindful that throughout history millions of children, women and men have been victims of crimes
that deeply shock the conscience of humanity,
Recognizing that crimes against humanity threaten the peace, security and well-being of the world,

Have agreed as follows:

Article 1
Scope
The present draft articles apply to the prevention and punishment of crimes against humanity.

Article 2
Definition of crimes against humanity
1. For the purpose of the present draft articles, "crime against humanity" means any of the
following acts when committed as part of a widespread or systematic attack directed against any
civilian population, with knowledge of the attack:
(a) murder;
(b) extermination;
(c) enslavement;
(d) deportation or forcible transfer of population;
(e) imprisonment or other severe deprivation of physical liberty;
(f) torture;
(g) rape, sexual slavery, enforced prostitution, forced pregnancy, enforced sterilization;
(h) persecution against any identifiable group or collectivity on political, racial, national,
ethnic, cultural, religious or gender grounds, in connection with any act referred to in this
paragraph;
(i) enforced disappearance of persons;
(j) the crime of apartheid;
(k) other inhumane acts of a similar character intentionally causing great suffering.
2. For the purpose of paragraph 1:
(a) "attack directed against any civilian population" means a course of conduct;
(b) "extermination" includes the intentional infliction of conditions of life;
(c) "enslavement" means the exercise of any of the powers attaching to ownership;
(d) "deportation" means forced displacement of the persons concerned;
(e) "torture" means the intentional infliction of severe pain or suffering;
(f) "forced pregnancy" means the unlawful confinement of a woman forcibly made pregnant;
(g) "enforced disappearance of persons" means either of the following:
(i) the arrest, detention or abduction of persons by, or with the authorization of, a State;
(ii) the refusal to acknowledge that deprivation of freedom;
(h) "persecution" means the severe deprivation of fundamental rights;
(i) "the crime of apartheid" means inhumane acts committed in the context of an institutionalized
regime.
3. This draft article is without prejudice to any broader definition.`;

describe('articles, paragraphs and sub-paragraphs in an English draft', () => {
  const pages = [crimesAgainstHumanity];
  const passages = findPassages(pages);

  it('labels each level as it is cited', () => {
    expect(labels(passages)).toEqual([
      'Preamble, para. 1',
      'Preamble, para. 2',
      'Preamble, para. 3',
      'Preamble, para. 4',
      'Art. 1',
      'Art. 2',
      'Art. 2(1)',
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((letter) => `Art. 2(1)(${letter})`),
      'Art. 2(2)',
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => `Art. 2(2)(${letter})`),
      'Art. 2(2)(g)(i)',
      'Art. 2(2)(g)(ii)',
      'Art. 2(2)(h)',
      'Art. 2(2)(i)',
      'Art. 2(3)',
    ]);
    expectExactSlices(pages, passages);
  });

  it('reads (i) after (h) as the letter i, and (i) under (g) followed by (ii) as a roman numeral', () => {
    expect(byLabel(passages, 'Art. 2(1)(i)').text).toBe('(i) enforced disappearance of persons;');
    expect(parentLabel(passages, 'Art. 2(1)(i)')).toBe('Art. 2(1)');
    expect(parentLabel(passages, 'Art. 2(2)(g)(ii)')).toBe('Art. 2(2)(g)');
    expect(byLabel(passages, 'Art. 2(2)(g)').text).toMatch(/^\(g\) "enforced[\s\S]*freedom;$/);
    // Back at letter level after the roman numerals, "(i)" after "(h)" is the letter again.
    expect(byLabel(passages, 'Art. 2(2)(i)').text).toMatch(/^\(i\) "the crime of apartheid"[\s\S]*regime\.$/);
    expect(parentLabel(passages, 'Art. 2(2)(i)')).toBe('Art. 2(2)');
  });

  it('gives each level its kind, its heading and its parent', () => {
    const article = byLabel(passages, 'Art. 2');
    expect(article.level).toBe('article');
    expect(article.heading).toBe('Definition of crimes against humanity');
    expect(article.text.startsWith('Article 2\nDefinition')).toBe(true);
    expect(article.text.endsWith('broader definition.')).toBe(true);
    expect(article.parentIndex).toBeNull();
    expect(byLabel(passages, 'Art. 2(1)').level).toBe('paragraph');
    expect(parentLabel(passages, 'Art. 2(1)')).toBe('Art. 2');
    expect(byLabel(passages, 'Art. 2(1)(h)').level).toBe('subparagraph');
    // A sub-paragraph runs over its wrapped lines, up to the next marker.
    expect(byLabel(passages, 'Art. 2(1)(h)').text).toMatch(/^\(h\) persecution[\s\S]*\nparagraph;$/);
    expect(byLabel(passages, 'Art. 1').heading).toBe('Scope');
  });

  it('splits the preamble into its paragraphs, after the title and the "Preamble" heading', () => {
    const preamble = passages.filter((passage) => passage.level === 'preamble');
    expect(preamble.map((passage) => passage.text.split('\n')[0])).toEqual([
      'The States Parties to the present Convention,',
      'Mindful that throughout history millions of children, women and men have been victims of crimes',
      'Recognizing that crimes against humanity threaten the peace, security and well-being of the world,',
      'Have agreed as follows:',
    ]);
    expect(preamble.every((passage) => passage.parentIndex === null && passage.heading === null)).toBe(true);
  });
});

describe('parts and chapters', () => {
  const pages = [
    `PART 1. ESTABLISHMENT OF THE COURT
Article 1
The Court
An International Criminal Court is hereby established.
PART 2. JURISDICTION, ADMISSIBILITY AND APPLICABLE LAW
Article 5
Crimes within the jurisdiction of the Court
1. The jurisdiction of the Court shall be limited to the most serious crimes.
Article 8 bis
Crime of aggression
1. For the purpose of this Statute, "crime of aggression" means the planning of an act.`,
    `Part III
General principles
Chapter IV
Responsibility
Section 3
Article 25
Individual criminal responsibility
The Court shall have jurisdiction over natural persons.`,
  ];
  const passages = findPassages(pages);

  it('labels parts, chapters and sections as written, and nests articles under them', () => {
    expect(labels(passages)).toEqual([
      'Part 1', 'Art. 1', 'Part 2', 'Art. 5', 'Art. 5(1)', 'Art. 8 bis', 'Art. 8 bis(1)',
      'Part III', 'Chapter IV', 'Section 3', 'Art. 25',
    ]);
    expect(byLabel(passages, 'Part 2').heading).toBe('JURISDICTION, ADMISSIBILITY AND APPLICABLE LAW');
    expect(byLabel(passages, 'Part III').heading).toBe('General principles');
    expect(parentLabel(passages, 'Art. 8 bis')).toBe('Part 2');
    expect(parentLabel(passages, 'Chapter IV')).toBe('Part III');
    expect(parentLabel(passages, 'Section 3')).toBe('Chapter IV');
    expect(parentLabel(passages, 'Art. 25')).toBe('Section 3');
    expect(byLabel(passages, 'Part 1').parentIndex).toBeNull();
    expectExactSlices(pages, passages);
  });

  it('runs a part up to the next part, across the page break', () => {
    const part = byLabel(passages, 'Part 2');
    expect(part.start).toEqual({ page: 0, offset: pages[0].indexOf('PART 2.') });
    expect(part.end).toEqual({ page: 0, offset: pages[0].length });
    const partThree = byLabel(passages, 'Part III');
    expect(partThree.end).toEqual({ page: 1, offset: pages[1].length });
  });
});

describe('passages that cross a page break', () => {
  const pages = [
    'Article 1\nUse of terms\n1. For the purposes of the present Convention:\n(a) "State" means a State;\n(b) "court" means',
    'a court of a State;\n2. The provisions of paragraph 1 are without prejudice to other uses.\nArticle 2\nScope\nThe Convention applies.',
  ];
  const passages = findPassages(pages);

  it('starts and ends on different pages, and its text is the slice joined with a line break', () => {
    const item = byLabel(passages, 'Art. 1(1)(b)');
    expect(item.start).toEqual({ page: 0, offset: pages[0].indexOf('(b)') });
    expect(item.end).toEqual({ page: 1, offset: 'a court of a State;'.length });
    expect(item.text).toBe('(b) "court" means\na court of a State;');
    const article = byLabel(passages, 'Art. 1');
    expect(article.start).toEqual({ page: 0, offset: 0 });
    expect(article.end).toEqual({ page: 1, offset: pages[1].indexOf('\nArticle 2') });
    expectExactSlices(pages, passages);
  });
});

describe('the other official languages', () => {
  it('reads French: "Article premier", "Article 2 bis", "Chapitre", and a) b) sub-paragraphs', () => {
    const pages = [`Chapitre premier
Dispositions générales
Article premier
Champ d'application
Le présent projet d'articles s'applique à la prévention des crimes contre l'humanité.
Article 2 bis
Définition
1. Aux fins du présent projet d'articles, on entend par « crime contre l'humanité » :
a) Meurtre ;
b) Extermination ;
2. Le présent projet d'article est sans préjudice de toute définition plus large.
Titre II
Article 3
Obligations générales
Chaque État s'engage à prévenir et à punir les crimes contre l'humanité.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual([
      'Chapter 1', 'Art. 1', 'Art. 2 bis', 'Art. 2 bis(1)', 'Art. 2 bis(1)(a)', 'Art. 2 bis(1)(b)',
      'Art. 2 bis(2)', 'Part II', 'Art. 3',
    ]);
    expect(byLabel(passages, 'Art. 1').heading).toBe("Champ d'application");
    expect(byLabel(passages, 'Chapter 1').heading).toBe('Dispositions générales');
    expectExactSlices(pages, passages);
  });

  it('reads Spanish: "Parte", "Capítulo", "Artículo"', () => {
    const pages = [`PARTE I
Capítulo 1
Artículo 1
Ámbito de aplicación
El presente proyecto de artículos se aplica a la prevención de los crímenes de lesa humanidad.
Artículo 7
Crímenes de lesa humanidad
1. A los efectos del presente Estatuto, se entenderá por «crimen de lesa humanidad»:
a) Asesinato;
b) Exterminio;`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual([
      'Part I', 'Chapter 1', 'Art. 1', 'Art. 7', 'Art. 7(1)', 'Art. 7(1)(a)', 'Art. 7(1)(b)',
    ]);
    expect(parentLabel(passages, 'Art. 7')).toBe('Chapter 1');
    expect(byLabel(passages, 'Art. 7').heading).toBe('Crímenes de lesa humanidad');
    expectExactSlices(pages, passages);
  });

  it('reads Russian: "Часть", "Глава", "Статья" and Cyrillic а) б) в)', () => {
    const pages = [`Часть 2. Юрисдикция, приемлемость и применимое право
Статья 7
Преступления против человечности
1. Для целей настоящего Статута «преступление против человечности» означает:
а) убийство;
б) истребление;
в) порабощение;
2. Для целей пункта 1:
а) «нападение» означает линию поведения.
Статья 8
Военные преступления
Суд обладает юрисдикцией в отношении военных преступлений.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual([
      'Part 2', 'Art. 7', 'Art. 7(1)', 'Art. 7(1)(a)', 'Art. 7(1)(b)', 'Art. 7(1)(c)',
      'Art. 7(2)', 'Art. 7(2)(a)', 'Art. 8',
    ]);
    expect(byLabel(passages, 'Part 2').heading).toBe('Юрисдикция, приемлемость и применимое право');
    expect(byLabel(passages, 'Art. 8').heading).toBe('Военные преступления');
    expectExactSlices(pages, passages);
  });

  it('reads Arabic: Arabic-Indic digits, "(2)", ordinal words, and (أ) (ب) sub-paragraphs', () => {
    const pages = [`الباب الثاني
الاختصاص والمقبولية والقانون الواجب التطبيق
المادة ١
النطاق
تنطبق مشاريع المواد هذه على منع الجرائم ضد الإنسانية والمعاقبة عليها.
المادة (2)
تعريف الجرائم ضد الإنسانية
١ - لغرض مشاريع المواد هذه، يعني "الجريمة ضد الإنسانية" أيا من الأفعال التالية:
(أ) القتل العمد؛
(ب) الإبادة؛
(ج) الاسترقاق؛
٢ - لغرض الفقرة 1:
(أ) تعني عبارة "هجوم موجه ضد أية مجموعة من السكان المدنيين" نهجا سلوكيا؛
المادة الثالثة
الالتزامات العامة
تتعهد كل دولة بمنع الجرائم ضد الإنسانية.
المادة الحادية عشرة
المعاملة العادلة
يكفل لأي شخص معاملة عادلة.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual([
      'Part 2', 'Art. 1', 'Art. 2', 'Art. 2(1)', 'Art. 2(1)(a)', 'Art. 2(1)(b)', 'Art. 2(1)(c)',
      'Art. 2(2)', 'Art. 2(2)(a)', 'Art. 3', 'Art. 11',
    ]);
    expect(byLabel(passages, 'Art. 2').heading).toBe('تعريف الجرائم ضد الإنسانية');
    expect(parentLabel(passages, 'Art. 2(1)(c)')).toBe('Art. 2(1)');
    expect(parentLabel(passages, 'Art. 11')).toBe('Part 2');
    expectExactSlices(pages, passages);
  });

  it('reads Chinese: 第二编, 第七条, 第一百二十八条, （一） and 1. under it', () => {
    const pages = [`第二编　管辖权、可受理性和适用的法律
第七条
危害人类罪
1. 为了本规约的目的，“危害人类罪”是指在广泛或有系统地针对任何平民人口进行的攻击中实施的下列任何一种行为：
（一）谋杀；
（二）灭绝；
2. 为了第1款的目的：
（一）“针对任何平民人口进行的攻击”是指一种行为过程；
（二）“强迫人员失踪”是指：
1. 逮捕、羁押或绑架人员；
2. 拒绝承认这种剥夺自由的行为；
（三）“种族隔离罪”是指一种不人道行为。
第八条之二
侵略罪
本规约所称的“侵略罪”是指侵略行为。
第一百二十八条
作准文本
本规约正本交存联合国秘书长。`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual([
      'Part 2', 'Art. 7', 'Art. 7(1)', 'Art. 7(1)(a)', 'Art. 7(1)(b)', 'Art. 7(2)', 'Art. 7(2)(a)',
      'Art. 7(2)(b)', 'Art. 7(2)(b)(i)', 'Art. 7(2)(b)(ii)', 'Art. 7(2)(c)', 'Art. 8 bis', 'Art. 128',
    ]);
    expect(byLabel(passages, 'Part 2').heading).toBe('管辖权、可受理性和适用的法律');
    expect(byLabel(passages, 'Art. 7').heading).toBe('危害人类罪');
    expect(parentLabel(passages, 'Art. 7(2)(b)(ii)')).toBe('Art. 7(2)(b)');
    expectExactSlices(pages, passages);
  });
});

describe('headings that share a line with their title', () => {
  it('accepts "Article 1 — Scope", "ARTICLE 2: Definitions", "Art. 3" and "Article 4. Entry into force"', () => {
    const pages = [`Article 1 — Scope
This Convention applies to crimes against humanity.
ARTICLE 2: Definitions
(a) "State" means a State;
(b) "court" means a court.
Art. 3
Each State shall take the necessary measures.
Article 4. Entry into force
This Convention shall enter into force on the thirtieth day.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual(['Art. 1', 'Art. 2', 'Art. 2(a)', 'Art. 2(b)', 'Art. 3', 'Art. 4']);
    expect(passages.map((passage) => passage.heading)).toEqual([
      'Scope', 'Definitions', null, null, null, 'Entry into force',
    ]);
    // Without numbered paragraphs, letters hang from the article itself.
    expect(parentLabel(passages, 'Art. 2(b)')).toBe('Art. 2');
    expect(byLabel(passages, 'Art. 2(b)').level).toBe('subparagraph');
  });

  it('does not take the first sentence of an untitled article for a title', () => {
    const passages = findPassages([
      'Article 10\nNothing in this Part shall be interpreted as limiting or prejudicing\nin any way existing rules.\nArticle 11\nEveryone has the right to life.',
    ]);
    expect(passages.map((passage) => [passage.label, passage.heading])).toEqual([
      ['Art. 10', null],
      ['Art. 11', null],
    ]);
  });
});

describe('false positives', () => {
  it('ignores article references inside sentences and at the start of wrapped lines', () => {
    const pages = [`Article 1
Scope
1. The Court shall exercise its jurisdiction in accordance with article 7, and shall apply
article 8 of the Statute as interpreted by the Chambers of the Court in their jurisprudence
Article 7 of the Rome Statute provides a definition that the present draft articles follow closely.
Article 7, paragraph 1, lists the acts concerned.
2. The Court may also take into account the practice of States.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual(['Art. 1', 'Art. 1(1)', 'Art. 1(2)']);
    expect(byLabel(passages, 'Art. 1(1)').text).toContain('lists the acts concerned.');
  });

  it('drops the table of contents entries when the headings appear again with their text', () => {
    const pages = [
      'Contents\nArticle 1 Scope ........ 2\nArticle 2 Definitions 3\nArticle 3 Obligations\n',
      'Article 1\nScope\nThe Convention applies.\nArticle 2\nDefinitions\nFor the purposes of the Convention.\nArticle 3\nObligations\nEach State shall prevent.',
    ];
    const passages = findPassages(pages);
    const articles = passages.filter((passage) => passage.level === 'article');
    expect(articles.map((passage) => [passage.label, passage.start.page])).toEqual([
      ['Art. 1', 1],
      ['Art. 2', 1],
      ['Art. 3', 1],
    ]);
  });

  it('does not count "2." or "(a)" as markers unless they follow in sequence', () => {
    const pages = [`Article 5
Cooperation
1. States shall cooperate, as set out in the provisions of annex, paragraph
2. of which applies mutatis mutandis.
5. This is not a paragraph, since 2 to 4 are missing.
(c) Nor is this a sub-paragraph.
2. States shall cooperate in good faith.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual(['Art. 5', 'Art. 5(1)', 'Art. 5(2)']);
    expect(byLabel(passages, 'Art. 5(1)').text).toContain('Nor is this a sub-paragraph.');
  });

  it('treats numbered paragraphs outside any article as plain text', () => {
    const pages = [`Statement by the delegation

1. The delegation welcomes the draft articles.

Article 1
Scope
The articles apply.`];
    const passages = findPassages(pages);
    expect(labels(passages)).toEqual(['Preamble, para. 1', 'Art. 1']);
    expect(byLabel(passages, 'Preamble, para. 1').text).toBe('1. The delegation welcomes the draft articles.');
  });
});

describe('documents without articles', () => {
  const sentence = 'The delegation reiterates its support for the work of the Commission on this topic. ';
  const statement = [
    'Statement on crimes against humanity',
    '',
    `1. ${sentence.repeat(3).trim()}`,
    '',
    `2. ${sentence.repeat(30).trim()}`,
    '',
    '3. Thank you, Mr. Chair.',
  ].join('\n');

  it('splits the text into chunks no longer than the limit, between words, labelled Para. n', () => {
    const pages = [statement];
    const passages = findPassages(pages, { maxChunkChars: 500 });
    expect(passages.every((passage) => passage.level === 'chunk' && passage.parentIndex === null)).toBe(true);
    expect(labels(passages)).toEqual(passages.map((_, index) => `Para. ${index + 1}`));
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(500);
      const after = pages[0].charAt(passage.end.offset);
      expect(after === '' || /\s/.test(after)).toBe(true);
      expect(/\s/.test(pages[0].charAt(passage.start.offset))).toBe(false);
    }
    // The heading line stays with the paragraph it heads.
    expect(passages[0].text.startsWith('Statement on crimes against humanity')).toBe(true);
    expect(passages.at(-1)?.text).toBe('3. Thank you, Mr. Chair.');
    // Long paragraph 2 is cut after sentences.
    const pieces = passages.filter((passage) => passage.text.includes('reiterates') && passage.text.length > 300);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((piece) => piece.text.endsWith('topic.'))).toBe(true);
    expectExactSlices(pages, passages);
  });

  it('uses 1200 characters by default and cuts a word-free run only when it must', () => {
    const pages = [`${'x'.repeat(1500)} tail`];
    const passages = findPassages(pages);
    expect(passages.map((passage) => passage.text.length)).toEqual([1500, 4]);
    const wrapped = findPassages([`${'word '.repeat(600)}`.trim()]);
    expect(wrapped.every((passage) => passage.text.length <= 1200)).toBe(true);
    expect(wrapped.map((passage) => passage.text).join(' ')).toBe(`${'word '.repeat(600)}`.trim());
  });

  it('keeps chunks across page breaks exact', () => {
    const pages = ['The first paragraph runs on to the', 'next page and ends here.\n\nA second paragraph.'];
    const passages = findPassages(pages);
    expect(passages.map((passage) => passage.text)).toEqual([
      'The first paragraph runs on to the\nnext page and ends here.',
      'A second paragraph.',
    ]);
    expect(passages[0].end).toEqual({ page: 1, offset: 'next page and ends here.'.length });
    expectExactSlices(pages, passages);
  });

  it('returns nothing for empty pages', () => {
    expect(findPassages([])).toEqual([]);
    expect(findPassages(['', '  \n'])).toEqual([]);
  });
});

describe('the preamble without a "Preamble" heading', () => {
  it('skips the cover lines and the title, and starts at the first preambular paragraph', () => {
    const pages = [`A/CN.4/L.935
Crimes against humanity
Titles and texts of the preamble, draft articles and annex adopted by the Drafting Committee on second reading
The States Parties to the present Convention,
Recalling the principles of international law embodied in the Charter of the United
Nations,
Affirming that crimes against humanity must not go unpunished,
Have agreed as follows:
Article 1
Scope
The present draft articles apply to crimes against humanity.`];
    const passages = findPassages(pages);
    expect(passages.filter((passage) => passage.level === 'preamble').map((passage) => passage.text)).toEqual([
      'The States Parties to the present Convention,',
      'Recalling the principles of international law embodied in the Charter of the United\nNations,',
      'Affirming that crimes against humanity must not go unpunished,',
      'Have agreed as follows:',
    ]);
    expectExactSlices(pages, passages);
  });

  it('splits paragraphs that open with the same words, as in the Russian texts', () => {
    const pages = [`Всеобщая декларация прав человека
Принимая во внимание, что признание достоинства, присущего всем членам человеческой семьи, и
равных и неотъемлемых прав их является основой свободы, справедливости и всеобщего мира; и
принимая во внимание, что пренебрежение и презрение к правам человека привели к варварским актам; и
принимая во внимание, что необходимо, чтобы права человека охранялись властью закона,
Генеральная Ассамблея провозглашает настоящую Всеобщую декларацию прав человека.
Статья 1
Все люди рождаются свободными и равными в своем достоинстве и правах.`];
    const passages = findPassages(pages);
    const preamble = passages.filter((passage) => passage.level === 'preamble');
    expect(preamble.map((passage) => passage.text.slice(0, 20))).toEqual([
      'Принимая во внимание',
      'принимая во внимание',
      'принимая во внимание',
      'Генеральная Ассамбле',
    ]);
    expect(preamble[0].text.split('\n')).toHaveLength(2);
    expect(byLabel(passages, 'Art. 1').text.startsWith('Статья 1\n')).toBe(true);
  });
});

describe('a heading after a long title line', () => {
  it('is a heading even when the title line above ends in a lowercase word', () => {
    const passages = findPassages([
      'Draft articles on prevention and punishment of crimes against humanity\nArticle 1\nScope\nThe present draft articles apply.\nThe Court shall act as provided for in\nArticle 2.\nArticle 2\nObligation\nEach State undertakes.',
    ]);
    expect(labels(passages)).toEqual(['Art. 1', 'Art. 2']);
    expect(byLabel(passages, 'Art. 1').text).toContain('provided for in\nArticle 2.');
  });
});
