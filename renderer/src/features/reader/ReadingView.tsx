import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';
import { termRangesOnPage } from '../../reader/findInDocument';
import { CommandButton } from '../../commands/CommandButton';
import { ArticlesAside, useArticlesAside } from './ArticlesAside';
import { GoToArticleBox } from './GoToArticleBox';
import { PageNavigation } from './PageNavigation';
import { readingBlocks } from './readingBlocks';
import { usePassages } from './usePassages';
import { useReaderAddToPack } from './useReaderAddToPack';
import { useReadingSelection } from './useReadingSelection';

/** The CSS highlight registry (Chromium), where named sets of ranges are painted by CSS. */
function highlightRegistry(): Map<string, unknown> | undefined {
  if (typeof Highlight === 'undefined') return undefined;
  return (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
}

/**
 * A PDF's text as a reading view ("Show as text"): the document's passages as import found
 * them, paragraph by paragraph with the lines joined, their labels ("Art. 7", "7(1)(h)") in
 * a margin column, and the page where each begins. It scrolls inside its own pane (the
 * window never does); the page box and the go-to box (Ctrl+G) scroll it to a page or a
 * passage, which is briefly highlighted. Search terms are marked as in the PDF. The words
 * selected can be added to a pack.
 */
export function ReadingView({
  documentId,
  pageCount,
  firstPage,
  passageId,
  terms,
  onPageChange,
}: {
  documentId: number;
  pageCount: number;
  /** The page to show first (the one the PDF showed). */
  firstPage: number;
  /** A passage to open at instead (a search result). */
  passageId?: number;
  /** Normalised search terms to mark. */
  terms: string[];
  onPageChange: (pageIndex: number) => void;
}) {
  const t = useT();
  const passages = usePassages(documentId);
  const blocks = useMemo(() => (passages ? readingBlocks(passages) : undefined), [passages]);
  const scroller = useRef<HTMLDivElement>(null);
  const aside = useArticlesAside();
  const [currentPage, setCurrentPage] = useState(firstPage);
  // The passage to highlight, and a count that restarts the highlight when the same one is asked again.
  const [flash, setFlash] = useState<{ ids: Set<number>; count: number }>();
  // The words selected here go to a pack as they do from the PDF (Ctrl+Shift+B, the toolbar button).
  const selection = useReadingSelection(scroller);
  useReaderAddToPack({ documentId, selected: selection.selected, hasSelection: selection.hasSelection, passages, annotationId: undefined });

  const scrollToBlock = (block: HTMLElement | null | undefined) => {
    const element = scroller.current;
    if (element && block) element.scrollTop = Math.max(0, block.offsetTop - element.clientHeight / 5);
  };
  const goToPage = (pageIndex: number) => {
    const first = [...(scroller.current?.querySelectorAll<HTMLElement>('[data-page]') ?? [])].find((block) => Number(block.dataset.page) >= pageIndex);
    scrollToBlock(first);
    setCurrentPage(pageIndex);
    onPageChange(pageIndex);
  };
  const goToPassage = (passage: DocumentPassage) => {
    scrollToBlock(scroller.current?.querySelector<HTMLElement>(`[data-passage-id="${passage.id}"]`));
    setFlash((current) => ({ ids: subtreeOf(passages ?? [], passage.id), count: (current?.count ?? 0) + 1 }));
  };

  // Open where asked, once the blocks are laid out.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (!blocks || opened.current) return;
    opened.current = true;
    const passage = passageId === undefined ? undefined : passages?.find((candidate) => candidate.id === passageId);
    if (passage) goToPassage(passage);
    else if (firstPage > 0) goToPage(firstPage);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- runs once, when the blocks arrive
  }, [blocks]);

  useEffect(() => {
    const registry = highlightRegistry();
    const element = scroller.current;
    if (!registry || !element || !blocks || terms.length === 0) return undefined;
    registry.set('search-term', new Highlight(...termRangesOnPage(element, terms)));
    return () => {
      registry.delete('search-term');
    };
  }, [blocks, terms]);

  // The page of the first block at the top of the view is the current page.
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const line = element.scrollTop + element.clientHeight / 5;
    const top = [...element.querySelectorAll<HTMLElement>('[data-page]')].findLast((block) => block.offsetTop <= line);
    const page = top ? Number(top.dataset.page) : 0;
    if (page !== currentPage) {
      setCurrentPage(page);
      onPageChange(page);
    }
  };

  return (
    <>
      <div className="reader-toolbar">
        <CommandButton id="reader.toggleNavigation" isSelected={aside.open} />
        <PageNavigation pageIndex={currentPage} pageCount={pageCount} onGoTo={goToPage} />
        <GoToArticleBox passages={passages} onGoTo={goToPassage} />
        <CommandButton id="pack.addToPack" />
        <span className="hint toolbar-hint">{t('reader.readingViewHint')}</span>
      </div>
      <ArticlesAside open={aside.open} passages={passages} onGoTo={goToPassage} documentId={documentId}>
        <div className="reading-scroller" ref={scroller} onScroll={onScroll}>
          {!blocks ? (
            <p className="hint">{t('reader.opening')}</p>
          ) : (
            <article className="reading-view" aria-label={t('reader.readingView')}>
              {blocks.length === 0 && <p className="flag">{t('reader.noTextLayer')}</p>}
              {blocks.map((block, index) => {
                const newPage = index === 0 || blocks[index - 1].page !== block.page;
                const flashing = flash?.ids.has(block.passageId);
                const firstOfPassage = index === 0 || blocks[index - 1].passageId !== block.passageId;
                return (
                  <div
                    key={flashing ? `${block.key}@${flash?.count}` : block.key}
                    className={`reading-block reading-${block.kind} reading-${block.level}${flashing ? ' passage-flash-block' : ''}`}
                    data-passage-id={firstOfPassage ? block.passageId : undefined}
                    data-page={newPage ? block.page : undefined}
                    data-block-page={block.page}
                    style={{ ['--depth' as string]: block.depth }}
                  >
                    <span className="reading-margin">
                      {block.label && (
                        <span className="reading-label" title={block.fullLabel}>
                          {block.label}
                        </span>
                      )}
                      {newPage && <span className="reading-page">{t('reader.page', { page: block.page + 1 })}</span>}
                    </span>
                    {block.kind === 'heading' ? (
                      <h2 className="reading-heading">
                        {block.text}
                        {block.subtitle && <span className="reading-subtitle">{block.subtitle}</span>}
                      </h2>
                    ) : (
                      <p className="reading-text">{block.text}</p>
                    )}
                  </div>
                );
              })}
            </article>
          )}
        </div>
      </ArticlesAside>
    </>
  );
}

/** The passage and every passage under it (an article's paragraphs), by id. */
function subtreeOf(passages: readonly DocumentPassage[], id: number): Set<number> {
  const ids = new Set([id]);
  // Reading order puts children after their parent: one pass finds them all.
  for (const passage of passages) if (passage.parentId !== null && ids.has(passage.parentId)) ids.add(passage.id);
  return ids;
}
