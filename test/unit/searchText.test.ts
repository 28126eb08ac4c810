import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  hyphenCompounds,
  isCjk,
  normalizeToken,
  stopWords,
  tokenize,
  tokenizeWithOffsets,
} from '../../electron/core/search/textProcessing';

/** What the index stores for a text: tokenize, then normalizeToken, empties dropped. */
function indexed(text: string): string[] {
  return tokenize(text)
    .map((token) => normalizeToken(token))
    .filter((token) => token !== '');
}

// UDHR, article 1, in the six UN languages (short extracts).
const article1 = {
  en: 'All human beings are born free and equal in dignity and rights.',
  fr: 'Tous les êtres humains naissent libres et égaux en dignité et en droits.',
  es: 'Todos los seres humanos nacen libres e iguales en dignidad y derechos',
  ru: 'Все люди рождаются свободными и равными в своем достоинстве и правах.',
  ar: 'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.',
  zh: '人人生而自由,在尊严和权利上一律平等。',
};

describe('cutting text into words', () => {
  it('splits Latin and Cyrillic text on spaces and punctuation, keeping the words as written', () => {
    expect(tokenize(article1.en)).toEqual(
      'All human beings are born free and equal in dignity and rights'.split(' '),
    );
    expect(tokenize(article1.ru)).toEqual(
      'Все люди рождаются свободными и равными в своем достоинстве и правах'.split(' '),
    );
  });

  it('cuts a Chinese sentence into overlapping pairs of characters, not one word', () => {
    const words = tokenize(article1.zh);
    expect(words.slice(0, 5)).toEqual(['人人', '人生', '生而', '而自', '自由']);
    expect(words).toContain('尊严');
    expect(words).toContain('权利');
    // Punctuation (full-width comma, ideographic full stop) is not a word, and no pair
    // crosses it: 由在 is not a pair of 自由，在.
    expect(words).not.toContain('由在');
    expect(words.every((word) => Array.from(word).length === 2)).toBe(true);
  });

  it('cuts Japanese with kana into pairs too', () => {
    const words = tokenize('すべての人間は、生まれながらにして自由であり');
    expect(words).toContain('人間');
    expect(words).toContain('自由');
    expect(words).not.toContain('、');
  });

  it('keeps Latin words and numbers next to Chinese as words of their own', () => {
    // A lone character between digits is a word of one character.
    expect(tokenize('WTO协定第3条')).toEqual(['WTO', '协定', '定第', '3', '条']);
  });

  it('is what MiniSearch needs: a Chinese sentence becomes findable by one of its words', () => {
    const search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize,
      processTerm: (term) => normalizeToken(term),
    });
    search.addAll([
      { id: 1, text: article1.zh },
      { id: 2, text: article1.fr },
    ]);
    const found = (query: string): unknown[] => search.search(query).map((result) => result.id);
    expect(found('尊严')).toEqual([1]);
    expect(found('DIGNITE')).toEqual([2]);
  });

  it('cuts at apostrophes and hyphens, the same way for text and queries', () => {
    expect(tokenize('l’homme')).toEqual(['l', 'homme']);
    expect(tokenize("l'homme")).toEqual(['l', 'homme']);
    expect(tokenize('State’s')).toEqual(['State', 's']);
    expect(tokenize('ill-treatment')).toEqual(['ill', 'treatment']);
    expect(tokenize('co‐operation')).toEqual(['co', 'operation']);
  });

  it('drops footnote superscripts and keeps soft-hyphenated words whole', () => {
    expect(indexed('Statute¹ of the Court')).toEqual(['statute', 'of', 'the', 'court']);
    expect(indexed('inter\u00ADnational')).toEqual(['international']);
  });

  it('keeps combining accents with their letter', () => {
    expect(tokenize('e\u0301tats membres')).toEqual(['e\u0301tats', 'membres']);
    expect(indexed('e\u0301tats')).toEqual(['etats']);
  });

  it('keeps numbers, including Arabic-Indic digits', () => {
    expect(indexed('resolution 2200 A (XXI) of 16 December 1966')).toEqual([
      'resolution',
      '2200',
      'a',
      'xxi',
      'of',
      '16',
      'december',
      '1966',
    ]);
    expect(indexed('المادة ١٤')).toEqual(['الماده', '14']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — ; « » ')).toEqual([]);
  });
});

