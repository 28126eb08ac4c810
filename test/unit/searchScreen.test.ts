import { describe, expect, it } from 'vitest';
import { catalogues } from '../../electron/common/i18n/messages';
import { interfaceLanguages, type SearchResponse } from '../../electron/common/model';
import { parseQuery } from '../../electron/core/search/queryParser';
import type { ParsedQuery } from '../../electron/core/search/queryTypes';
import { removeFilter } from '../../renderer/src/features/search/queryFilters';
import { resultTargets } from '../../renderer/src/features/search/resultTargets';
import { syntaxExamples, type SyntaxFeature } from '../../renderer/src/features/search/syntaxExamples';
import { languageName } from '../../renderer/src/i18n/languageName';

describe('the syntax help', () => {
  // What each example must still show once translated: the operators stay as the parser reads them.
  const shows: Record<SyntaxFeature, (query: ParsedQuery) => boolean> = {
    words: (query) => query.clauses.length >= 2 && query.clauses.every((clause) => clause.alternatives.length === 1),
    phrase: (query) => query.clauses.length === 1 && query.clauses[0].alternatives[0].kind === 'phrase',
    either: (query) => query.clauses.some((clause) => clause.alternatives.length === 2),
    without: (query) => query.excluded.length === 1 && query.clauses.length === 1,
    kind: (query) => query.filterChips.filter((chip) => chip.key === 'kind').length === 2,
    languageYear: (query) => query.filterChips.some((chip) => chip.key === 'lang') && query.filterChips.some((chip) => chip.key === 'year'),
    document: (query) => query.filterChips.some((chip) => chip.key === 'doc') && query.filterChips.some((chip) => chip.key === 'state'),
    citation: (query) => query.citation?.label === 'Art. 7(1)(h)' && query.filterChips.some((chip) => chip.key === 'doc'),
  };

  it.each(interfaceLanguages)('gives %s examples the parser reads as they say', (language) => {
    for (const { feature, example } of syntaxExamples) {
      const text = 'message' in example ? catalogues[language][example.message] : example.literal;
      // Filters alone are refused ("add words"): the help shows them beside words.
      const result = parseQuery(feature === 'kind' || feature === 'languageYear' || feature === 'document' ? `statute ${text} ` : `${text} `);
      expect(result.ok, `${language} ${feature}: ${text}`).toBe(true);
      if (result.ok) expect(shows[feature](result.query), `${language} ${feature}: ${text}`).toBe(true);
    }
  });
});

describe('removing a filter tag', () => {
  it('takes the filter out where it stands alone, and tidies the spaces', () => {
    expect(removeFilter('disappearance kind:instrument lang:en', 'kind:instrument')).toBe('disappearance lang:en');
    expect(removeFilter('kind:instrument torture', 'kind:instrument')).toBe('torture');
    expect(removeFilter('doc:"rome statute"  torture', 'doc:"rome statute"')).toBe('torture');
    // Not inside a longer word, and regular-expression characters are only characters.
    expect(removeFilter('xkind:draft kind:draft', 'kind:draft')).toBe('xkind:draft');
    expect(removeFilter('year:1990..2005 genocide', 'year:1990..2005')).toBe('genocide');
  });
});

describe('where a result leads', () => {
  const response: SearchResponse = {
    annotations: [
      { annotationId: 7, documentId: 2, documentTitle: 'Draft', pageIndex: 3, kind: 'highlight', colour: 'key', note: '', tags: [], quote: null, citation: 'Draft, p. 4' },
    ],
    totalAnnotations: 1,
    totalPassages: 2,
    totalDocuments: 1,
    totalsAreLowerBounds: false,
    notices: [],
    groups: [
      {
        documentId: 1,
        title: 'Rome Statute',
        kind: 'instrument',
        language: 'en',
        symbol: null,
        hitCount: 2,
        hitCountIsLowerBound: false,
        nextPassageOffset: null,
        hits: [11, 12].map((passageId) => ({
          passageId,
          label: 'Art. 7',
          citation: 'Rome Statute, art. 7',
          pageIndex: passageId - 10,
          snippet: '',
          highlights: [],
          matchedTerms: ['persecution'],
          score: 1,
        })),
      },
    ],
    nextOffset: null,
    filterChips: [],
    tookMs: 1,
  };

  it('lists the annotations first, then the passages, each with its page and passage', () => {
    expect([...resultTargets(response)]).toEqual([
      ['annotation-7', { documentId: 2, pageIndex: 3, terms: [], annotationId: 7 }],
      ['passage-11', { documentId: 1, pageIndex: 1, terms: ['persecution'], passageId: 11 }],
      ['passage-12', { documentId: 1, pageIndex: 2, terms: ['persecution'], passageId: 12 }],
    ]);
  });
});

describe('a document language', () => {
  it('is named in the interface language, or shown as stored when unknown', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('zh', 'es')).toBe('chino');
    expect(languageName('en_GB', 'en')).toBe('en_GB');
  });
});
