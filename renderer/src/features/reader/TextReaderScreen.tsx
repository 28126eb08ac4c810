import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnnotationAnchor, AnnotationKind, PageText } from '../../../../electron/common/model';
import { quoteAt } from '../../../../electron/common/textQuote';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MarkedText } from '../../components/MarkedText';
import { MarkButtons } from '../../reader/MarkButtons';
import { selectionOffsets } from '../../reader/textOffsets';
import type { ReaderTarget } from '../shell/navigation';
import { AnnotationPanel, useAnnotationSession } from './AnnotationPanel';

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
              <MarkedText text={page.data.text} highlights={page.data.highlights} />
            </pre>
          )}
        </>
      )}
    </section>
  );
}

/** A text document's page with its annotations, the same sidebar as the PDF reader, undo and export. */
function AnnotatedText({ page, initialSelectedId, onGoToPage }: { page: PageText; initialSelectedId?: number; onGoToPage: (pageIndex: number) => void }) {
  const session = useAnnotationSession(page.documentId, initialSelectedId);
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

  return (
    <div className="reader-layout">
      <div className="reader-main">
        {session.error && <ErrorMessage title="The change was not saved" error={session.error} />}
        <div className="text-selection-toolbar" role="toolbar" aria-label="Mark the selection">
          <MarkButtons kinds={['highlight', 'underline', 'strikeout', 'note', 'comment']} disabled={!selection} onMark={mark} />
          {!selection && <span className="hint">Select text to mark it or to attach a note or comment to it.</span>}
        </div>
        <pre ref={scrollToFirstMatch} key={`${page.documentId}-${page.pageIndex}`} className="page-text" aria-label={`Text of page ${page.pageIndex + 1}`} onMouseUp={onMouseUp}>
          <MarkedText
            text={page.text}
            highlights={page.highlights}
            annotations={session.annotations.filter((annotation) => annotation.pageIndex === page.pageIndex)}
            colours={session.colours}
            onSelectAnnotation={session.setSelectedId}
          />
        </pre>
      </div>
      <AnnotationPanel
        session={session}
        documentId={page.documentId}
        isPdf={false}
        onJump={(annotation) => onGoToPage(annotation.pageIndex)}
        selectionAnchor={selection && anchorOf(selection)}
        onPlace={(annotation, anchor) => session.update(annotation, { anchor, pageIndex: page.pageIndex })}
      />
    </div>
  );
}
