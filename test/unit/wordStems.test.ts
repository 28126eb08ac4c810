import { describe, expect, it } from 'vitest';
import { arabicLightStem, languageBit, StemGroups, stemLanguagesOf } from '../../electron/core/search/wordStems';

describe('word stems', () => {
  it('cuts Arabic prefixes and suffixes as light10 does, on our folded letters', () => {
    // المعاملات (the treatments) and معاملة (a treatment, folded to معامله) share a stem.
    expect(arabicLightStem('المعاملات')).toBe(arabicLightStem('معامله'));
    expect(arabicLightStem('والدول')).toBe('دول');
    // Too short to cut: the word stays.
    expect(arabicLightStem('في')).toBe('في');
  });

  it('stems by script, and not short words, digits or Chinese', () => {
    expect(stemLanguagesOf('informed')).toEqual(['en', 'fr', 'es']);
    expect(stemLanguagesOf('informed', ['fr'])).toEqual(['fr']);
    expect(stemLanguagesOf('преступления')).toEqual(['ru']);
    expect(stemLanguagesOf('المعاملات')).toEqual(['ar']);
    expect(stemLanguagesOf('act')).toEqual([]);
    expect(stemLanguagesOf('1998')).toEqual([]);
    expect(stemLanguagesOf('人权宣言')).toEqual([]);
  });

  it('groups the forms of a word, in the languages the words are written in', () => {
    const terms = ['inform', 'informed', 'informs', 'information', 'state', 'statement', 'states'];
    // All English: French stemming (which cuts "statement" to "stat") must not join them.
    const english = new StemGroups(() => terms, () => languageBit('en'));
    expect(english.variants('informed').toSorted()).toEqual(['inform', 'information', 'informs']);
    expect(english.variants('state')).toEqual(['states']);
    // A word of unknown language joins every group of its script.
    const unknown = new StemGroups(() => terms, () => languageBit(null));
    expect(unknown.variants('state')).toContain('statement');
  });

  it('adds words that arrive later', () => {
    const terms = ['inform'];
    const groups = new StemGroups(() => terms, () => languageBit('en'));
    groups.prepare();
    groups.add('informing');
    expect(groups.variants('inform')).toEqual(['informing']);
  });
});
