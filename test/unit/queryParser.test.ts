import { describe, expect, it } from 'vitest';
import { describeQuerySyntax, parseQuery } from '../../electron/core/search/queryParser';
import type { ParsedQuery, QuerySyntaxError, QueryTerm } from '../../electron/core/search/queryTypes';

function parsed(input: string): ParsedQuery {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error.message}`);
  return result.query;
}

function failure(input: string): QuerySyntaxError {
  const result = parseQuery(input);
  if (result.ok) throw new Error(`expected "${input}" to be refused`);
  return result.error;
}

/** The clauses as lists of alternatives, for short assertions. */
function clauses(input: string): QueryTerm[][] {
  return parsed(input).clauses.map((clause) => clause.alternatives);
}

const word = (text: string, fuzzy = 0, prefix = false): QueryTerm => ({
  kind: 'word',
  text,
  prefix,
  fuzzy,
});
const phrase = (raw: string, tokens: string[]): QueryTerm => ({ kind: 'phrase', raw, tokens });

// Queries end with a space unless the test is about the word being typed.
describe('words', () => {
  it('requires every word, folded like the index', () => {
    expect(clauses('Persecution Crimes ')).toEqual([[word('persecution', 2)], [word('crimes', 1)]]);
    expect(clauses('Déclaration ')).toEqual([[word('declaration', 2)]]);
    expect(clauses('своём ')).toEqual([[word('своем', 1)]]);
    expect(clauses('الإعلان ')).toEqual([[word('الاعلان', 1)]]);
  });

  it('forgives one typo from five characters and two from nine, never in numbers', () => {
    expect(clauses('war crime genocide discrimination 12345 ')).toEqual([
      [word('war')],
      [word('crime', 1)],
      [word('genocide', 1)],
      [word('discrimination', 2)],
      [word('12345')],
    ]);
  });

  it('treats the last word as a prefix while it is being typed', () => {
    expect(clauses('crimes against humani')).toEqual([
      [word('crimes', 1)],
      [word('against', 1)],
      [word('humani', 1, true)],
    ]);
    // Too short to be worth a prefix search, or finished with a space.
    expect(clauses('humanity 7 hu')).toEqual([[word('humanity', 1)], [word('7')], [word('hu')]]);
    expect(clauses('humanity ')).toEqual([[word('humanity', 1)]]);
    // One Chinese character is already found inside every pair that holds it: no prefix.
    expect(clauses('人权 宣')).toEqual([[word('人权')], [word('宣')]]);
  });

  it('makes Chinese typed without spaces the phrase of its overlapping pairs', () => {
    expect(clauses('人人生而自由 ')).toEqual([[phrase('人人生而自由', ['人人', '人生', '生而', '而自', '自由'])]]);
    expect(clauses('生而自')).toEqual([[phrase('生而自', ['生而', '而自'])]]);
    expect(clauses('第3条')).toEqual([[phrase('第3条', ['第', '3', '条'])]]);
  });

  it('reads a Chinese quote mark left open in a copied fragment as punctuation, not an error', () => {
    expect(clauses('的目的，“危害')).toEqual([[phrase('的目的，', ['的目', '目的'])], [word('危害')]]);
    expect(clauses('人类罪”是指')).toEqual([[phrase('人类罪', ['人类', '类罪'])], [word('是指')]]);
    // Elsewhere an open quote is still explained.
    expect(parseQuery('"crimes against').ok).toBe(false);
  });

  it('makes hyphenated and elided words phrases, so "ill-treatment" also finds "ill treatment"', () => {
    // The closed spelling is the other alternative: "illtreatment", "cooperation".
    expect(clauses('ill-treatment ')).toEqual([[phrase('ill-treatment', ['ill', 'treatment']), word('illtreatment')]]);
    expect(clauses('co-operation ')).toEqual([[phrase('co-operation', ['co', 'operation']), word('cooperation')]]);
    expect(clauses("droits de l'homme ")).toEqual([[word('droits', 1)], [phrase("l'homme", ['l', 'homme'])]]);
  });

  it('drops function words when something else is searched, and keeps them when alone', () => {
    expect(clauses('the rights of the child ')).toEqual([[word('rights', 1)], [word('child', 1)]]);
    expect(clauses('les droits de la femme ')).toEqual([[word('droits', 1)], [word('femme', 1)]]);
    expect(clauses('права и свободы ')).toEqual([[word('права', 1)], [word('свободы', 1)]]);
    expect(clauses('حقوق في التعليم ')).toEqual([[word('حقوق')], [word('التعليم', 1)]]);
    expect(clauses('the ')).toEqual([[word('the')]]);
    expect(clauses('of the ')).toEqual([[word('of')], [word('the')]]);
    // Words such as "state" and "article" are never dropped.
    expect(clauses('the state ')).toEqual([[word('state', 1)]]);
  });

  it('ignores punctuation on its own and treats an empty box as an empty query', () => {
    expect(clauses('torture — & ')).toEqual([[word('torture', 1)]]);
    expect(parsed('')).toEqual({ clauses: [], excluded: [], filters: {}, filterChips: [] });
    expect(parsed('   ').clauses).toEqual([]);
  });

  it('does not take times, URLs or a trailing colon for filters', () => {
    expect(clauses('10:30 ')).toEqual([[phrase('10:30', ['10', '30'])]]);
    expect(clauses('http://www.un.org ')).toEqual([
      [phrase('http://www.un.org', ['http', 'www', 'un', 'org'])],
    ]);
    expect(clauses('Note: ')).toEqual([[word('note')]]);
  });
});

describe('phrases', () => {
  it('keeps the words of a quoted phrase in order, folded', () => {
    expect(clauses('persecution "Identifiable Group" ')).toEqual([
      [word('persecution', 2)],
      [phrase('Identifiable Group', ['identifiable', 'group'])],
    ]);
    expect(clauses('"Déclaration universelle"')).toEqual([
      [phrase('Déclaration universelle', ['declaration', 'universelle'])],
    ]);
  });

  it('accepts typographic quotes and guillemets', () => {
    expect(clauses('“droits de l’homme”')).toEqual([
      [phrase('droits de l’homme', ['droits', 'de', 'l', 'homme'])],
    ]);
    expect(clauses('«droits égaux»')).toEqual([[phrase('droits égaux', ['droits', 'egaux'])]]);
  });

  it('turns a one-word phrase into an exact word: no typo tolerance, no prefix', () => {
    expect(clauses('"genocide"')).toEqual([[word('genocide')]]);
  });

  it('refuses an unclosed quote and says where it opens', () => {
    const error = failure('torture "cruel treatment');
    expect(error.position).toBe(8);
    expect(error.message).toBe(
      'A quote is not closed: add the closing " after cruel treatment, or remove the opening one.',
    );
  });
});

describe('alternatives with OR', () => {
  it('joins words and phrases into one clause', () => {
    expect(clauses('torture OR "cruel treatment" OR ill-treatment ')).toEqual([
      [
        word('torture', 1),
        phrase('cruel treatment', ['cruel', 'treatment']),
        phrase('ill-treatment', ['ill', 'treatment']),
        word('illtreatment'),
      ],
    ]);
    expect(clauses('State OR Government obligation ')).toEqual([
      [word('state', 1), word('government', 2)],
      [word('obligation', 2)],
    ]);
  });

  it('reads lower-case "or" as a word, dropped as a function word', () => {
    expect(clauses('torture or treatment ')).toEqual([[word('torture', 1)], [word('treatment', 2)]]);
  });

  it('refuses OR at the start, at the end, twice, or next to an exclusion or a filter', () => {
    const start = failure('OR torture');
    expect(start.position).toBe(0);
    expect(start.message).toMatch(/^OR goes between two words or phrases.*Add a word before it\.$/);

    const end = failure('torture OR ');
    expect(end.position).toBe(8);
    expect(end.message).toMatch(/Add a word after it\.$/);

    const doubled = failure('torture OR OR treatment');
    expect(doubled.position).toBe(11);
    expect(doubled.message).toMatch(/^OR is written twice/);

    const excluded = failure('torture OR -reservation');
    expect(excluded.position).toBe(8);
    expect(excluded.message).toMatch(/^OR cannot join an excluded word/);

    const filter = failure('torture OR kind:draft');
    expect(filter.position).toBe(8);
    expect(filter.message).toMatch(/^OR joins words or phrases, not filters.*kind:draft kind:statement/);
  });
});

describe('exclusions', () => {
  it('leaves out words and phrases, exactly', () => {
    const query = parsed('torture -reservations -"general comment"');
    expect(query.clauses.map((clause) => clause.alternatives)).toEqual([[word('torture', 1)]]);
    expect(query.excluded).toEqual([
      word('reservations'),
      phrase('general comment', ['general', 'comment']),
    ]);
  });

  it('never treats an exclusion as the word being typed', () => {
    expect(parsed('torture -reserv').excluded).toEqual([word('reserv')]);
  });

  it('keeps a hyphen inside a word as part of the word, and ignores a lone hyphen', () => {
    expect(clauses('non-refoulement - asylum ')).toEqual([
      [phrase('non-refoulement', ['non', 'refoulement']), word('nonrefoulement')],
      [word('asylum', 1)],
    ]);
  });

  it('needs at least one word or phrase to look for', () => {
    const inputs = ['-reservation', '-"general comment" kind:draft', 'kind:draft', 'lang:fr year:1998'];
    for (const input of inputs) {
      const error = failure(input);
      expect(error.message, input).toMatch(/^Add at least one word or phrase to look for/);
      expect(error.position).toBe(0);
    }
  });

  it('refuses an excluded filter', () => {
    const error = failure('torture -kind:draft');
    expect(error.position).toBe(8);
    expect(error.message).toMatch(/^A filter cannot be excluded: remove the "-" before kind:draft\./);
  });
});

describe('filters', () => {
  it('reads every filter and lists them as typed for the chips', () => {
    const query = parsed('torture kind:instrument lang:fr year:1990..2005 doc:"Rome Statute" state:fra ');
    expect(query.clauses.map((clause) => clause.alternatives)).toEqual([[word('torture', 1)]]);
    expect(query.filters).toEqual({
      kinds: ['instrument'],
      languages: ['fr'],
      yearFrom: 1990,
      yearTo: 2005,
      documentTitle: ['rome', 'statute'],
      states: ['FRA'],
    });
    expect(query.filterChips).toEqual([
      { key: 'kind', value: 'instrument', raw: 'kind:instrument' },
      { key: 'lang', value: 'fr', raw: 'lang:fr' },
      { key: 'year', value: '1990..2005', raw: 'year:1990..2005' },
      { key: 'doc', value: 'Rome Statute', raw: 'doc:"Rome Statute"' },
      { key: 'state', value: 'fra', raw: 'state:fra' },
    ]);
  });

  it('accepts plural kinds and a repeated kind as either one', () => {
    expect(parsed('asylum kind:drafts kind:Statements kind:draft').filters.kinds).toEqual([
      'draft',
      'statement',
    ]);
  });

  it('accepts language codes and English names in any case', () => {
    const names = 'lang:english lang:French lang:SPANISH lang:russian lang:arabic lang:chinese';
    expect(parsed(`asylum ${names}`).filters.languages).toEqual(['en', 'fr', 'es', 'ru', 'ar', 'zh']);
    expect(parsed('asylum lang:EN lang:zh lang:ar lang:ru lang:es').filters.languages).toEqual([
      'en',
      'zh',
      'ar',
      'ru',
      'es',
    ]);
  });

  it('reads a year, a span and open spans', () => {
    expect(parsed('asylum year:1998').filters).toEqual({ yearFrom: 1998, yearTo: 1998 });
    expect(parsed('asylum year:1990..2005').filters).toEqual({ yearFrom: 1990, yearTo: 2005 });
    expect(parsed('asylum year:1990-2005').filters).toEqual({ yearFrom: 1990, yearTo: 2005 });
    expect(parsed('asylum year:..2005').filters).toEqual({ yearTo: 2005 });
    expect(parsed('asylum year:1990..').filters).toEqual({ yearFrom: 1990 });
  });

  it('reads a document title word or phrase, folded, in any language', () => {
    expect(parsed('asylum doc:rome').filters.documentTitle).toEqual(['rome']);
    expect(parsed('asylum doc:"Déclaration universelle" doc:homme').filters.documentTitle).toEqual([
      'declaration',
      'universelle',
      'homme',
    ]);
    expect(parsed('حقوق doc:"الإعلان العالمي"').filters.documentTitle).toEqual(['الاعلان', 'العالمي']);
  });

  it('reads states as upper-case three-letter codes, repeated as either one', () => {
    expect(parsed('asylum state:FRA state:bra state:Fra').filters.states).toEqual(['FRA', 'BRA']);
  });

  it('accepts filter keys in any case, anywhere in the query', () => {
    const query = parsed('KIND:draft asylum Lang:fr');
    expect(query.filters).toEqual({ kinds: ['draft'], languages: ['fr'] });
    expect(query.filterChips.map((chip) => chip.key)).toEqual(['kind', 'lang']);
    expect(query.clauses.map((clause) => clause.alternatives)).toEqual([[word('asylum', 1)]]);
  });

  it('names an unknown filter and lists the ones that exist', () => {
    const error = failure('torture colour:red');
    expect(error).toEqual({
      message: 'Unknown filter "colour:". Use kind:, lang:, year:, doc: or state:.',
      position: 8,
    });
  });

  it('names a bad value and says what is allowed', () => {
    const cases: [string, RegExp, number][] = [
      [
        'asylum kind:memo',
        /^Unknown document kind "memo"\. Use kind:instrument, kind:draft or kind:statement\.$/,
        12,
      ],
      [
        'asylum lang:de',
        /^Unknown language "de"\. Use lang:en, lang:fr, lang:es, lang:ru, lang:ar or lang:zh/,
        12,
      ],
      ['asylum year:abc', /^"abc" is not a year\. Write year:1998, a span year:1990\.\.2005/, 12],
      ['asylum year:..', /is not a year/, 12],
      ['asylum state:France', /^"France" is not a three-letter country code.*state:FRA/, 13],
      ['asylum doc:"—"', /^Write words of the document title after doc:/, 12],
    ];
    for (const [input, message, position] of cases) {
      const error = failure(input);
      expect(error.message, input).toMatch(message);
      expect(error.position, input).toBe(position);
    }
  });

  it('refuses a span of years written backwards', () => {
    expect(failure('asylum year:2005..1990')).toEqual({
      message: 'The years are the wrong way round: write year:1990..2005, earliest first.',
      position: 12,
    });
  });

  it('refuses two year filters', () => {
    expect(failure('asylum year:1990 year:2005').message).toMatch(
      /^Use one year: filter.*year:1990\.\.2005/,
    );
  });

  it('asks for a value right after the colon', () => {
    const error = failure('asylum kind: draft');
    expect(error.position).toBe(12);
    expect(error.message).toBe(
      'The filter kind: needs a value right after the colon, as in ' +
        'kind:instrument, kind:draft or kind:statement.',
    );
  });

  it('refuses an unclosed quote in doc:', () => {
    const error = failure('asylum doc:"rome statute');
    expect(error.position).toBe(11);
    expect(error.message).toMatch(/^A quote is not closed: add the closing " after rome statute/);
  });
});

describe('the cheat-sheet', () => {
  it('shows each part of the syntax in five to eight lines', () => {
    const lines = describeQuerySyntax().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(8);
    const text = lines.join('\n');
    const examples = ['"identifiable group"', 'OR', '-reservation', 'kind:', 'lang:', 'year:', 'doc:', 'state:'];
    for (const example of examples) {
      expect(text).toContain(example);
    }
  });

  it('shows examples that parse', () => {
    expect(parseQuery('persecution "identifiable group"').ok).toBe(true);
    expect(parseQuery('torture OR "ill-treatment" -reservation').ok).toBe(true);
    const filtered = 'torture kind:instrument lang:fr year:1990..2005 doc:"rome statute" state:FRA';
    expect(parseQuery(filtered).ok).toBe(true);
  });
});

const cited = (input: string) => parsed(input).citation?.label;

describe('citations', () => {
  it('reads a citation at the start or the end of the query, with the other words kept', () => {
    expect(cited('7(1)(h)')).toBe('Art. 7(1)(h)');
    expect(cited('art. 7(1)(h)')).toBe('Art. 7(1)(h)');
    expect(cited('Article 7, paragraph 1 (h)')).toBe('Art. 7(1)(h)');
    expect(cited('Art 8 bis')).toBe('Art. 8 bis');
    expect(cited('draft article 6')).toBe('Art. 6');
    expect(cited('rome statute art. 7(1)(h)')).toBe('Art. 7(1)(h)');
    expect(parsed('article 33 refugee convention')).toMatchObject({
      citation: { label: 'Art. 33' },
      clauses: [{ alternatives: [word('refugee', 1)] }, { alternatives: [word('convention', 2, true)] }],
    });
  });

  it('keeps the filters beside a citation, which needs no other word', () => {
    const query = parsed('art. 7(1)(h) doc:"rome statute"');
    expect(query.citation?.display).toBe('7(1)(h)');
    expect(query.clauses).toEqual([]);
    expect(query.filters.documentTitle).toEqual(['rome', 'statute']);
  });

  it('leaves numbers, years and quoted citations as text', () => {
    for (const input of ['1998', 'torture 1984', 'resolution 2758', '"article 7"', 'article', 'persecution OR art. 7']) {
      expect(cited(input), input).toBeUndefined();
    }
  });
});

describe('citations followed by words', () => {
  it('does not read a word after a citation as a paragraph letter', () => {
    expect(cited('article 2(4) UN Charter')).toBe('Art. 2(4)');
    expect(cited('article 7 crimes')).toBe('Art. 7');
    expect(cited('article 7, paragraph 1 (h)')).toBe('Art. 7(1)(h)');
    expect(cited('art. 8 bis aggression')).toBe('Art. 8 bis');
  });
});
