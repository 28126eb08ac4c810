import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnnotationAnchor } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PdfReader } from '../../reader/PdfReader';
import { warmUpPdfWorker } from '../../reader/pdfjs';
import type { ReaderTarget } from '../shell/navigation';
import { AnnotationPanel, useAnnotationSession } from './AnnotationPanel';
import { TextReaderScreen } from './TextReaderScreen';

/**
 * A document in the reader: PDFs in the PDF reader with annotations (a search result at its
 * page with the matched words marked); Word, text and Markdown documents, and PDFs whose
 * original is missing, as text.
 */
export function ReaderScreen({ target }: { target: ReaderTarget }) {
  const api = useApi();
  // The worker starts loading while the file is still on its way.
  warmUpPdfWorker();
  const [asPdf, setAsPdf] = useState(true);
  const original = useQuery({
    queryKey: queryKeys.original(target.documentId),
    queryFn: () => api.library.originalFile({ id: target.documentId }),
    enabled: asPdf,
    staleTime: Infinity,
  });
  if (!asPdf || (original.data && original.data.mediaType !== 'application/pdf') || original.isError) {
    return (
      <>
        {original.isError && <ErrorMessage title="The PDF cannot be opened; showing its text" error={original.error} />}
        {!asPdf && (
          <button type="button" onClick={() => setAsPdf(true)}>
            Open the PDF
          </button>
        )}
        <TextReaderScreen target={target} />
      </>
    );
  }
  if (!original.data) return <p>Opening the document…</p>;
  return (
    <>
      {target.terms.length > 0 && (
        <button type="button" onClick={() => setAsPdf(false)}>
          Show as text
        </button>
      )}
      <PdfWithAnnotations
        documentId={target.documentId}
        data={original.data.data}
        pageIndex={target.pageIndex}
        annotationId={target.annotationId}
        markTerms={target.terms}
      />
    </>
  );
}

function PdfWithAnnotations({
  documentId,
  data,
  pageIndex,
  annotationId,
  markTerms,
}: {
  documentId: number;
  data: Uint8Array;
  pageIndex: number;
  annotationId?: number;
  markTerms: string[];
}) {
  const session = useAnnotationSession(documentId, annotationId);
  const [selectionAnchor, setSelectionAnchor] = useState<AnnotationAnchor>();
  const [jump, setJump] = useState({ pageIndex, nonce: 0 });
  return (
    <section className="reader-layout" aria-label="Reader">
      <div className="reader-main">
        {session.error && <ErrorMessage title="The change was not saved" error={session.error} />}
        <PdfReader
          data={data}
          annotations={session.annotations}
          colours={session.colours}
          jump={jump}
          markTerms={markTerms}
          onMark={(kind, anchor) => session.mark(kind, anchor)}
          onSelectAnnotation={session.setSelectedId}
          onSelectionChange={setSelectionAnchor}
        />
      </div>
      <AnnotationPanel
        session={session}
        documentId={documentId}
        isPdf
        onJump={(annotation) => setJump((current) => ({ pageIndex: annotation.pageIndex, nonce: current.nonce + 1 }))}
        selectionAnchor={selectionAnchor}
        onPlace={(annotation, anchor) => session.update(annotation, { anchor })}
      />
    </section>
  );
}
