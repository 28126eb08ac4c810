/**
 * pdf.js's text layer draws each text item as one span in a browser font, stretched to the
 * item's width: the item's ends sit on the glyphs, but inside it every word drifts by the
 * difference between the browser's font and the PDF's, and by the extra space of justified
 * lines (word spacing Tw, TJ adjustments). On a long justified line that is one or two
 * characters (mozilla/pdf.js#3713, #7876, #20319), and every selection, find match, search
 * mark and highlight made from the text layer inherits it.
 *
 * `textOnGlyphs` cuts each item into its words and the spaces between them and gives every
 * word the place and width of its own glyphs (from `placeGlyphs`), so the text layer's words
 * sit on the drawn words. The text
 * itself does not change: the pieces of an item join back into its string, so every offset
 * into the page's text (find, quotes, passages) stays the same.
 */
import type { PlacedGlyph } from './pdfGlyphs';

/** The parts of a pdf.js text item used here; other fields are kept as they are. */
export interface TextItemLike {
  str: string;
  dir: string;
  /** [a, b, c, d, e, f]: (e, f) is the baseline origin in PDF user space, (a, b) the baseline's direction times the font size. */
  transform: number[];
  /** Length along the baseline, PDF units. */
  width: number;
  /** The font's height, points. */
  height: number;
  hasEOL: boolean;
}

/** What a character of an item was matched to: where its advance starts and ends along the item's baseline, in points from the item's origin. */
interface Place {
  start: number;
  end: number;
}

/** How far a glyph may sit from an item's baseline and still be its glyph, in font heights. */
const baselineSlack = 0.6;
/** How far ahead to look for a character's glyph when the two readings differ (dropped or extra glyphs), in glyph characters. */
const lookAhead = 40;

