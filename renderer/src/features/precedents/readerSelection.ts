import type { DocumentPassage } from '../../../../electron/common/model';

/** What "Find precedents" looks up: the words selected, or a paragraph of the draft. */
export type PrecedentRequest = { kind: 'selection'; text: string } | { kind: 'paragraph'; passageId: number };

/** Whitespace as one space, so a line broken on the page still matches the passage's text. */
function squeezed(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The draft paragraph holding a piece of its text (the line where the caret stands): the
 * shortest paragraph whose text contains it, whitespace aside. Undefined when none does or
 * the piece is too short to tell (under 8 characters).
 */
export function paragraphHolding(paragraphs: readonly DocumentPassage[], piece: string): DocumentPassage | undefined {
  const wanted = squeezed(piece);
  if (wanted.length < 8) return undefined;
  return paragraphs
    .filter((paragraph) => squeezed(paragraph.text).includes(wanted))
    .toSorted((left, right) => left.text.length - right.text.length)[0];
}

/** The line of a text around an offset, at most `reach` characters each side of it. */
export function lineAround(text: string, offset: number, reach = 60): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - reach);
  const end = text.indexOf('\n', offset);
  return text.slice(start, Math.min(end < 0 ? text.length : end, offset + reach));
}

/**
 * Pieces of text around the i-th of a run of short texts (the words of a PDF text layer, one
 * element each), widest first: a wide piece names its paragraph surely unless it runs over
 * into the next one, when a narrower piece on the caret's side still does.
 */
export function piecesAround(texts: readonly string[], at: number): string[] {
  const spans: [before: number, after: number][] = [[6, 6], [0, 8], [8, 0], [3, 3], [0, 4], [4, 0]];
  return spans.map(([before, after]) => texts.slice(Math.max(0, at - before), at + after + 1).join(' '));
}

/** Where the caret stands, as pieces of text to look for in the draft's paragraphs (see piecesAround). */
function caretPieces(node: Node, offset: number): string[] {
  const text = node.textContent ?? '';
  // The text view holds a page in one text node: its line says enough.
  if (text.length >= 40) return [lineAround(text, offset)];
  const element = node.parentElement;
  const siblings = element?.parentElement ? [...element.parentElement.children] : [];
  const at = element ? siblings.indexOf(element) : -1;
  return at < 0 ? [text] : piecesAround(siblings.map((sibling) => sibling.textContent ?? ''), at);
}

/**
 * What to find precedents for, from the page's selection when the command runs: the selected
 * words (outside `exclude`, the precedents panel itself), else the paragraph holding the caret,
 * else the draft's first paragraph. Undefined for a draft without paragraphs.
 */
export function requestFromSelection(paragraphs: readonly DocumentPassage[], exclude: Element | null): PrecedentRequest | undefined {
  const selection = window.getSelection();
  const anchor = selection?.anchorNode ?? null;
  const inside = anchor !== null && exclude !== null && exclude.contains(anchor);
  if (selection && !inside && !selection.isCollapsed) {
    const text = selection.toString().trim();
    if (/\p{L}/u.test(text)) return { kind: 'selection', text };
  }
  if (anchor && !inside && anchor.nodeType === Node.TEXT_NODE) {
    for (const piece of caretPieces(anchor, selection!.anchorOffset)) {
      const holding = paragraphHolding(paragraphs, piece);
      if (holding) return { kind: 'paragraph', passageId: holding.id };
    }
  }
  return paragraphs[0] && { kind: 'paragraph', passageId: paragraphs[0].id };
}
