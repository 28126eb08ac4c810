import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HighlightedText } from '../../components/HighlightedText';
import type { ReaderTarget } from '../shell/navigation';

/** Brings the first match into view when a page's text is shown (the <pre> is keyed per page). */
function scrollToFirstMatch(node: HTMLPreElement | null) {
  node?.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

/** A page as text with the search terms marked, until the PDF reader arrives. */
export function TextReaderScreen({ target }: { target: ReaderTarget }) {
  const api = useApi();
  // The shell gives each target its own key, so a new search result starts afresh here.
  const [pageIndex, setPageIndex] = useState(target.pageIndex);
  const page = useQuery({
    queryKey: queryKeys.page(target.documentId, pageIndex, target.terms),
    queryFn: () => api.search.page({ documentId: target.documentId, pageIndex, terms: target.terms }),
  });

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
          <pre ref={scrollToFirstMatch} key={`${target.documentId}-${pageIndex}`} className="page-text" aria-label={`Text of page ${pageIndex + 1}`}>
            <HighlightedText text={page.data.text} highlights={page.data.highlights} />
          </pre>
        </>
      )}
    </section>
  );
}
