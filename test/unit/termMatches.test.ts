import { describe, expect, it } from 'vitest';
import { termMatches } from '../../electron/common/termMatches';

const words = 'attack on religious or other grounds widespread or systematic or not'.split(' ');

describe('termMatches', () => {
  it('marks a word wherever it stands', () => {
    expect(termMatches(words, ['or']).map((index) => words[index])).toEqual(['or', 'or', 'or']);
  });

  it('marks a phrase only where its words follow one another, never its words alone', () => {
    expect(termMatches(words, ['widespread or systematic'])).toEqual([6, 7, 8]);
    expect(termMatches(words, ['systematic attack'])).toEqual([]);
  });

  it('marks words and phrases together, each index once', () => {
    expect(termMatches(words, ['grounds', 'or systematic', 'systematic'])).toEqual([5, 7, 8]);
  });
});