/** One character of a glyph's text, with its share of the glyph's advance. */
interface GlyphCharacter {
  character: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The glyphs' text one character at a time (a ligature "ﬁ" gives f and i, each half its advance). */
function glyphCharacters(glyphs: PlacedGlyph[]): GlyphCharacter[] {
  const characters: GlyphCharacter[] = [];
  for (const glyph of glyphs) {
    const text = [...glyph.text.normalize('NFKC').replace(/\s/gu, '')];
    text.forEach((character, index) => {
      const from = index / text.length;
      const to = (index + 1) / text.length;
      characters.push({
        character,
        x0: glyph.x0 + (glyph.x1 - glyph.x0) * from,
        y0: glyph.y0 + (glyph.y1 - glyph.y0) * from,
        x1: glyph.x0 + (glyph.x1 - glyph.x0) * to,
        y1: glyph.y0 + (glyph.y1 - glyph.y0) * to,
      });
    });
  }
  return characters;
}

/**
 * For each text item, each character's place on the item's baseline, matched to the glyphs
 * in drawing order (items and glyphs come from the same operators, in the same order).
 * Whitespace and unmatched characters get undefined.
 */
function placeCharacters(items: TextItemLike[], glyphs: PlacedGlyph[]): (Place | undefined)[][] {
  const characters = glyphCharacters(glyphs);
  let next = 0;
  return items.map((item) => {
    // Right-to-left and vertical items are not cut (cutItem): matching their reordered text
    // would only move `next` past the glyphs of the items after them.
    if (item.dir === 'rtl' || item.dir === 'ttb') return Array.from(item.str, () => undefined);
    const [a, b, , , e, f] = item.transform;
    const length = Math.hypot(a, b) || 1;
    const alongX = a / length;
    const alongY = b / length;
    const height = item.height || length;
    return Array.from(item.str, (character) => {
      const wanted = [...character.normalize('NFKC').replace(/\s/gu, '')];
      if (wanted.length === 0) return undefined;
      for (let at = next; at < Math.min(characters.length, next + lookAhead); at += 1) {
        if (!wanted.every((part, offset) => characters[at + offset]?.character === part)) continue;
        const first = characters[at];
        const last = characters[at + wanted.length - 1];
        const across = -alongY * (first.x0 - e) + alongX * (first.y0 - f);
        if (Math.abs(across) > baselineSlack * height) continue;
        next = at + wanted.length;
        return {
          start: alongX * (first.x0 - e) + alongY * (first.y0 - f),
          end: alongX * (last.x1 - e) + alongY * (last.y1 - f),
        };
      }
      return undefined;
    });
  });
}

/** An item's words and the spaces between them, in order ([from, to) in code units). */
function wordPieces(text: string): { from: number; to: number; space: boolean }[] {
  return Array.from(text.matchAll(/\S+|\s+/gu), (match) => ({ from: match.index, to: match.index + match[0].length, space: /^\s/u.test(match[0]) }));
}

/**
 * One item cut into its words and the spaces between them, each word on its own glyphs and
 * each space over the gap to the next word (so a word's box never takes in the widened space
 * after it). The item is kept whole when it is one word, not left to right, or when its
 * characters were not matched well enough to trust (then pdf.js's own placing stands).
 */
function cutItem<T extends TextItemLike>(item: T, places: (Place | undefined)[]): T[] {
  const characters = Array.from(item.str);
  const pieces = wordPieces(item.str);
  if (pieces.filter((piece) => !piece.space).length < 2 || item.dir === 'rtl' || item.dir === 'ttb') return [item];
  const letters = places.filter((place, index) => !/\s/u.test(characters[index]));
  const matched = letters.filter((place) => place !== undefined).length;
  if (letters.length === 0 || matched / letters.length < 0.9) return [item];
  const height = item.height || Math.hypot(item.transform[0], item.transform[1]);

  // Code unit offsets → character indexes (a character outside the BMP is two code units).
  const unitToCharacter: number[] = [];
  characters.forEach((character, index) => {
    for (let unit = 0; unit < character.length; unit += 1) unitToCharacter.push(index);
  });
  unitToCharacter.push(characters.length);
  const placesIn = (piece: { from: number; to: number }) =>
    places.slice(unitToCharacter[piece.from], unitToCharacter[piece.to]).filter((place): place is Place => place !== undefined);
  // A word runs from its first glyph to its last; a word none of whose glyphs was found voids the cut.
  const words = pieces.map((piece) => (piece.space ? undefined : placesIn(piece)));
  if (words.some((word) => word !== undefined && word.length === 0)) return [item];
  const bounds = pieces.map((piece, index) => {
    const word = words[index];
    if (word) return { start: word[0].start, end: word.at(-1)!.end };
    // A space: from the word before (or the item's origin) to the word after (or the item's end).
    const before = words.slice(0, index).findLast((candidate) => candidate !== undefined);
    const after = words.slice(index + 1).find((candidate) => candidate !== undefined);
    return { start: before ? before.at(-1)!.end : 0, end: after ? after[0].start : Math.max(item.width, before?.at(-1)!.end ?? 0) };
  });
  // The last word ends where the item does when they are close (a trailing character
  // spacing Tc belongs to it), so the pieces span the item as pdf.js had it.
  const last = bounds.length - 1;
  if (!pieces[last].space && Math.abs(item.width - bounds[last].end) < height) bounds[last].end = Math.max(bounds[last].end, item.width);
  // A first word far from the item's origin, or pieces out of order, mean the match went wrong.
  const firstWord = bounds[pieces.findIndex((piece) => !piece.space)];
  if (Math.abs(firstWord.start) > height) return [item];
  if (bounds.some((bound, index) => bound.end < bound.start || (index > 0 && bound.start < bounds[index - 1].start))) return [item];

  const [a, b, c, d, e, f] = item.transform;
  const length = Math.hypot(a, b) || 1;
  return pieces.map((piece, index) => ({
    ...item,
    str: item.str.slice(piece.from, piece.to),
    transform: [a, b, c, d, e + (a / length) * bounds[index].start, f + (b / length) * bounds[index].start],
    width: bounds[index].end - bounds[index].start,
    hasEOL: item.hasEOL && index === pieces.length - 1,
  }));
}

/**
 * A page's text items with every multi-word item cut at its words, each word placed on its
 * own glyphs. `items` may hold other entries (pdf.js marked-content markers): they are kept
 * where they are. The pieces of an item join back into its string.
 */
export function textOnGlyphs<T extends TextItemLike, Other>(items: (T | Other)[], glyphs: PlacedGlyph[]): (T | Other)[] {
  const textItems = items.filter((item): item is T => typeof (item as TextItemLike).str === 'string' && Array.isArray((item as TextItemLike).transform));
  const places = placeCharacters(textItems, glyphs);
  const cut = new Map(textItems.map((item, index) => [item, cutItem(item, places[index])]));
  return items.flatMap((item) => cut.get(item as T) ?? [item]);
}
