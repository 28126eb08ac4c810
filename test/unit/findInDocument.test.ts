import { describe, expect, it } from 'vitest';
import { findMatches, foldForFind } from '../../renderer/src/reader/findInDocument';

describe('find in document', () => {
  it('ignores case and accents, keeping offsets in the page text', () => {
    const page = 'Article 7 — Crimes contre l’humanité. Persécution DE tout groupe.';
    const [match] = findMatches([page], 'persecution de');
    expect(page.slice(match.start, match.end)).toBe('Persécution DE');
    expect(foldForFind(page)).toHaveLength(page.length);
  });

  it('finds a phrase broken across lines, and every occurrence on every page', () => {
    const pages = ['Each State shall\nnot expel', 'shall not; shall  not', 'nothing here'];
    expect(findMatches(pages, 'shall not')).toEqual([
      { pageIndex: 0, start: 11, end: 20 },
      { pageIndex: 1, start: 0, end: 9 },
      { pageIndex: 1, start: 11, end: 21 },
    ]);
    expect(findMatches(pages, '   ')).toEqual([]);
    expect(findMatches(pages, 'a.b(')).toEqual([]); // query characters are taken literally
  });
});
