import { describe, expect, it } from 'vitest';
import { lineText } from '../../electron/common/lineText';
import { codePointPairs, foldHamzaSeats, foldRadicals, mirrorCharacters } from '../../electron/common/unicodeFolds';
import { bidiMirroringGlyphs } from '../../electron/common/unicodeData/bidiMirroringGlyphs';
import { equivalentUnifiedIdeographs as radicalTable } from '../../electron/common/unicodeData/equivalentUnifiedIdeographs';
import { PassageIndex } from '../../electron/core/search/passageIndex';
import { parseQuery } from '../../electron/core/search/queryParser';
import { normalizeToken, tokenizeWithOffsets } from '../../electron/core/search/textProcessing';
import { findMatches, foldForFind } from '../../renderer/src/reader/findInDocument';

const character = (codePoint: number) => String.fromCodePoint(codePoint);
const equivalentUnifiedIdeographs = codePointPairs(radicalTable);
const mirrored = (codePoint: number) => /\p{Bidi_Mirrored}/u.test(character(codePoint));
const inBlocks = (codePoint: number) => codePoint >= 0x2e80 && codePoint <= 0x2fdf;
/** Every code point of CJK Radicals Supplement and Kangxi Radicals that Unicode assigns (Radical=Yes). */
const assignedRadicals = Array.from({ length: 0x2fdf - 0x2e80 + 1 }, (_, index) => 0x2e80 + index).filter((codePoint) =>
  /\p{Radical}/u.test(character(codePoint)),
);

function passageIds(index: PassageIndex, text: string): number[] {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return index.search(parsed.query).ranked.map((ranked) => ranked.passageId);
}

describe('the radical look-alike table (EquivalentUnifiedIdeograph.txt)', () => {
  it('maps radicals of the two blocks to unified ideographs, and every assigned radical but U+2E80 has an entry', () => {
    expect(equivalentUnifiedIdeographs.every(([radical, unified]) => inBlocks(radical) && /\p{Unified_Ideograph}/u.test(character(unified)))).toBe(true);
    const mapped = new Set(equivalentUnifiedIdeographs.map(([radical]) => radical));
    // U+2E80 CJK RADICAL REPEAT is the one the UCD lists as having no equivalent.
    expect(assignedRadicals.filter((codePoint) => !mapped.has(codePoint))).toEqual([0x2e80]);
    expect(mapped.size).toBe(equivalentUnifiedIdeographs.length);
  });

  it('agrees with NFKC wherever NFKC folds a radical (Kangxi Radicals, ⻟ and ⻳)', () => {
    const foldedByNfkc = assignedRadicals.filter((codePoint) => character(codePoint).normalize('NFKC') !== character(codePoint));
    expect(foldedByNfkc.length).toBeGreaterThan(200);
    for (const codePoint of foldedByNfkc) expect(foldRadicals(character(codePoint))).toBe(character(codePoint).normalize('NFKC'));
  });
});

describe('folding radical look-alikes', () => {
  const inBmp = equivalentUnifiedIdeographs.filter(([, unified]) => unified <= 0xffff);
  const astral = equivalentUnifiedIdeographs.filter(([, unified]) => unified > 0xffff);

  it('folds every radical whose equivalent is in the BMP, the same in stored text, index words and the reader find', () => {
    expect(inBmp.filter(([radical]) => radical <= 0x2eff).length).toBeGreaterThan(90);
    for (const [radical, unified] of inBmp) {
      const [look, real] = [character(radical), character(unified)];
      expect(foldRadicals(look)).toBe(real);
      expect(lineText([look])).toBe(real);
      expect(normalizeToken(look)).toBe(normalizeToken(real));
      expect(foldForFind(look)).toBe(foldForFind(real));
    }
  });

  it('keeps one UTF-16 unit for one: radicals with an equivalent outside the BMP stay, and offsets never move', () => {
    expect(astral.length).toBeGreaterThan(0);
    for (const [radical] of astral) expect(foldRadicals(character(radical))).toBe(character(radical));
    const page = '秘书⻓应将意⻅转交有关部⻔。《罗⻢规约》⺇';
    expect(foldRadicals(page)).toBe('秘书长应将意见转交有关部门。《罗马规约》⺇');
    expect(foldRadicals(page)).toHaveLength(page.length);
    expect(foldRadicals('Article 7 (1) ⼈')).toBe('Article 7 (1) 人');
  });

  it('finds unified text from a query typed with look-alikes, and look-alike text from a unified query', () => {
    const index = PassageIndex.empty();
    index.upsert([
      { id: 1, documentId: 1, text: '秘书长应将各国提出的意见转交有关部门。', heading: null },
      { id: 2, documentId: 2, text: '《罗⻢规约》第7条规定了⻓期的义务。', heading: null },
      { id: 3, documentId: 3, text: '各国应当合作。', heading: null },
    ]);
    expect(passageIds(index, '秘书⻓ ')).toEqual([1]);
    expect(passageIds(index, '意⻅ ')).toEqual([1]);
    expect(passageIds(index, '部⻔ ')).toEqual([1]);
    expect(passageIds(index, '罗马 ')).toEqual([2]);
    expect(passageIds(index, '长期 ')).toEqual([2]);
  });

  it('points the words of look-alike text at the characters as written', () => {
    const text = '秘书⻓应将';
    const words = tokenizeWithOffsets(text);
    // Chinese is indexed as overlapping character pairs (common/cjkBigrams.ts).
    expect(words.map((word) => word.token)).toEqual(['秘书', '书长', '长应', '应将']);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['秘书', '书⻓', '⻓应', '应将']);
  });

  it('lets the reader find a unified word in a text layer that holds look-alikes, at the look-alike characters', () => {
    const layer = '秘书⻓应将各国提出的意⻅转交有关部⻔。';
    const [match] = findMatches([layer], '秘书长');
    expect(layer.slice(match.start, match.end)).toBe('秘书⻓');
    expect(findMatches([layer], '部门')).toHaveLength(1);
  });
});

