import { describe, expect, it } from 'vitest';
import { seededRandom } from '../fixtures/seededRandom';
import { MIN_SIMILARITY, QuoteFinder, reanchorQuote, wordDiff, type Reanchored, type TextQuote } from '../../electron/core/annotations/reanchor';

// ILC draft articles on prevention and punishment of crimes against humanity (2019), as a PDF
// text layer gives them: lines broken where the page broke them.
const article2 = `Article 2
Definition of crimes against humanity
1. For the purpose of the present draft articles, “crime against humanity” means any of the
following acts when committed as part of a widespread or
systematic attack directed against any civilian population, with knowledge of the attack:
(a) murder;
(b) extermination;
(c) enslavement;
(d) deportation or forcible transfer of population;
(e) imprisonment or other severe deprivation of physical liberty in violation of fundamental
rules of international law;
(f) torture;
(g) rape, sexual slavery, enforced prostitution, forced pregnancy, enforced sterilization, or any
other form of sexual violence of comparable gravity;
(h) persecution against any identifiable group or collectivity on political, racial, national,
ethnic, cultural, religious, gender as defined in paragraph 3, or other grounds that are
universally recognized as impermissible under international law, in connection with any act
referred to in this paragraph;
(i) enforced disappearance of persons;
(j) the crime of apartheid;
(k) other inhumane acts of a similar character intentionally causing great suffering, or
serious injury to body or to mental or physical health.`;

const article3 = `Article 3
General obligations
1. Each State has the obligation not to engage in acts that constitute crimes against humanity.
2. Each State undertakes to prevent and punish crimes against humanity, which are crimes under
international law, whether or not committed in time of armed conflict.
3. No exceptional circumstances whatsoever, such as armed conflict, internal political instability
or other public emergency, may be invoked as a justification of crimes against humanity.`;

const article4 = `Article 4
Obligation of prevention
Each State undertakes to prevent crimes against humanity, in conformity with international law,
through:
(a) effective legislative, administrative, judicial or other appropriate preventive measures in any
territory under its jurisdiction; and
(b) cooperation with other States, relevant intergovernmental organizations, and, as appropriate,
other organizations.`;

const article6 = `Article 6
Criminalization under national law
1. Each State shall take the necessary measures to ensure that crimes against humanity constitute
offences under its criminal law.`;

const rev1 = [article2, article3, article4, article6].join('\n\n');

/** A quote as the reader saves it: the marked text and 32 characters either side. */
function quoteOf(text: string, exact: string, occurrence = 0): TextQuote {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) };
}

function offsetOf(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return { start, end: start + passage.length };
}

function changedResult(result: Reanchored): Extract<Reanchored, { status: 'changed' }> {
  if (result.status !== 'changed') throw new Error(`expected 'changed', got '${result.status}'`);
  return result;
}

const squeezed = (value: string): string => value.replace(/\s+/g, '');

