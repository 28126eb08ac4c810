import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnnotationAnchor, AnnotationKind, PageText } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HighlightedText } from '../../components/HighlightedText';
import { MarkedText, selectionOffsets } from '../../reader/MarkedText';
import type { ReaderTarget } from '../shell/navigation';
import { AnnotationExport } from './AnnotationExport';
import { AnnotationSidebar } from './AnnotationSidebar';
import { HistoryButtons } from './HistoryButtons';
import { useAnnotations } from './useAnnotations';
import { useUndoKeys } from './useUndoKeys';

/** Brings the first match into view when a page's text is shown (the <pre> is keyed per page). */
function scrollToFirstMatch(node: HTMLPreElement | null) {
  node?.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

/**
 * A page as text with the search terms marked. Word, text and Markdown documents are read
 * and annotated here; a PDF's text is shown for a search result, and annotated in the PDF reader.
 */
export function TextReaderScreen({ target }: { target: ReaderTarget }) {
  const api = useApi();
  // The shell gives each target its own key, so a new search result starts afresh here.
  const [pageIndex, setPageIndex] = useState(target.pageIndex);
  const page = useQuery({
    queryKey: queryKeys.page(target.documentId, pageIndex, target.terms),
    queryFn: () => api.search.page({ documentId: target.documentId, pageIndex, terms: target.terms }),
  });
  const annotatable = page.data !== undefined && page.data.mediaType !== 'application/pdf';

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{page.data?.title ?? 'Reader'}</h1>
      {page.isError && <ErrorMessage title="This page cannot be shown" error={page.error} />}
      {page.data && (
        <>
          <div className="page-nav">
            <button type="button" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)}>
              Previous page
            </button>
            <span>
              Page {pageIndex + 1} of {page.data.pageCount}
            </span>
            <button type="button" disabled={pageIndex + 1 >= page.data.pageCount} onClick={() => setPageIndex(pageIndex + 1)}>
              Next page
            </button>
          </div>
          {!page.data.hasTextLayer && <p className="flag">This page has no text layer (a scan).</p>}
          {annotatable ? (
            <AnnotatedText page={page.data} initialSelectedId={target.annotationId} onGoToPage={setPageIndex} />
          ) : (
            <pre ref={scrollToFirstMatch} key={`${target.documentId}-${pageIndex}`} className="page-text" aria-label={`Text of page ${pageIndex + 1}`}>
              <HighlightedText text={page.data.text} highlights={page.data.highlights} />
            </pre>
          )}
        </>
      )}
    </section>
  );
}

/** How much text around a quote is kept with it, as in the PDF reader. */
const contextLength = 32;

/** A text document's page with its annotations, the same sidebar as the PDF reader, undo and export. */
function AnnotatedText({ page, initialSelectedId, onGoToPage }: { page: PageText; initialSelectedId?: number; onGoToPage: (pageIndex: number) => void }) {
  const { annotations, colours, error, create, update, remove, undo, redo, renameColour } = useAnnotations(page.documentId);
  const [activeColour, setActiveColour] = useState('key');
  const [selectedId, setSelectedId] = useState(initialSelectedId);
  const [selection, setSelection] = useState<{ start: number; end: number }>();
  const [focusNoteOf, setFocusNoteOf] = useState<number>();
  useUndoKeys(undo.run, redo.run);

  const onMouseUp = (event: React.MouseEvent<HTMLPreElement>) => {
    const selected = window.getSelection();
    const range = selected && !selected.isCollapsed ? selected.getRangeAt(0) : undefined;
    setSelection(range && selectionOffsets(event.currentTarget, range));
  };
  const anchorOf = ({ start, end }: { start: number; end: number }): AnnotationAnchor => ({
    rects: [],
    position: { start, end },
    quote: {
      exact: page.text.slice(start, end),
      prefix: page.text.slice(Math.max(0, start - contextLength), start),
      suffix: page.text.slice(end, end + contextLength),
    },
  });
  const mark = (kind: AnnotationKind) => {
    if (!selection) return;
    create({ kind, colour: activeColour, pageIndex: page.pageIndex, anchor: anchorOf(selection) }, (created) => {
      setSelectedId(created.id);
      // A note or comment is nothing until it is written: its text box takes the focus.
      if (kind === 'note' || kind === 'comment') setFocusNoteOf(created.id);
    });
    window.getSelection()?.removeAllRanges();
    setSelection(undefined);
  };

  return (
    <div className="reader-layout">
      <div className="reader-main">
        {error && <ErrorMessage title="The change was not saved" error={error} />}
        <div className="text-selection-toolbar" role="toolbar" aria-label="Mark the selection">
          <button type="button" disabled={!selection} onClick={() => mark('highlight')}>Highlight</button>
          <button type="button" disabled={!selection} onClick={() => mark('underline')}>Underline</button>
          <button type="button" disabled={!selection} onClick={() => mark('strikeout')}>Strike through</button>
          <button type="button" disabled={!selection} onClick={() => mark('note')}>Note</button>
          <button type="button" disabled={!selection} onClick={() => mark('comment')}>Comment</button>
          {!selection && <span className="hint">Select text to mark it or to attach a note or comment to it.</span>}
        </div>
        <pre ref={scrollToFirstMatch} key={`${page.documentId}-${page.pageIndex}`} className="page-text" aria-label={`Text of page ${page.pageIndex + 1}`} onMouseUp={onMouseUp}>
          <MarkedText
            text={page.text}
            highlights={page.highlights}
            annotations={annotations.filter((annotation) => annotation.pageIndex === page.pageIndex)}
            colours={colours}
            onSelectAnnotation={setSelectedId}
          />
        </pre>
      </div>
      <AnnotationSidebar
        annotations={annotations}
        colours={colours}
        activeColour={activeColour}
        selectedId={selectedId}
        focusNoteOf={focusNoteOf}
        onColour={setActiveColour}
        onRenameColour={(key, label) => renameColour({ key, label })}
        onJump={(annotation) => {
          setSelectedId(annotation.id);
          onGoToPage(annotation.pageIndex);
        }}
        onChange={update}
        onDelete={remove}
        selectionAnchor={selection && anchorOf(selection)}
        onPlace={(annotation, anchor) => update(annotation, { anchor, pageIndex: page.pageIndex })}
      >
        <HistoryButtons undo={undo} redo={redo} />
        <AnnotationExport documentId={page.documentId} isPdf={false} />
      </AnnotationSidebar>
    </div>
  );
}
