import { foldRadicals, mirrorCharacters } from './unicodeFolds';

/**
 * Turning a PDF line's text items into text in reading order. Shared: the import reads pages
 * with it, and a quote taken from the reader's text layer (which holds pdf.js's items as they
 * are) is shown and searched through it.
 *
 * Right-to-left lines: PDF producers such as Chromium place Arabic glyph by glyph, left to
 * right on the page; pdf.js hands the items over in that visual order. Reading order is the
 * reverse, except that runs of digits and Latin words inside the line keep their own order;
 * brackets and other mirrored characters read back in right-to-left text are mirrored back.
 *
 * Presentation forms: the same producers map glyphs to Arabic presentation forms (ﺎ, ﻹ) and
 * CJK fonts to Kangxi radicals (⼈ for 人) and CJK Radicals Supplement look-alikes (⻓ for 长).
 * NFKC folds the presentation forms and Kangxi radicals back to the letters people type, and
 * foldRadicals the supplement's look-alikes that NFKC leaves; both are applied to those ranges
 * only, so footnote markers, full-width punctuation and the like stay as printed.
 */

const rtlCharacter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const ltrCharacter = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\d]/u;
const foldedByNfkc = /[\u2E80-\u2FDF\uF900-\uFAFF\uFB50-\uFDFF\uFE70-\uFEFF]+/gu;

export function lineText(items: string[]): string {
  const text = isRightToLeft(items) ? reattachMarks(reorderRightToLeft(items)) : items.join('');
  return foldPrintedForms(text);
}

/** Presentation forms and radical look-alikes to the characters people type (see the top). */
function foldPrintedForms(text: string): string {
  return text.replace(foldedByNfkc, (run) => foldRadicals(run.normalize('NFKC')));
}

/**
 * A vowel mark (tanween, shadda …) placed as its own glyph can land after the space that
 * follows its letter, or at the start of the next line; it belongs to the letter before.
 */
function reattachMarks(text: string): string {
  return text.replace(/^\p{M}+/u, '').replace(/(\s+)(\p{M}+)/gu, '$2$1');
}

function isRightToLeft(items: string[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const item of items) {
    for (const character of item) {
      if (rtlCharacter.test(character)) rtl += 1;
      else if (ltrCharacter.test(character)) ltr += 1;
    }
  }
  return rtl > ltr;
}

/**
 * Reverses the line, then restores the order inside each left-to-right run. What is reversed
 * sat at a right-to-left level, where a renderer draws each Bidi_Mirrored character as its
 * mirror (UAX #9, rule L4): a written "(" was drawn, and is read back, as ")". Reversing such
 * a character therefore mirrors it back ("7)1()ح(" would otherwise be read for "7(1)(ح)").
 * pdf.js reverses right-to-left items itself without mirroring them ("characters are already
 * mirrored in the pdf", its bidi.js), so their characters are mirrored here too.
 */
function reorderRightToLeft(items: string[]): string {
  const reversed = items.toReversed();
  const output: string[] = [];
  let ltrRun: string[] = [];
  const flush = () => {
    if (ltrRun.length > 0) output.push(ltrRunInReadingOrder(ltrRun.toReversed().join('')));
    ltrRun = [];
  };
  for (const item of reversed) {
    const isLtr = ltrCharacter.test(item) && !rtlCharacter.test(item);
    // A space between two left-to-right items belongs to their run ("Article 7 bis").
    const continuesRun = ltrRun.length > 0 && item.trim() === '';
    if (isLtr || continuesRun) ltrRun.push(item);
    else {
      flush();
      output.push(mirrorCharacters(item));
    }
  }
  flush();
  return output.join('');
}

/** A left-to-right run's punctuation and spaces at either end, and what they enclose. */
const runEdges = /^([^\p{L}\p{N}\p{M}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/su;

/**
 * A left-to-right run (as drawn, left to right) in reading order. Punctuation and spaces at
 * its ends stand between it and right-to-left text (or the line's end), so the bidi algorithm
 * gave them the line's right-to-left level (UAX #9, rules N1 and N2): they were drawn on the
 * other side of the run and mirrored. ".1998" drawn is "1998." written; "(A/RES/60/147)" drawn
 * as one item is "(A/RES/60/147)" written.
 */
function ltrRunInReadingOrder(run: string): string {
  const [, left, inner, right] = runEdges.exec(run)!;
  return reversedAndMirrored(right) + inner + reversedAndMirrored(left);
}

function reversedAndMirrored(drawn: string): string {
  return mirrorCharacters(Array.from(drawn).toReversed().join(''));
}

/**
 * A quote as the reader's text layer gave it (pdf.js's items, in the order they are drawn),
 * in reading order. A right-to-left line drawn glyph by glyph shows itself by its
 * presentation forms (ﻟ, ﺔ): then its glyphs are the items, a run of plain letters among them
 * being one glyph's text, and the line is read as the import reads it. Other lines are only
 * folded. The raw quote is kept for finding the mark again; this is what people read and search.
 */
export function readableQuote(raw: string): string {
  return raw
    .split('\n')
    .map((line) => (/[\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(line) ? lineText(line.match(glyphItem) ?? []) : foldPrintedForms(line)))
    .join('\n');
}

/** One drawn glyph's text: a presentation form, a run of plain Arabic letters, or any other character. */
const glyphItem = /[\uFB50-\uFDFF\uFE70-\uFEFF]|[\u0600-\u06FF]+|[^]/gu;
