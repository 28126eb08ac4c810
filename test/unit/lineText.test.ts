import { describe, expect, it } from 'vitest';
import { lineText, readableQuote } from '../../electron/common/lineText';
import { mirrorCharacters } from '../../electron/common/unicodeFolds';

/**
 * A right-to-left line as a PDF printer draws it, glyph by glyph from left to right: each
 * character reversed, and each mirrored character (brackets, guillemets) drawn as its mirror.
 * Only for text without left-to-right runs.
 */
function drawnRightToLeft(written: string): string[] {
  return Array.from(written).toReversed().map((character) => mirrorCharacters(character));
}

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

  it('mirrors brackets read back from right-to-left text: 7(1)(ح), not 7)1()ح(', () => {
    // "للمادة 7(1)(ح)" as Chromium prints it: "(", "ح", ")", "(", "1", ")", "7" from the left.
    const visual = ['(', 'ح', ')', '(', '1', ')', '7', ' ', ...'للمادة'.split('').toReversed()];
    expect(lineText(visual)).toBe('للمادة 7(1)(ح)');
    for (const written of ['قال «نعم» و[لا]', 'الفقرة (أ) {ب} <ج> ‹د›', 'إذا كان س ≤ ص']) {
      expect(lineText(drawnRightToLeft(written))).toBe(written);
    }
  });

  it('puts punctuation at the ends of a left-to-right run on the right-to-left side, mirrored', () => {
    // "لعام 1998." and "(A/RES/60/147)" inside Arabic: the full stop and the brackets sit at the
    // line's right-to-left level, so they are drawn on the other side of the run, mirrored.
    expect(lineText(['.1998', ' ', ...drawnRightToLeft('الأساسي لعام')])).toBe('الأساسي لعام 1998.');
    const resolution = 'انظر قرار الجمعية العامة';
    expect(lineText(['(A/RES/60/147)', ' ', ...drawnRightToLeft(resolution)])).toBe(`${resolution} (A/RES/60/147)`);
    expect(lineText(['(', 'A/RES/60/147', ')', ' ', ...drawnRightToLeft(resolution)])).toBe(`${resolution} (A/RES/60/147)`);
    // The closing bracket of "Article 7(1)(h)" at the end of an Arabic line takes the line's
    // level too: drawn at the far left, mirrored. Inside the run nothing moves.
    expect(lineText(['(Article 7(1)(h', ' ', ...drawnRightToLeft(resolution)])).toBe(`${resolution} Article 7(1)(h)`);
    // Left-to-right lines are not touched.
    expect(lineText(['(see ', 'article 7)'])).toBe('(see article 7)');
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

  it('mirrors the brackets of a quote taken from a right-to-left line back', () => {
    // The text layer's items of arabic.pdf (pdf-arabic-mirrored-parentheses) joined as drawn.
    expect(readableQuote('(ح)(1)7 دةﺎﻤﻠﻟ')).toBe('للمادة 7(1)(ح)');
  });

  it('leaves left-to-right text, and Arabic already in reading order, as they are', () => {
    expect(readableQuote('Article 7 (1)(h)\nPersecution')).toBe('Article 7 (1)(h)\nPersecution');
    expect(readableQuote('يولد جميع الناس')).toBe('يولد جميع الناس');
    // A quote from a text document (or any line not drawn glyph by glyph) is already in
    // reading order: its brackets are not mirrored.
    expect(readableQuote('للمادة 7(1)(ح) من نظام روما')).toBe('للمادة 7(1)(ح) من نظام روما');
  });
});
