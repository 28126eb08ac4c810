import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { termMatches } from '../../../electron/common/termMatches';
import { foldHamzaSeats, foldRadicals } from '../../../electron/common/unicodeFolds';

export interface FindMatch {
  pageIndex: number;
  /** [start, end) in the page's text as the text layer holds it (its items joined). */
  start: number;
  end: number;
}

/**
 * Folds one character for matching: case and accents away, one character in, one out, so
 * that offsets in the folded text are offsets in the page text. CJK radical look-alikes and
 * Arabic hamza seats are folded in foldForFind (one unit for one), as search folds them.
 */
function foldCharacter(character: string): string {
  const bare = character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (bare.length === 1) return bare;
  const lower = character.toLowerCase();
  return lower.length === 1 ? lower : character;
}

export function foldForFind(text: string): string {
  let folded = '';
  // Hamza seats before accents: NFD would take ؤ to و, and مسئولية must meet مسؤولية at ء.
  for (const character of foldHamzaSeats(text)) {
    // Characters outside the BMP keep their two code units so offsets stay aligned.
    folded += character.length === 1 ? foldCharacter(character).replace(/\s/u, ' ') : character;
  }
  return foldRadicals(folded);
}

/**
 * Every occurrence of `query` in each page's text, ignoring case and accents; a space in the
 * query also matches a line break or no space at all where a line ends ("shall" / "not").
 */
export function findMatches(pageTexts: string[], query: string): FindMatch[] {
  const words = foldForFind(query.trim()).split(/ +/u).filter(Boolean);
  if (words.length === 0) return [];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s*'), 'gu');
  const matches: FindMatch[] = [];
  pageTexts.forEach((text, pageIndex) => {
    for (const match of foldForFind(text).matchAll(pattern)) {
      if (match[0].length > 0) matches.push({ pageIndex, start: match.index, end: match.index + match[0].length });
    }
  });
  return matches;
}

/** The text of every page, read once per document through the pdf.js worker. */
export function usePageTexts(document: PDFDocumentProxy | undefined, wanted: boolean): string[] | undefined {
  const [loaded, setLoaded] = useState<{ document: PDFDocumentProxy; texts: string[] }>();
  const haveTexts = loaded?.document === document;
  useEffect(() => {
    if (!document || !wanted || haveTexts) return undefined;
    const life = { cancelled: false };
    void (async () => {
      const all: string[] = [];
      for (let index = 0; index < document.numPages && !life.cancelled; index += 1) {
        const content = await (await document.getPage(index + 1)).getTextContent();
        // As the text layer holds it: each item's text, and a line break (a <br>) after an item that ends a line.
        all.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      }
      if (!life.cancelled) setLoaded({ document, texts: all });
    })();
    return () => {
      life.cancelled = true;
    };
  }, [document, wanted, haveTexts]);
  return haveTexts ? loaded?.texts : undefined;
}

/**
 * DOM ranges for matches on a rendered page: the text layer holds the page's text items in
 * order (cut into words and spaces, see placedText.ts), so walking its text nodes gives the
 * same offsets as the page text.
 */
export function rangesOnPage(textLayer: Element, matches: FindMatch[]): Range[] {
  const nodes: { node: Text; start: number }[] = [];
  let offset = 0;
  const walker = textLayer.ownerDocument.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A <br> stands for the line break the page text has there.
    if (node.nodeName === 'BR') offset += 1;
    else if (node.nodeType === Node.TEXT_NODE) {
      nodes.push({ node: node as Text, start: offset });
      offset += node.textContent?.length ?? 0;
    }
  }
  // The last node starting before (or, for a start, at) a position: a binary search, since a
  // text layer has a node per word and a short query can match thousands of times.
  const locate = (position: number, atEnd: boolean) => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (atEnd ? nodes[middle].start < position : nodes[middle].start <= position) low = middle;
      else high = middle - 1;
    }
    const found = nodes[low];
    return { node: found.node, offset: Math.max(0, Math.min(position - found.start, found.node.length)) };
  };
  if (nodes.length === 0) return [];
  return matches.map((match) => {
    const range = textLayer.ownerDocument.createRange();
    const start = locate(match.start, false);
    const end = locate(match.end, true);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}

/**
 * Ranges of the words on a drawn page that a search result's terms mark (see
 * electron/common/termMatches: a word anywhere, a phrase only where it stands whole). Words
 * are read across the page's text nodes in order, so a phrase may run over a line break;
 * each marked word is its own range.
 * CJK runs are not split here, so Chinese terms are found by find, not marked.
 */
export function termRangesOnPage(textLayer: Element, terms: string[]): Range[] {
  const words: { node: Text; start: number; end: number; folded: string }[] = [];
  const walker = textLayer.ownerDocument.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) {
      words.push({ node: node as Text, start: word.index, end: word.index + word[0].length, folded: foldForFind(word[0]) });
    }
  }
  return termMatches(
    words.map((word) => word.folded),
    terms,
  ).map((index) => {
    const range = textLayer.ownerDocument.createRange();
    range.setStart(words[index].node, words[index].start);
    range.setEnd(words[index].node, words[index].end);
    return range;
  });
}