describe('folding hamza seats (ISRI normalisation)', () => {
  const seats = ['مسؤولية', 'مسئولية', 'مسءولية'];

  it('gives the spellings of a word with hamza on waw, on yeh or bare the same search word', () => {
    const words = new Set(seats.map((word) => normalizeToken(word)));
    expect(words.size).toBe(1);
    // The same with vowel marks, with the hamza written as a combining mark, and with the article.
    expect(normalizeToken('مسؤوليّة')).toBe(normalizeToken('مسئولية'));
    expect(normalizeToken('مسو\u0654ولية')).toBe(normalizeToken('مسئولية'));
    expect(normalizeToken('المسئولية')).toBe(normalizeToken('المسؤولية'));
    // Other letters are not touched: و and ي without hamza stay apart from ء.
    expect(normalizeToken('مسوولية')).not.toBe(normalizeToken('مسؤولية'));
    expect(normalizeToken('بيئة')).not.toBe(normalizeToken('بيية'));
  });

  it('keeps one unit for one, so the reader finds the word at its place in the page text', () => {
    expect(foldHamzaSeats('مسئولية مسؤولية')).toBe('مسءولية مسءولية');
    const page = 'وتتحمل الدولة مسؤولية دولية';
    const [match] = findMatches([page], 'مسئولية');
    expect(page.slice(match.start, match.end)).toBe('مسؤولية');
    expect(foldForFind(page)).toHaveLength(page.length);
  });

  it('finds a passage that spells the word with another seat', () => {
    const index = PassageIndex.empty();
    index.upsert([
      { id: 5, documentId: 1, text: 'تتحمل الدولة مسؤولية دولية عن الأفعال غير المشروعة دولياً', heading: null },
      { id: 6, documentId: 1, text: 'تلتزم كل دولة بعدم ارتكاب أفعال تشكل جرائم', heading: null },
    ]);
    expect(passageIds(index, 'مسئولية ')).toEqual([5]);
    expect(passageIds(index, '"مسئولية دولية"')).toEqual([5]);
  });
});

describe('mirroring characters (BidiMirroring.txt)', () => {
  const pairs = codePointPairs(bidiMirroringGlyphs);

  it('maps only Bidi_Mirrored characters, each to another Bidi_Mirrored character', () => {
    expect(pairs.length).toBeGreaterThan(400);
    expect(pairs.filter(([from, to]) => !mirrored(from) || !mirrored(to) || from === to)).toEqual([]);
  });

  it('swaps brackets, guillemets and comparison signs, and leaves everything else', () => {
    expect(mirrorCharacters('([{«‹<≤')).toBe(')]}»›>≥');
    expect(mirrorCharacters(')]}»›>≥')).toBe('([{«‹<≤');
    expect(mirrorCharacters('للمادة 7، (ح)')).toBe('للمادة 7، )ح(');
    expect(mirrorCharacters('"\'-/.,:;!?')).toBe('"\'-/.,:;!?');
  });
});
