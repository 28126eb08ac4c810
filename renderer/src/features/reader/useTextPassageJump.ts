import { useEffect, useRef } from 'react';
import type { DocumentPassage, PageText } from '../../../../electron/common/model';
import { rangesOnPage } from '../../reader/findInDocument';

/** A passage, or a mark, by its start and end in the pages' text. */
type TextSpan = Pick<DocumentPassage, 'start' | 'end'>;

/** How long a passage gone to stays highlighted in a text document, in milliseconds. */
const flashMs = 2400;

/**
 * Going to a passage in a Word, text or Markdown document, shown a page at a time: its page
 * is opened, then the passage (whose offsets are in that page's text, which is what the page
 * shows) is scrolled to a fifth of the way down and highlighted for a moment with the CSS
 * Custom Highlight API (`::highlight(passage-jump)` in reader.css), leaving the marks' own
 * elements alone. Marks (their text positions) are gone to the same way. Returns the ref of
 * the page's scroller and the function to go.
 */
export function useTextPassageJump(page: PageText, onGoToPage: (pageIndex: number) => void) {
  const scroller = useRef<HTMLDivElement>(null);
  // A passage on another page, shown once that page is.
  const pending = useRef<TextSpan | undefined>(undefined);

  const show = (passage: TextSpan) => {
    const element = scroller.current;
    const text = element?.querySelector('pre');
    if (!element || !text) return;
    const end = passage.end.page === page.pageIndex ? passage.end.offset : page.text.length;
    const [range] = rangesOnPage(text, [{ pageIndex: page.pageIndex, start: passage.start.offset, end }]);
    if (!range) return;
    const top = range.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
    element.scrollTop = Math.max(0, top - element.clientHeight / 5);
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    if (!registry || typeof Highlight === 'undefined') return;
    const highlight = new Highlight(range);
    registry.set('passage-jump', highlight);
    setTimeout(() => registry.get('passage-jump') === highlight && registry.delete('passage-jump'), flashMs);
  };

  useEffect(() => {
    const passage = pending.current;
    if (!passage || passage.start.page !== page.pageIndex) return;
    pending.current = undefined;
    show(passage);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- runs when the page shown changes
  }, [page]);

  const goTo = (passage: TextSpan) => {
    if (passage.start.page === page.pageIndex) return show(passage);
    pending.current = passage;
    onGoToPage(passage.start.page);
  };
  return { scroller, goTo };
}