describe('reanchorQuote: exact matches', () => {
  it('does not move a short quote to an unrelated occurrence when its own passage was rewritten', () => {
    const rewritten = 'Article 4. Each State Party may take measures to prevent torture. Article 20. The depositary shall notify all States.';
    const quote = { exact: 'shall', prefix: 'Article 4. Each State Party ', suffix: ' take measures to prevent' };
    expect(reanchorQuote(quote, rewritten)).toEqual({ status: 'not-found' });
    // Where the context still agrees, the short quote is found.
    const kept = 'Article 4. Each State Party shall take measures to prevent torture. Article 20. The depositary shall notify all States.';
    const found = reanchorQuote(quote, kept);
    expect(found).toMatchObject({ status: 'unchanged' });
    expect(found.status !== 'not-found' && kept.slice(found.start, found.end + 5)).toBe('shall take');
  });

  it('finds an unchanged passage where it is', () => {
    const exact = 'imprisonment or other severe deprivation of physical liberty';
    expect(reanchorQuote(quoteOf(rev1, exact), rev1)).toEqual({ status: 'unchanged', ...offsetOf(rev1, exact) });
  });

  it('follows a passage moved by text inserted before it', () => {
    const exact = 'No exceptional circumstances whatsoever';
    const inserted = `Article 1
Scope
The present draft articles apply to the prevention and punishment of crimes against humanity.

`;
    const rev2 = inserted + rev1;
    const result = reanchorQuote(quoteOf(rev1, exact), rev2, 0.4);
    expect(result).toEqual({ status: 'unchanged', ...offsetOf(rev2, exact) });
    if (result.status !== 'unchanged') return;
    expect(result.start).toBe(rev1.indexOf(exact) + inserted.length);
  });

  it('ignores differences in spaces and line breaks, and returns offsets of the new text', () => {
    const exact = 'widespread or\nsystematic attack directed against any civilian population';
    const rev2 = rev1.replace('widespread or\nsystematic attack directed against', 'widespread or systematic\n attack directed  against');
    const quote = { ...quoteOf(rev1, exact), exact: ` ${exact}\n` };
    const result = reanchorQuote(quote, rev2);
    const expected = offsetOf(rev2, 'widespread or systematic\n attack directed  against any civilian population');
    expect(result).toEqual({ status: 'unchanged', ...expected });
    // A text layer that put no space at the line break still matches.
    const joined = rev1.replace('widespread or\nsystematic', 'widespread orsystematic');
    expect(reanchorQuote(quoteOf(rev1, exact), joined).status).toBe('unchanged');
  });

  it('tells repeated phrases apart by their context', () => {
    const rev2 = rev1.replace('Article 4', 'Article 4 [renumbered]');
    const inArticle4 = reanchorQuote(quoteOf(rev1, 'crimes against humanity', 4), rev2);
    const inArticle4Start = offsetOf(rev2, 'crimes against humanity, in conformity').start;
    expect(inArticle4).toEqual({ status: 'unchanged', start: inArticle4Start, end: inArticle4Start + 'crimes against humanity'.length });
    const inArticle3 = reanchorQuote(quoteOf(rev1, 'crimes against humanity', 2), rev2);
    const inArticle3Start = offsetOf(rev2, 'crimes against humanity, which are').start;
    expect(inArticle3).toEqual({ status: 'unchanged', start: inArticle3Start, end: inArticle3Start + 'crimes against humanity'.length });
  });

  it('uses the old position to choose between occurrences with the same context', () => {
    const paragraph = 'Each State shall take the necessary measures.';
    const text = [paragraph, 'Article 7', paragraph, 'Article 8', paragraph].join('\n');
    const quote = { exact: 'necessary measures', prefix: 'Each State shall take the ', suffix: '.' };
    const starts = [...text.matchAll(/necessary/g)].map((match) => match.index);
    expect(reanchorQuote(quote, text, 0.05)).toMatchObject({ status: 'unchanged', start: starts[0] });
    expect(reanchorQuote(quote, text, 0.5)).toMatchObject({ status: 'unchanged', start: starts[1] });
    expect(reanchorQuote(quote, text, 0.95)).toMatchObject({ status: 'unchanged', start: starts[2] });
  });

  it('finds nothing for an empty quote', () => {
    expect(reanchorQuote({ exact: '', prefix: 'Article', suffix: '2' }, rev1)).toEqual({ status: 'not-found' });
    expect(reanchorQuote({ exact: ' \n ', prefix: '', suffix: '' }, rev1)).toEqual({ status: 'not-found' });
  });
});

