import { describe, expect, it } from 'vitest';
import { WantedWords } from '../../electron/core/search/wantedWords';

describe('WantedWords', () => {
  const wanted = new WantedWords(new Set(['cooperation', 'peacekeeping', 'государство', '人权', 'persecution', 'persecutions']), ['persec', 'ext']);
  const tokens = ['co', 'operation', 'peace', 'keeping', 'госу', 'дарство', '人', '权', 'per', 'secution', 'ex', 'tradition', 'e', 'xt', 'persec', 'x', 'pe', 'rsec', 'co', 'op'];

  it('answers matchesPair exactly as matchesToken of the two words joined', () => {
    for (const first of tokens) {
      for (const second of tokens) {
        expect(wanted.matchesPair(first, second), `${first} + ${second}`).toBe(wanted.matchesToken(first + second));
      }
    }
  });

  it('matches words, completions of prefixes, and nothing else', () => {
    expect(wanted.matchesToken('cooperation')).toBe(true);
    expect(wanted.matchesToken('persecuted')).toBe(true);
    expect(wanted.matchesToken('extradition')).toBe(true);
    expect(wanted.matchesToken('ex')).toBe(false);
    expect(wanted.matchesToken('operation')).toBe(false);
    expect(wanted.matchesToken('')).toBe(false);
    expect(new WantedWords(new Set(), []).matchesToken('anything')).toBe(false);
  });
});
