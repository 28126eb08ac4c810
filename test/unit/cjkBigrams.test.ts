import { describe, expect, it } from 'vitest';
import { cjkBigrams, cjkPartMatches, cutLikeIndex, joinSpans, phraseSidesAt } from '../../electron/common/cjkBigrams';
import { termMarks } from '../../electron/common/termMatches';
import { tokenizeWithOffsets } from '../../electron/core/search/textProcessing';
import { termStretches } from '../../renderer/src/reader/findInDocument';

function pairs(text: string): string[] {
  const found: string[] = [];
  cjkBigrams(text, 0, text.length, (start, end, split) => found.push(`${text.slice(start, split)}|${text.slice(split, end)}`));
  return found;
}

/** What the terms mark in a text, as the snippet and the page show it: joined stretches. */
function marked(text: string, terms: string[]): string[] {
  const spans = termMarks(tokenizeWithOffsets(text), terms).map((mark): [number, number] => [mark.start, mark.end]);
  return joinSpans(spans).map(([start, end]) => text.slice(start, end));
}

describe('cutting CJK runs into pairs', () => {
  it('gives overlapping pairs, and a unigram for a lone character', () => {
    expect(pairs('人人生而')).toEqual(['人|人', '人|生', '生|而']);
    expect(pairs('条')).toEqual(['条|']);
  });

  it('keeps a character outside the BMP and a combining sound mark whole', () => {
    expect(pairs('𠀀人')).toEqual(['𠀀|人']);
    // か + U+3099 is one character (が), and so is half-width ｶ + ﾞ.
    expect(pairs('か\u3099き')).toEqual(['か\u3099|き']);
    expect(pairs('ｶﾞｷ')).toEqual(['ｶﾞ|ｷ']);
  });

  it('folds compatibility forms in the pair, so typed and extracted text agree', () => {
    expect(tokenizeWithOffsets('ｶﾞｷ').map((token) => token.token)).toEqual(['ガキ']);
    expect(tokenizeWithOffsets('⼈⼈').map((token) => token.token)).toEqual(['人人']);
  });

  it('goes on over a line that wraps inside Chinese, but not over punctuation or into Latin', () => {
    const text = '人人生而自\n由，在\nUN';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((token) => token.token)).toEqual(['人人', '人生', '生而', '而自', '自由', '在', 'un']);
    const freedom = tokens[4];
    expect(text.slice(freedom.start, freedom.end)).toBe('自\n由');
  });

  it('cuts a page word where CJK and other characters meet, as the index does', () => {
    const pieces: string[] = [];
    cutLikeIndex('WTO协定第3条', (start, end) => pieces.push('WTO协定第3条'.slice(start, end)));
    expect(pieces).toEqual(['WTO', '协定', '定第', '3', '条']);
  });
});

describe('a lone CJK character of a query against the pairs of a text', () => {
  it('stands at the side where its run was cut in the query', () => {
    // 第 of "第3条": something follows it, so it ends the text's pair.
    expect(cjkPartMatches('第', '据第', 0, 3)).toBe('second');
    expect(cjkPartMatches('第', '第三', 0, 3)).toBeUndefined();
    // 条 of "第3条": something comes before it, so it begins the pair.
    expect(cjkPartMatches('条', '条约', 2, 3)).toBe('first');
    expect(cjkPartMatches('条', '定条', 2, 3)).toBeUndefined();
    // Alone, either side; in the middle of a phrase, only a lone character of the text.
    expect(cjkPartMatches('条', '定条', 0, 1)).toBe('second');
    expect(cjkPartMatches('条', '条条', 0, 1)).toBe('both');
    expect(cjkPartMatches('条', '条约', 1, 3)).toBeUndefined();
    expect(cjkPartMatches('条', '条', 1, 3)).toBe('whole');
  });

  it('lets a number cut at an end of a Chinese fragment stand inside the number of the text', () => {
    const text = tokenizeWithOffsets('截至2015年底').map((token) => token.token);
    const at = (phrase: string[]) => text.some((_, start) => phraseSidesAt(phrase, (index) => text[index], start) !== undefined);
    expect(at(['015', '年底'])).toBe(true);
    expect(at(['至2', '2015'])).toBe(false);
    // Not in the middle, and not in a phrase without CJK: "2015 2016" is not "015 2016".
    expect(at(['截至', '015', '年底'])).toBe(false);
    expect(at(['015'])).toBe(false);
  });
});

describe('marking what a CJK query matched', () => {
  const sentence = '人人生而自由，在尊严和权利上一律平等。';

  it('marks the characters of a phrase as one stretch, not pairs or whole segments', () => {
    expect(marked(sentence, ['尊严 严和 和权'])).toEqual(['尊严和权']);
    expect(marked('根据第3条的规定', ['第 3 条'])).toEqual(['第3条']);
  });

  it('marks a lone character, not the pair that holds it', () => {
    expect(marked(sentence, ['等'])).toEqual(['等']);
    expect(marked(sentence, ['人'])).toEqual(['人人']);
    expect(marked('条约', ['条'])).toEqual(['条']);
  });

  it('marks the same stretches on the reader page, where a line may split a phrase', () => {
    const nodes = ['人人生而自', '由，在尊严和权利'];
    expect(termStretches(nodes, ['生而 而自 自由'])).toEqual([
      [0, 2, 5],
      [1, 0, 1],
    ]);
    expect(termStretches(nodes, ['利']).map(([node, start, end]) => nodes[node].slice(start, end))).toEqual(['利']);
    expect(termStretches(['widespread or systematic'], ['or']).map(([, start, end]) => [start, end])).toEqual([[11, 13]]);
  });
});