describe('reanchorQuote: changed passages', () => {
  it('finds a passage with one word replaced and one inserted, with its diff', () => {
    const exact = 'when committed as part of a widespread or\nsystematic attack directed against any civilian population';
    const rev2 = rev1.replace(
      'widespread or\nsystematic attack directed against',
      'widespread and\nsystematic attack deliberately directed against',
    );
    const result = changedResult(reanchorQuote(quoteOf(rev1, exact), rev2));
    const passage = 'when committed as part of a widespread and\nsystematic attack deliberately directed against any civilian population';
    expect(result).toMatchObject({ ...offsetOf(rev2, passage), exact: passage });
    expect(result.diff).toEqual([
      { op: 'same', text: 'when committed as part of a widespread' },
      { op: 'removed', text: 'or' },
      { op: 'added', text: 'and' },
      { op: 'same', text: 'systematic attack' },
      { op: 'added', text: 'deliberately' },
      { op: 'same', text: 'directed against any civilian population' },
    ]);
    expect(result.similarity).toBeCloseTo(1 - 2 / 16);
  });

  it('keeps a replaced last word in the passage, not the context after it', () => {
    const exact = 'enforced disappearance of persons';
    const rev2 = rev1.replace('enforced disappearance of persons', 'enforced disappearance of individuals');
    const result = changedResult(reanchorQuote(quoteOf(rev1, exact), rev2));
    const passage = 'enforced disappearance of individuals';
    expect(result).toMatchObject({ ...offsetOf(rev2, passage), exact: passage });
    expect(result.diff).toEqual([
      { op: 'same', text: 'enforced disappearance of' },
      { op: 'removed', text: 'persons' },
      { op: 'added', text: 'individuals' },
    ]);
  });

  it('leaves out a first word that was deleted, and keeps the quote’s punctuation', () => {
    const exact = '“crime against humanity” means any of the\nfollowing acts';
    const rev2 = rev1.replace('“crime against humanity” means any of the\nfollowing', '“crime against humanity” means any of the');
    const result = changedResult(reanchorQuote(quoteOf(rev1, exact), rev2));
    expect(result.exact).toBe('“crime against humanity” means any of the acts');
    expect(result.start).toBe(rev2.indexOf('“crime against humanity”'));
    expect(result.diff).toEqual([
      { op: 'same', text: '“crime against humanity” means any of the' },
      { op: 'removed', text: 'following' },
      { op: 'same', text: 'acts' },
    ]);
  });

  it('reports a change of case only as changed', () => {
    const rev2 = rev1.replace('(i) enforced disappearance', '(i) Enforced disappearance');
    const result = changedResult(reanchorQuote(quoteOf(rev1, 'enforced disappearance'), rev2));
    expect(result).toMatchObject({ ...offsetOf(rev2, 'Enforced disappearance'), exact: 'Enforced disappearance', similarity: 1 });
    expect(result.diff).toEqual([
      { op: 'removed', text: 'enforced' },
      { op: 'added', text: 'Enforced' },
      { op: 'same', text: 'disappearance' },
    ]);
  });

  it('follows a changed passage that also moved far', () => {
    const exact = 'Each State has the obligation not to engage in acts that constitute crimes against humanity';
    const recital = 'Recalling the principles of international law recognized in the Charter of the United Nations,\n';
    const preamble = 'Preamble\n' + recital.repeat(200);
    const rev2 = preamble + rev1.replace('has the obligation not to engage in acts', 'has the duty not to engage in any acts');
    const result = changedResult(reanchorQuote(quoteOf(rev1, exact), rev2, 0.3));
    const passage = 'Each State has the duty not to engage in any acts that constitute crimes against humanity';
    expect(result).toMatchObject({ ...offsetOf(rev2, passage), exact: passage });
    expect(result.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });
});

describe('reanchorQuote: passages that are gone', () => {
  it('does not find a deleted passage', () => {
    const exact = 'other inhumane acts of a similar character intentionally causing great suffering';
    const rev2 = rev1.replace(/\(k\) other inhumane acts[^.]*\./, '');
    expect(rev2).not.toContain('inhumane');
    expect(reanchorQuote(quoteOf(rev1, exact), rev2)).toEqual({ status: 'not-found' });
  });

  it('does not find a wholly rewritten passage', () => {
    const exact = 'Each State shall take the necessary measures to ensure that crimes against humanity constitute\n'
      + 'offences under its criminal law';
    const rewritten = 'States shall make every act listed in article 2 punishable by appropriate penalties under domestic legislation';
    const rev2 = rev1.replace(exact, rewritten);
    expect(reanchorQuote(quoteOf(rev1, exact), rev2)).toEqual({ status: 'not-found' });
  });

  it('does not match a short quote fuzzily', () => {
    const rev2 = rev1.replace('forced pregnancy', 'forced pregnancies').replace('(j) the crime of apartheid;\n', '');
    expect(reanchorQuote(quoteOf(rev1, 'forced pregnancy'), rev2)).toEqual({ status: 'not-found' });
    expect(reanchorQuote(quoteOf(rev1, 'apartheid'), rev2)).toEqual({ status: 'not-found' });
    // A word is not found inside a longer word either.
    const text = 'the requesting State may refuse';
    expect(reanchorQuote(quoteOf(text, 'State'), 'the requesting States may refuse')).toEqual({ status: 'not-found' });
  });

  it('still finds a part of a word when the quote was a part of a word', () => {
    const quote = { exact: 'humanit', prefix: 'crimes against ', suffix: 'y constitute' };
    const start = rev1.indexOf('humanity constitute');
    expect(reanchorQuote(quote, rev1)).toEqual({ status: 'unchanged', start, end: start + 7 });
  });
});

describe('reanchorQuote: other languages', () => {
  const french = `1. Aux fins du présent projet d’articles, on entend par « crime contre l’humanité » l’un
quelconque des actes ci-après lorsqu’il est commis dans le cadre d’une attaque généralisée ou
systématique lancée contre toute population civile et en connaissance de cette attaque :
a) meurtre ;
b) extermination ;
c) réduction en esclavage ;
d) déportation ou transfert forcé de population ;`;

  it('French: unchanged across re-wrapped lines, and changed', () => {
    const exact = 'dans le cadre d’une attaque généralisée ou\nsystématique lancée contre toute population civile';
    const rewrapped = french.replace('généralisée ou\nsystématique', 'généralisée\nou systématique');
    const passage = 'dans le cadre d’une attaque généralisée\nou systématique lancée contre toute population civile';
    expect(reanchorQuote(quoteOf(french, exact), rewrapped)).toEqual({ status: 'unchanged', ...offsetOf(rewrapped, passage) });

    const rev2 = french.replace('systématique lancée contre toute', 'systématique délibérément lancée contre une');
    const result = changedResult(reanchorQuote(quoteOf(french, exact), rev2));
    expect(result.exact).toBe('dans le cadre d’une attaque généralisée ou\nsystématique délibérément lancée contre une population civile');
    expect(result.diff).toEqual([
      { op: 'same', text: 'dans le cadre d’une attaque généralisée ou systématique' },
      { op: 'added', text: 'délibérément' },
      { op: 'same', text: 'lancée contre' },
      { op: 'removed', text: 'toute' },
      { op: 'added', text: 'une' },
      { op: 'same', text: 'population civile' },
    ]);
  });

  const arabic = `1. لأغراض مشاريع المواد هذه، يعني "الجريمة ضد الإنسانية" أيا من الأفعال التالية متى ارتكبت
في إطار هجوم واسع النطاق أو منهجي موجه ضد أية مجموعة من السكان المدنيين، وعن علم بالهجوم:
(أ) القتل العمد؛
(ب) الإبادة؛
(ج) الاسترقاق؛
(د) إبعاد السكان أو النقل القسري للسكان؛`;

  it('Arabic: unchanged and changed', () => {
    const exact = 'هجوم واسع النطاق أو منهجي موجه ضد أية مجموعة من السكان المدنيين';
    expect(reanchorQuote(quoteOf(arabic, exact), arabic)).toEqual({ status: 'unchanged', ...offsetOf(arabic, exact) });

    const rev2 = arabic.replace('واسع النطاق أو منهجي', 'واسع النطاق\nو منهجي').replace('أية مجموعة', 'أي مجموعة');
    const result = changedResult(reanchorQuote(quoteOf(arabic, exact), rev2));
    const passage = 'هجوم واسع النطاق\nو منهجي موجه ضد أي مجموعة من السكان المدنيين';
    expect(result).toMatchObject({ ...offsetOf(rev2, passage), exact: passage });
    expect(result.diff).toContainEqual({ op: 'removed', text: 'أية' });
    expect(result.diff).toContainEqual({ op: 'added', text: 'أي' });
  });

  it('Russian and Spanish: changed regardless of case', () => {
    const russian = 'когда они совершаются в рамках широкомасштабного или систематического нападения на любых гражданских лиц';
    const exact = 'в рамках широкомасштабного или систематического нападения';
    const rev2 = russian.replace('широкомасштабного или', 'Широкомасштабного и');
    const result = changedResult(reanchorQuote(quoteOf(russian, exact), rev2));
    expect(result.exact).toBe('в рамках Широкомасштабного и систематического нападения');
    expect(result.similarity).toBeCloseTo(5 / 6);

    const spanish = 'cuando se cometa como parte de un ataque generalizado o sistemático contra una población civil';
    const quote = quoteOf(spanish, 'ataque generalizado o sistemático contra una población civil');
    const spanishRev2 = spanish.replace('contra una población', 'contra cualquier población');
    const spanishResult = changedResult(reanchorQuote(quote, spanishRev2));
    expect(spanishResult.exact).toBe('ataque generalizado o sistemático contra cualquier población civil');
  });

  const chinese = `1. 为本条款草案的目的，“危害人类罪”是指在广泛或有系统地针对任何平民人口进行的攻击中，在明知这一攻击的情况下，作为攻击的一部分而实施的下列任何一种行为：
（一）谋杀；
（二）灭绝；
（三）奴役；
（四）驱逐出境或强行迁移人口；`;

  it('Chinese: each character is a word', () => {
    const exact = '在广泛或有系统地针对任何平民人口进行的攻击中';
    const rewrapped = chinese.replace('有系统地', '有系统\n地');
    expect(reanchorQuote(quoteOf(chinese, exact), rewrapped)).toEqual({
      status: 'unchanged',
      ...offsetOf(rewrapped, '在广泛或有系统\n地针对任何平民人口进行的攻击中'),
    });

    const rev2 = chinese.replace('针对任何平民', '针对所有平民');
    const result = changedResult(reanchorQuote(quoteOf(chinese, exact), rev2));
    expect(result).toMatchObject({ ...offsetOf(rev2, '在广泛或有系统地针对所有平民人口进行的攻击中') });
    expect(result.diff).toEqual([
      { op: 'same', text: '在广泛或有系统地针对' },
      { op: 'removed', text: '任何' },
      { op: 'added', text: '所有' },
      { op: 'same', text: '平民人口进行的攻击中' },
    ]);
    // Two characters are a short quote: found only as they were.
    expect(reanchorQuote(quoteOf(chinese, '奴役'), chinese.replace('奴役', '奴隶'))).toEqual({ status: 'not-found' });
  });
});

describe('reanchorQuote: a long document', () => {
  // The size is the point: in 1 MB of a small vocabulary each word occurs thousands of times,
  // so the caps on votes and pair scans in reanchor.ts are in play, as in a long real draft. It
  // takes about 0.8 s alone and over 3 s with the cores busy, hence its own generous budget
  // below; a bound, not a speed check (bench:carry measures the speed).
  it('places 200 quotes in a 1 MB revision', () => {
    const random = seededRandom(7);
    const vocabulary = `State Party shall take measures ensure offences criminal law jurisdiction territory national
      extradition request prosecution competent authorities investigation victims witnesses reparation
      cooperation assistance evidence proceedings tribunal court judgment sentence penalty appropriate
      gravity nature persons alleged offender custody detention consular communication notification
      universal principle obligation refouler deportation transfer population civilian attack widespread
      systematic knowledge persecution enforced disappearance apartheid torture enslavement extermination
      murder imprisonment liberty fundamental rules international humanitarian human rights treaty
      convention protocol annex reservation ratification accession depositary Secretary-General amendment
      dispute settlement arbitration negotiation interpretation application entry into force withdrawal
      each any other such all the a of to in for by with under within from against upon without between`
      .split(/\s+/)
      .filter(Boolean);
    const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)];
    const sentences: string[] = [];
    let length = 0;
    for (let article = 1; length < 1_000_000; article++) {
      const paragraph = [`Article ${article}`];
      for (let n = 1; n <= 4; n++) {
        const words = Array.from({ length: 12 + Math.floor(random() * 20) }, pick);
        paragraph.push(`${n}. ${words.join(random() < 0.2 ? '\n' : ' ')}.`);
      }
      sentences.push(paragraph.join('\n'));
      length += sentences.at(-1)?.length ?? 0;
    }
    const rev1Long = sentences.join('\n\n');

    // 200 quotes of 6 to 15 whole words, anywhere.
    const wordSpans = [...rev1Long.matchAll(/[\p{L}\p{N}-]+/gu)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    const quotes = Array.from({ length: 200 }, () => {
      const first = Math.floor(random() * (wordSpans.length - 20));
      const count = 6 + Math.floor(random() * 10);
      const start = wordSpans[first].start;
      const end = wordSpans[first + count - 1].end;
      const quote = {
        exact: rev1Long.slice(start, end),
        prefix: rev1Long.slice(Math.max(0, start - 32), start),
        suffix: rev1Long.slice(end, end + 32),
      };
      return { start, end, first, count, quote };
    });

    // Rev.2: a new article at the top, and in every tenth quote a middle word replaced by another of the same length.
    const inserted = 'Article 0\nPreamble\nThe States Parties to the present Convention have agreed as follows.\n\n';
    let body = rev1Long;
    quotes.forEach((quote, n) => {
      if (n % 10 !== 0) return;
      const target = wordSpans[quote.first + Math.floor(quote.count / 2)];
      const word = body.slice(target.start, target.end);
      const other = vocabulary.find((candidate) => candidate.length === word.length && candidate.toLowerCase() !== word.toLowerCase());
      if (other) body = body.slice(0, target.start) + other + body.slice(target.end);
    });
    const rev2Long = inserted + body;
    // Quotes overlap now and then: a quote is changed when any of its words was replaced.
    const replaced = new Set(quotes.flatMap(({ start, end }, n) => (body.slice(start, end) === rev1Long.slice(start, end) ? [] : [n])));
    expect(rev2Long.length).toBeGreaterThan(1_000_000);
    expect(replaced.size).toBeGreaterThan(10);

    const finder = new QuoteFinder(rev2Long);
    const results = quotes.map(({ quote, start }) => finder.find(quote, start / rev1Long.length));
    results.forEach((result, n) => {
      const expected = { start: quotes[n].start + inserted.length, end: quotes[n].end + inserted.length };
      if (replaced.has(n)) {
        expect(result).toMatchObject({ status: 'changed', ...expected });
      } else {
        // A quote that happens to occur twice may land on the other occurrence; its text is the same.
        expect(result.status).toBe('unchanged');
        if (result.status !== 'unchanged') return;
        expect(squeezed(rev2Long.slice(result.start, result.end))).toBe(squeezed(quotes[n].quote.exact));
        const { exact } = quotes[n].quote;
        if (result.start !== expected.start) expect(rev2Long.indexOf(exact)).not.toBe(rev2Long.lastIndexOf(exact));
      }
    });
  }, 60_000);
});

