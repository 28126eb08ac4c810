import { useEffect, useState, type RefObject } from 'react';
import type { SelectedWords } from '../positions/useRecordPosition';

/**
 * The words selected in the reading view (a PDF shown as text) and the page of the block they
 * start in (each block carries `data-block-page`); undefined when nothing of `container` is selected.
 */
export function readingSelection(container: HTMLElement | null): SelectedWords | undefined {
  const selection = window.getSelection();
  const anchor = selection?.anchorNode ?? null;
  if (!container || !selection || selection.isCollapsed || !anchor || !container.contains(anchor)) return undefined;
  const element = anchor instanceof Element ? anchor : anchor.parentElement;
  const block = element?.closest<HTMLElement>('[data-block-page]');
  const quote = selection.toString().trim();
  return quote && block ? { quote, pageIndex: Number(block.dataset.blockPage) } : undefined;
}

/** Whether words of `container` are selected (followed through the document's selectionchange), and which. */
export function useReadingSelection(container: RefObject<HTMLElement | null>): { hasSelection: boolean; selected: () => SelectedWords | undefined } {
  const [hasSelection, setHasSelection] = useState(false);
  useEffect(() => {
    const follow = () => setHasSelection(readingSelection(container.current) !== undefined);
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [container]);
  return { hasSelection, selected: () => readingSelection(container.current) };
}
