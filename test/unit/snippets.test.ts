import { describe, expect, it } from 'vitest';
import { isWhiteSpace, snippetAround } from '../../electron/core/search/snippets';

describe('snippetAround', () => {
  it('folds white space and keeps the marks on the words', () => {
    const text = 'The  crime\n\nof   persecution\tagainst any identifiable group';
    const start = text.indexOf('persecution');
    const { snippet, highlights } = snippetAround(text, start, [{ start, end: start + 'persecution'.length }]);
    expect(snippet).toBe('The crime of persecution against any identifiable group');
    expect(highlights.map(([from, to]) => snippet.slice(from, to))).toEqual(['persecution']);
  });

  it('starts at a word boundary with an ellipsis, and marks after folded runs stay exact', () => {
    const text = `${'word   '.repeat(40)}target\u00a0\u00a0and  \u2003 other target`;
    const first = text.indexOf('target');
    const second = text.lastIndexOf('target');
    const { snippet, highlights } = snippetAround(text, first, [
      { start: first, end: first + 6 },
      { start: second, end: second + 6 },
    ]);
    expect(snippet.startsWith('…word ')).toBe(true);
    expect(highlights.map(([from, to]) => snippet.slice(from, to))).toEqual(['target', 'target']);
  });
});

describe('isWhiteSpace', () => {
  it('agrees with the regular expression \\s on every UTF-16 unit', () => {
    const disagreements: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      if (isWhiteSpace(unit) !== /\s/u.test(String.fromCharCode(unit))) disagreements.push(unit);
    }
    expect(disagreements).toEqual([]);
  });
});
