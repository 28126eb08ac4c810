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
    const holding = paragraphHolding(paragraphs, lineAround(anchor.textContent ?? '', selection!.anchorOffset));
    if (holding) return { kind: 'paragraph', passageId: holding.id };
  }
  return paragraphs[0] && { kind: 'paragraph', passageId: paragraphs[0].id };
}
