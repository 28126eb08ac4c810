import { describe, expect, it } from 'vitest';
import { lineText, readableQuote } from '../../electron/common/lineText';

describe('a PDF line in reading order', () => {
  it('keeps left-to-right lines as they come', () => {
    expect(lineText(['Article ', '7', ' bis'])).toBe('Article 7 bis');
  });

  it('reverses an Arabic line placed glyph by glyph, keeping numbers in their own order', () => {
    // "المادة 10" as Chromium writes it: visual order, left to right, one glyph per item.
    const visual = ['1', '0', ' ', ...'المادة'.split('').toReversed()];
    expect(lineText(visual)).toBe('المادة 10');
  });

  it('folds Arabic presentation forms and Kangxi radicals to the letters people type', () => {
    expect(lineText(['ﺔﻣﺎﻌﻟا'])).toBe('ةماعلا');
    expect(lineText(['⼈⼈⽣⽽⾃由'])).toBe('人人生而自由');
    // Outside those ranges nothing changes: full-width brackets and superscripts stay.
    expect(lineText(['（一）', 'Statute¹'])).toBe('（一）Statute¹');
  });

  it('gives a stray vowel mark back to the letter before it', () => {
    const visual = [...'عادلا'.split('').toReversed(), ' ', 'ً', ...'نظرا'.split('').toReversed()];
    expect(lineText(visual)).toBe('نظراً عادلا');
    expect(lineText(['1', ' ', ...'المادة'.split('').toReversed(), 'ً'])).toBe('المادة 1');
  });
});

describe('readable quotes', () => {
  it('puts a quote taken from a Chromium-printed Arabic line in reading order and folds presentation forms', () => {
    // As the text layer gives it (see the reader): glyphs in drawing order, presentation forms.
    const raw = 'قﻮﻘﺤﻟوا ﺔﻣاﺮﻜﻟا ﻲﻓ ﻦﻳوﺎﺴﺘﻣ اراﺮﺣأ سﺎﻨﻟا ﻊﻴﻤﺟ ﺪﻟﻮﻳ\n⼈⼈⽣⽽⾃由，在尊严和权利上⼀律平等。';
    expect(readableQuote(raw)).toBe('يولد جميع الناس أحرارا متساوين في الكرامة والحقوق\n人人生而自由，在尊严和权利上一律平等。');
  });

  it('leaves left-to-right text, and Arabic already in reading order, as they are', () => {
    expect(readableQuote('Article 7 (1)(h)\nPersecution')).toBe('Article 7 (1)(h)\nPersecution');
    expect(readableQuote('يولد جميع الناس')).toBe('يولد جميع الناس');
  });
});
