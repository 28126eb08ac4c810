import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ChevronDown, ChevronUp, TextSelect, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Input, TextField } from 'react-aria-components';
import { IconButton } from '../components/IconButton';
import { useT } from '../i18n/useT';
import { findMatches, rangesOnPage, termRangesOnPage, usePageTexts } from './findInDocument';

/** The CSS highlight registry (Chromium), where named sets of ranges are painted by CSS. */
function highlightRegistry(): Map<string, unknown> | undefined {
  if (typeof Highlight === 'undefined') return undefined;
  return (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
}

/** Paints ranges under a highlight name (see pdfReader.css `::highlight(name)`) until the effect ends. */
function paint(registry: Map<string, unknown>, name: string, ranges: Range[]): () => void {
  registry.set(name, new Highlight(...ranges));
  return () => registry.delete(name);
}

/**
 * Find in document, opened by the host (its Ctrl/Cmd+F command): the pages' text is read once
 * through pdf.js, matches are counted over the whole document, and those on drawn pages are
 * marked with the CSS Custom Highlight API (no change to the text layer, so selection and
 * marks are untouched).
 * `redrawn` changes whenever pages are drawn or zoomed, so their matches are marked again.
 * "Select match" (Alt+Enter in the field) makes the current match the window's text selection
 * and calls `onSelectMatch`, so a person on the keyboard can mark words as a mouse would.
 */
export function useFind({
  document,
  scroller,
  redrawn,
  goToPage,
  onSelectMatch,
}: {
  document: PDFDocumentProxy | undefined;
  scroller: RefObject<HTMLDivElement | null>;
  redrawn: unknown;
  goToPage: (pageIndex: number) => void;
  onSelectMatch: () => void;
}) {
  const t = useT();
  const [find, setFind] = useState({ open: false, query: '', current: 0 });
  const input = useRef<HTMLInputElement>(null);
  // Enter first shows the current match, then moves on: remember what it last showed.
  const lastShown = useRef('');
  const lastScrolledMatch = useRef('');
  // The current match's range on its drawn page, as last painted: what "Select match" selects.
  const shownRange = useRef<Range | undefined>(undefined);
  const pageTexts = usePageTexts(document, find.open && find.query.trim().length > 0);
  const matches = useMemo(() => (pageTexts ? findMatches(pageTexts, find.query) : []), [pageTexts, find.query]);

  const open = () => {
    setFind((current) => ({ ...current, open: true }));
    requestAnimationFrame(() => input.current?.select());
  };
  const close = () => setFind((current) => ({ ...current, open: false }));

  const showMatch = (index: number) => {
    if (matches.length === 0) return;
    const wrapped = (index + matches.length) % matches.length;
    setFind((current) => ({ ...current, current: wrapped }));
    goToPage(matches[wrapped].pageIndex);
  };

  const selectMatch = () => {
    const range = shownRange.current;
    const selection = window.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
    onSelectMatch();
  };

  const { open: isOpen, current, query } = find;
  useEffect(() => {
    const registry = highlightRegistry();
    const element = scroller.current;
    if (!registry || !element || !isOpen) return undefined;
    const others: Range[] = [];
    const shown: Range[] = [];
    for (const layer of element.querySelectorAll<HTMLElement>('.textLayer[data-rendered]')) {
      const pageIndex = Number(layer.parentElement?.dataset.pageIndex);
      const onPage = matches.filter((match) => match.pageIndex === pageIndex);
      rangesOnPage(layer, onPage).forEach((range, index) => (matches.indexOf(onPage[index]) === current ? shown : others).push(range));
    }
    shownRange.current = shown[0];
    const unpaintOthers = paint(registry, 'find-match', others);
    const unpaintShown = paint(registry, 'find-current', shown);
    // Bring the current match into view once when it changes, not each time a page is drawn.
    const shownKey = `${query}#${current}`;
    if (shown[0] && lastScrolledMatch.current !== shownKey) {
      lastScrolledMatch.current = shownKey;
      shown[0].startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    return () => {
      unpaintOthers();
      unpaintShown();
    };
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `redrawn` is the signal that pages were drawn again
  }, [matches, isOpen, current, query, redrawn, scroller]);

  const status = !query.trim()
    ? ''
    : !pageTexts
      ? t('find.reading')
      : matches.length === 0
        ? t('find.noMatch')
        : t('find.position', { current: current + 1, count: matches.length });
  const bar = isOpen && (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <TextField
        aria-label={t('find.label')}
        value={query}
        onChange={(value) => setFind({ open: true, query: value, current: 0 })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
          if (event.key !== 'Enter') return;
          if (event.altKey) {
            event.preventDefault();
            selectMatch();
            return;
          }
          // The first Enter shows the first match; the next ones move on (Shift: back).
          const firstTime = lastShown.current !== query;
          lastShown.current = query;
          showMatch(firstTime ? 0 : current + (event.shiftKey ? -1 : 1));
        }}
        className="find-field"
      >
        <Input ref={input} type="search" className="input" placeholder={t('find.label')} />
      </TextField>
      <span aria-live="polite" className="find-status">
        {status}
      </span>
      <IconButton icon={ChevronUp} label={t('find.previous')} shortcut="Shift+Enter" isDisabled={matches.length === 0} onPress={() => showMatch(current - 1)} />
      <IconButton icon={ChevronDown} label={t('find.next')} shortcut="Enter" isDisabled={matches.length === 0} onPress={() => showMatch(current + 1)} />
      <IconButton icon={TextSelect} label={t('find.select')} shortcut="Alt+Enter" isDisabled={matches.length === 0} onPress={selectMatch} />
      <IconButton icon={X} label={t('find.close')} shortcut="Escape" onPress={close} />
    </div>
  );
  return { open, bar };
}

/** Marks the words a search matched on the drawn pages (search results open the PDF this way). */
export function useSearchTermMarks(scroller: RefObject<HTMLDivElement | null>, terms: string[], redrawn: unknown): void {
  useEffect(() => {
    const registry = highlightRegistry();
    const element = scroller.current;
    if (!registry || !element || terms.length === 0) return undefined;
    const ranges = [...element.querySelectorAll<HTMLElement>('.textLayer[data-rendered]')].flatMap((layer) => termRangesOnPage(layer, terms));
    return paint(registry, 'search-term', ranges);
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `redrawn` is the signal that pages were drawn again
  }, [scroller, terms, redrawn]);
}