describe('wordDiff', () => {
  it('keeps equal text as one part, whatever the whitespace', () => {
    expect(wordDiff('any civilian\npopulation', 'any  civilian population')).toEqual([{ op: 'same', text: 'any civilian population' }]);
  });

  it('shows replacements as removed then added, merged', () => {
    expect(wordDiff('(a) murder; (b) extermination;', '(a) wilful killing; (b) extermination;')).toEqual([
      { op: 'same', text: '(a)' },
      { op: 'removed', text: 'murder;' },
      { op: 'added', text: 'wilful killing;' },
      { op: 'same', text: '(b) extermination;' },
    ]);
  });

  it('shows insertions and deletions at either end', () => {
    expect(wordDiff('crimes against humanity', 'all crimes against humanity')).toEqual([
      { op: 'added', text: 'all' },
      { op: 'same', text: 'crimes against humanity' },
    ]);
    expect(wordDiff('crimes against humanity and genocide', 'crimes against humanity')).toEqual([
      { op: 'same', text: 'crimes against humanity' },
      { op: 'removed', text: 'and genocide' },
    ]);
  });

  it('is case- and punctuation-sensitive', () => {
    expect(wordDiff('Each State Party', 'each State Party,')).toEqual([
      { op: 'removed', text: 'Each' },
      { op: 'added', text: 'each' },
      { op: 'same', text: 'State' },
      { op: 'removed', text: 'Party' },
      { op: 'added', text: 'Party,' },
    ]);
  });

  it('handles empty sides', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'torture')).toEqual([{ op: 'added', text: 'torture' }]);
    expect(wordDiff('torture', ' ')).toEqual([{ op: 'removed', text: 'torture' }]);
  });

  it('keeps a common subsequence in the middle', () => {
    expect(wordDiff('a b c d e', 'a x c y e')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'removed', text: 'd' },
      { op: 'added', text: 'y' },
      { op: 'same', text: 'e' },
    ]);
  });
});
