import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Toolbar } from 'react-aria-components';
import type { Annotation, AnnotationAnchor, AnnotationKind, PageText } from '../../../../electron/common/model';
import { quoteAt } from '../../../../electron/common/textQuote';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { CommandButton } from '../../commands/CommandButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MarkedText } from '../../components/MarkedText';
import { useT } from '../../i18n/useT';
import { MarkButtons } from '../../reader/MarkButtons';
import { selectionOffsets } from '../../reader/textOffsets';
import type { ReaderTarget } from '../shell/navigation';
import { AnnotationPanel, useAnnotationSession } from './AnnotationPanel';
import { ArticlesAside, useArticlesAside } from './ArticlesAside';
import { GoToArticleBox } from './GoToArticleBox';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { colourChoices } from './colourChoices';
import { useRecordPosition } from '../positions/useRecordPosition';
import { markShortcuts, useMarkCommands } from './readerCommands';
import { PageNavigation } from './PageNavigation';
import { ReaderPanels, useAnnotationsPanel } from './ReaderPanels';
import { ReadingView } from './ReadingView';
import { usePassages } from './usePassages';
import { useReaderAddToPack } from './useReaderAddToPack';
import { useTextPassageJump } from './useTextPassageJump';

/** Brings the first match into view when a page's text is shown (the <pre> is keyed per page). */
function scrollToFirstMatch(node: HTMLPreElement | null) {
  node?.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

/**
 * A document as text. Word, text and Markdown documents are read and annotated here, a page
 * at a time, with the search terms marked; a PDF's text is the reading view (ReadingView),
 * and it is annotated in the PDF reader.
 */
export function TextReaderScreen({
  target,
  pageIndex: firstPage,
  passageId,
  onPageChange,
}: {
  target: ReaderTarget;
  pageIndex: number;
  /** A passage to open at (a search result), in a PDF's reading view. */
  passageId?: number;
  onPageChange: (pageIndex: number) => void;
}) {
  const t = useT();
  const api = useApi();
  const [pageIndex, setPageIndexState] = useState(firstPage);
  const setPageIndex = (next: number) => {
    setPageIndexState(next);
    onPageChange(next);
  };
  const page = useQuery({
    queryKey: queryKeys.page(target.documentId, pageIndex, target.terms),
    queryFn: () => api.search.page({ documentId: target.documentId, pageIndex, terms: target.terms }),
    // The page shown stays (and with it the annotation session and its undo steps) while the next one loads.
    placeholderData: keepPreviousData,
  });
  if (page.isError) return <ErrorMessage title={t('reader.pageFailed')} error={page.error} />;
  if (!page.data) return <p className="hint reader-loading">{t('reader.opening')}</p>;
  const pageNavigation = <PageNavigation pageIndex={pageIndex} pageCount={page.data.pageCount} onGoTo={setPageIndex} />;
  if (page.data.mediaType !== 'application/pdf') {
    return <AnnotatedText page={page.data} initialSelectedId={target.annotationId} onGoToPage={setPageIndex} pageNavigation={pageNavigation} />;
  }
  return (
    <ReadingView
      documentId={target.documentId}
      pageCount={page.data.pageCount}
      firstPage={firstPage}
      passageId={passageId}
      terms={target.terms}
      onPageChange={onPageChange}
    />
  );
}

/** A text document's page with its annotations, the same panel as the PDF reader, undo and export. */
function AnnotatedText({
  page,
  initialSelectedId,
  onGoToPage,
  pageNavigation,
}: {
  page: PageText;
  initialSelectedId?: number;
  onGoToPage: (pageIndex: number) => void;
  pageNavigation: ReactNode;
}) {
  const t = useT();
  const session = useAnnotationSession(page.documentId, initialSelectedId);
  const annotationsPanel = useAnnotationsPanel();
  const [selection, setSelection] = useState<{ start: number; end: number }>();

  const onMouseUp = (event: React.MouseEvent<HTMLPreElement>) => {
    const selected = window.getSelection();
    const range = selected && !selected.isCollapsed ? selected.getRangeAt(0) : undefined;
    setSelection(range && selectionOffsets(event.currentTarget, range));
  };
  const anchorOf = ({ start, end }: { start: number; end: number }): AnnotationAnchor => ({
    rects: [],
    position: { start, end },
    quote: quoteAt(page.text, start, end),
  });
  const mark = (kind: AnnotationKind) => {
    if (!selection) return;
    session.mark(kind, anchorOf(selection), page.pageIndex);
    window.getSelection()?.removeAllRanges();
    setSelection(undefined);
  };
  useMarkCommands(mark, selection !== undefined);
  const selectedWords = () => selection && { quote: page.text.slice(selection.start, selection.end), pageIndex: page.pageIndex };
  const recordPosition = useRecordPosition(page.documentId, selectedWords, selection !== undefined);
  const passages = usePassages(page.documentId);
  useReaderAddToPack({ documentId: page.documentId, selected: selectedWords, hasSelection: selection !== undefined, passages, annotationId: session.selectedId });
  const aside = useArticlesAside();
  const { scroller: textScroller, goTo: goToSpan } = useTextPassageJump(page, onGoToPage);
  const goToMark = (annotation: Annotation) => {
    const position = annotation.anchor.position;
    if (!position) return onGoToPage(annotation.pageIndex);
    goToSpan({ start: { page: annotation.pageIndex, offset: position.start }, end: { page: annotation.pageIndex, offset: position.end } });
  };

  return (
    <>
      <div className="reader-toolbar">
        <CommandButton id="reader.toggleNavigation" isSelected={aside.open} />
        {pageNavigation}
        <GoToArticleBox passages={passages} onGoTo={goToSpan} />
        <Toolbar aria-label={t('reader.markSelection')} className="toolbar">
          <MarkButtons kinds={['highlight', 'underline', 'strikeout', 'note', 'comment']} shortcuts={markShortcuts} disabled={!selection} onMark={mark} />
          <ChoiceSelect width="fit" label={t('reader.colourForNewMarks')} choices={colourChoices(session.colours)} value={session.activeColour} onChange={session.setActiveColour} />
          <CommandButton id="reader.recordPosition" />
          <CommandButton id="pack.addToPack" />
        </Toolbar>
        {!selection && <span className="hint toolbar-hint">{t('reader.selectToMark')}</span>}
        <span className="toolbar-spacer" />
        <CommandButton id="reader.toggleComments" isSelected={annotationsPanel.open} />
      </div>
      {session.error && <ErrorMessage title={t('annotations.notSaved')} error={session.error} />}
      {recordPosition}
      <ReaderPanels
        panel={annotationsPanel}
        annotations={
          <AnnotationPanel
            session={session}
            documentId={page.documentId}
            isPdf={false}
            onJump={goToMark}
            selectionAnchor={selection && anchorOf(selection)}
            onPlace={(annotation, anchor) => session.update(annotation, { anchor, pageIndex: page.pageIndex })}
          />
        }
      >
        <ArticlesAside open={aside.open} passages={passages} onGoTo={goToSpan} documentId={page.documentId}>
          <div className="text-page-scroller" ref={textScroller}>
            {!page.hasTextLayer && <p className="flag">{t('reader.noTextLayer')}</p>}
            <pre
              ref={scrollToFirstMatch}
              key={`${page.documentId}-${page.pageIndex}`}
              className="page-text"
              aria-label={t('reader.pageText', { page: page.pageIndex + 1 })}
              onMouseUp={onMouseUp}
            >
              <MarkedText
                text={page.text}
                highlights={page.highlights}
                annotations={session.annotations.filter((annotation) => annotation.pageIndex === page.pageIndex)}
                colours={session.colours}
                onSelectAnnotation={session.setSelectedId}
              />
            </pre>
          </div>
        </ArticlesAside>
      </ReaderPanels>
    </>
  );
}
