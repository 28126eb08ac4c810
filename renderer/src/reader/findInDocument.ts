import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { cutLikeIndex, joinSpans } from '../../../electron/common/cjkBigrams';
import { termMarks, type MarkableWord } from '../../../electron/common/termMatches';
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
 * The pattern that finds `query` in a text folded by foldForFind (global; undefined for a query
 * of no words): its words folded, a space in it also matching a line break or no space at all
 * where a line ends ("shall" / "not"). For texts folded once and searched often.
 */
export function findPattern(query: string): RegExp | undefined {
  const words = foldForFind(query.trim()).split(/ +/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(escaped.join('\\s*'), 'gu');
}

/**
 * Every occurrence of `query` in each page's text, ignoring case and accents (see findPattern).
 */
export function findMatches(pageTexts: string[], query: string): FindMatch[] {
  const pattern = findPattern(query);
  if (!pattern) return [];
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
 * The stretches of a drawn page's text nodes that a search result's terms mark (see
 * electron/common/termMatches: a word anywhere, a phrase only where it stands whole, a lone
 * Chinese character inside the pairs that hold it). Words are cut as the index cuts them
 * (Chinese and Japanese into character pairs, going on over the break between two nodes,
 * which is where a line wrapped) and read across the nodes in order, so a phrase may run
 * over a line break. Neighbouring marks are joined, so a Chinese phrase is one stretch per
 * node. Returns [node index, start, end] with offsets into that node's text.
 */
export function termStretches(nodeTexts: string[], terms: string[]): [number, number, number][] {
  // The nodes one after the other, a line break between two.
  const nodeStarts: number[] = [];
  let text = '';
  for (const nodeText of nodeTexts) {
    if (nodeStarts.length > 0) text += '\n';
    nodeStarts.push(text.length);
    text += nodeText;
  }
  const words: MarkableWord[] = [];
  for (const word of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:\n(?=[\p{L}\p{N}])[\p{L}\p{N}\p{M}]*)*/gu)) {
    cutLikeIndex(word[0], (start, end, split) => {
      const piece = word[0].slice(start, end);
      if (split === undefined && piece.includes('\n')) {
        // Not CJK on both sides of the break: two words, one each side.
        for (const part of piece.matchAll(/[^\n]+/gu)) {
          words.push({ token: foldForFind(part[0]), start: word.index + start + part.index, end: word.index + start + part.index + part[0].length });
        }
        return;
      }
      // CJK pieces fold as the index folds them (NFKC keeps が a が); others as find does.
      const token = split === undefined ? foldForFind(piece) : piece.normalize('NFKC').replace(/\s/gu, '');
      words.push({ token, start: word.index + start, end: word.index + end, split: split === undefined ? undefined : word.index + split });
    });
  }
  const joined = joinSpans(termMarks(words, terms).map((mark): [number, number] => [mark.start, mark.end]));
  const stretches: [number, number, number][] = [];
  for (const [start, end] of joined) {
    nodeTexts.forEach((nodeText, node) => {
      const from = Math.max(start, nodeStarts[node]);
      const to = Math.min(end, nodeStarts[node] + nodeText.length);
      if (from < to) stretches.push([node, from - nodeStarts[node], to - nodeStarts[node]]);
    });
  }
  return stretches;
}

/** Ranges of a drawn page's text layer that a search result's terms mark (termStretches). */
export function termRangesOnPage(textLayer: Element, terms: string[]): Range[] {
  const nodes: Text[] = [];
  const walker = textLayer.ownerDocument.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return termStretches(
    nodes.map((node) => node.textContent ?? ''),
    terms,
  ).map(([node, start, end]) => {
    const range = textLayer.ownerDocument.createRange();
    range.setStart(nodes[node], start);
    range.setEnd(nodes[node], end);
    return range;
  });
}
