import { sectionTitle } from '../../../../../electron/common/packSectionTitle';
import type { InterfaceLanguage } from '../../../../../electron/common/model';
import { positionCardHeadings, type Pack } from '../../../../../electron/common/packs';
import { plainTextOf } from '../../../../../electron/common/richText';
import { findPattern, foldForFind } from '../../../reader/findInDocument';
import { articleBlocks } from './articleBlocks';
import { paragraphAnchor, type RoomPlace } from './roomPlaces';

/** A text of the pack that quick search reads, and where it is shown. */
export interface PackText {
  place: RoomPlace;
  /** What it is, for the result's label: the section's title, a paragraph's label, a State's name, an item's citation. */
  label: string;
  text: string;
}

/**
 * Every text the room shows, in reading order: per section its title, its draft text paragraph
 * by paragraph (the newer revision's words), its card's headings, the positions (name, summary,
 * quote, wording), its body and its items (quote, citation, note).
 */
export function packTexts(pack: Pack, language: InterfaceLanguage): PackText[] {
  return pack.sections.flatMap((section) => {
    const title = sectionTitle(section, language);
    const at = (anchor: string | null) => ({ sectionId: section.id, anchor });
    const texts: PackText[] = [{ place: at(null), label: title, text: title }];
    if (section.draft) {
      for (const block of articleBlocks(section.draft.text, section.draft.redline, section.draft.heading)) {
        const words = block.segments.filter((segment) => segment.kind !== 'deleted' && segment.kind !== 'movedFrom').map((segment) => segment.text).join('');
        const label = `${section.draft.label}${block.path.map((part) => `(${part})`).join('')}`;
        texts.push({ place: at(block.path.length > 0 ? paragraphAnchor(block.path) : null), label, text: words });
      }
    }
    for (const heading of positionCardHeadings) {
      const field = section.card?.fields[heading];
      if (field) texts.push({ place: at(`card-${heading}`), label: title, text: plainTextOf(field) });
    }
    for (const group of section.positionsByStance ?? []) {
      for (const position of group.positions) {
        const text = [position.speakerName, position.summary, position.proposedWording, position.quote].filter(Boolean).join(' — ');
        texts.push({ place: at(`position-${position.positionId}`), label: position.speakerName, text });
      }
    }
    if (section.body) texts.push({ place: at('body'), label: title, text: plainTextOf(section.body) });
    for (const item of section.items) {
      const text = [item.quote, item.citation, item.note ? plainTextOf(item.note) : ''].filter(Boolean).join(' — ');
      texts.push({ place: at(`item-${item.id}`), label: item.citation || title, text });
    }
    return texts;
  });
}

/** A place where quick search found the words: the text around the first match, and the match in it. */
export interface PackSearchHit {
  place: RoomPlace;
  label: string;
  snippet: string;
  /** [start, end) of the match in the snippet. */
  highlight: [number, number];
}

/** One apostrophe for all (same length, so offsets hold): "d'Ivoire" finds "d’Ivoire". */
const apostrophes = (text: string) => text.replace(/[’ʼ]/gu, "'");
/** A text's length with its white space collapsed, as snippets show it. */
const collapsed = (part: string) => part.replace(/\s+/gu, ' ').length;

/** Characters of context kept on each side of a match in a snippet. */
const context = 60;

// Each text folded once, the first time it is searched (a pack of 60 articles is about 120,000
// characters, some 130 ms to fold), and kept as long as the pack's texts are (packTexts is
// memoised per pack): one apostrophe for all, so "d'Ivoire" finds "d’Ivoire". Folds keep
// offsets, so a match in the folded text is a match in the text.
const foldedTexts = new WeakMap<PackText, string>();
function foldedOf(entry: PackText): string {
  let folded = foldedTexts.get(entry);
  if (folded === undefined) {
    folded = foldForFind(apostrophes(entry.text));
    foldedTexts.set(entry, folded);
  }
  return folded;
}

/**
 * The places of the pack whose text holds `query`, ignoring case, accents and the shape of
 * apostrophes (the reader's find: findPattern), one hit per place in reading order, at most `limit`.
 */
export function searchPack(texts: readonly PackText[], query: string, limit = 30): PackSearchHit[] {
  const pattern = findPattern(apostrophes(query));
  if (!pattern) return [];
  const hits: PackSearchHit[] = [];
  for (const entry of texts) {
    pattern.lastIndex = 0;
    const match = pattern.exec(foldedOf(entry));
    if (!match || match[0].length === 0) continue;
    const { text } = entry;
    const start = match.index;
    const end = start + match[0].length;
    // Cut at spaces so no word is shown in part.
    const from = start <= context ? 0 : Math.min(start, text.indexOf(' ', start - context) + 1);
    const to = end + context >= text.length ? text.length : Math.max(end, text.lastIndexOf(' ', end + context));
    const snippet = `${from > 0 ? '… ' : ''}${text.slice(from, to).replace(/\s+/gu, ' ')}${to < text.length ? ' …' : ''}`;
    hits.push({ place: entry.place, label: entry.label, snippet, highlight: highlightIn(text, from, start, end) });
    if (hits.length === limit) break;
  }
  return hits;
}

/** The match's offsets in the snippet: its white space collapsed as the snippet's is, after the leading "… ". */
function highlightIn(text: string, from: number, start: number, end: number): [number, number] {
  const lead = from > 0 ? 2 : 0;
  const snippetStart = lead + collapsed(text.slice(from, start));
  return [snippetStart, snippetStart + collapsed(text.slice(start, end))];
}