describe('folding words to their indexed form', () => {
  it('lower-cases and removes French and Spanish accents', () => {
    expect(indexed(article1.fr)).toEqual(
      'tous les etres humains naissent libres et egaux en dignite et en droits'.split(' '),
    );
    expect(normalizeToken('Declaración')).toBe('declaracion');
    expect(normalizeToken('NIÑO')).toBe('nino');
    expect(normalizeToken('français')).toBe('francais');
    expect(normalizeToken('Über')).toBe('uber');
    expect(normalizeToken('œuvre')).toBe('oeuvre');
  });

  it('reads Russian ё as е but keeps й', () => {
    expect(normalizeToken('своём')).toBe(normalizeToken('своем'));
    expect(normalizeToken('Ёлка')).toBe('елка');
    expect(normalizeToken('Всеобщий')).toBe('всеобщий');
    expect(normalizeToken('ЙОД')).toBe('йод');
    expect(normalizeToken('и\u0306')).toBe('й');
  });

  it('gives Arabic with vowel marks, tatweel and alef variants the same words as without', () => {
    const voweled = 'يُولَدُ جَمِيعُ النَّاسِ أَحْرَارًا مُتَسَاوِينَ فِي الْكَرَامَةِ وَالْحُقُوقِ.';
    expect(indexed(voweled)).toEqual(indexed(article1.ar));
    expect(indexed('حـقـوق الإنسان')).toEqual(indexed('حقوق الانسان'));
    expect(normalizeToken('أحرار')).toBe('احرار');
    expect(normalizeToken('إعلان')).toBe('اعلان');
    expect(normalizeToken('آخر')).toBe('اخر');
    expect(normalizeToken('ٱلحق')).toBe('الحق');
  });

  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalizeToken('على')).toBe('علي');
    expect(normalizeToken('إلى')).toBe(normalizeToken('الي'));
    expect(normalizeToken('المادة')).toBe('الماده');
    expect(normalizeToken('الكرامة')).toBe(normalizeToken('الكرامه'));
  });

  it('writes Arabic-Indic and Persian digits as ASCII digits', () => {
    expect(normalizeToken('١٩٤٨')).toBe('1948');
    expect(normalizeToken('۱۹۹۸')).toBe('1998');
  });

  it('folds full-width forms, ligatures and Arabic presentation forms (NFKC)', () => {
    expect(normalizeToken('ＵＮＥＳＣＯ２００５')).toBe('unesco2005');
    expect(normalizeToken('ﬁnance')).toBe('finance');
    expect(normalizeToken('ﺔﻣﺎﻌﻟا')).toBe(normalizeToken('ةماعلا'));
  });

  it('leaves Chinese as it is', () => {
    expect(normalizeToken('权利')).toBe('权利');
    expect(normalizeToken('權利')).toBe('權利');
  });

  it('returns an empty string when nothing is left', () => {
    expect(normalizeToken('')).toBe('');
    expect(normalizeToken('\u064E')).toBe('');
    expect(normalizeToken('ـ')).toBe('');
    expect(normalizeToken('\u00AD')).toBe('');
  });
});

describe('words with their place in the original text', () => {
  it('gives folded words and the offsets of the characters as written', () => {
    const text = 'Déclaration universelle des droits de l’homme';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((t) => t.token)).toEqual(indexed(text));
    for (const { token, start, end } of tokens) {
      expect(normalizeToken(text.slice(start, end))).toBe(token);
    }
    expect(tokens[0]).toEqual({ token: 'declaration', start: 0, end: 11 });
    expect(tokens.at(-1)).toEqual({ token: 'homme', start: 40, end: 45 });
  });

  it('points into Arabic with vowel marks and into Chinese', () => {
    const arabic = 'فِي الْكَرَامَةِ';
    const [, dignity] = tokenizeWithOffsets(arabic);
    expect(dignity.token).toBe('الكرامه');
    expect(arabic.slice(dignity.start, dignity.end)).toBe('الْكَرَامَةِ');

    const chinese = tokenizeWithOffsets(article1.zh);
    const freedom = chinese.find((t) => t.token === '自由');
    expect(freedom && article1.zh.slice(freedom.start, freedom.end)).toBe('自由');
  });

  it('maps folded Kangxi radicals back to the original characters', () => {
    const text = 'x ⼈⼈⽣⽽⾃由';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((t) => t.token)).toEqual(['x', '人人', '人生', '生而', '而自', '自由']);
    expect(text.slice(tokens[2].start, tokens[2].end)).toBe('⼈⽣');
  });

  it('counts offsets in UTF-16 units past characters outside the BMP', () => {
    const text = '𠀀 rights';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.at(-1)).toEqual({ token: 'rights', start: 3, end: 9 });
  });

  it('finds the same words as tokenize in all six languages', () => {
    for (const text of Object.values(article1)) {
      expect(tokenizeWithOffsets(text).map((t) => t.token)).toEqual(indexed(text));
    }
  });
});

describe('helpers for the query parser', () => {
  it('tells CJK words from others', () => {
    expect(isCjk('人权')).toBe(true);
    expect(isCjk('カーテン')).toBe(true);
    expect(isCjk('rights')).toBe(false);
    expect(isCjk('права')).toBe(false);
    expect(isCjk('حقوق')).toBe(false);
  });

  it('lists common function words in their folded form, and no content words', () => {
    for (const word of ['the', 'of', 'les', 'a', 'del', 'и', 'في', 'الي', 'علي']) {
      expect(stopWords.has(word), word).toBe(true);
    }
    for (const word of ['state', 'article', 'rights', 'droits', 'права']) {
      expect(stopWords.has(word), word).toBe(false);
    }
    for (const word of stopWords) expect(normalizeToken(word)).toBe(word);
  });
});

describe('hyphenated compounds', () => {
  it('gives the closed form of each compound of words, not of numbers or lone hyphens', () => {
    expect(hyphenCompounds('shall co-operate with non-refoulement and ill-treatment, 1990-2005 state-of-the-art, x- y, -z, COVID-19')).toEqual([
      'cooperate', 'nonrefoulement', 'illtreatment', 'stateoftheart',
    ]);
    expect(hyphenCompounds('no hyphen here')).toEqual([]);
    expect(hyphenCompounds('peace\u2011keeping Co-Operation')).toEqual(['peacekeeping', 'cooperation']);
  });
});
