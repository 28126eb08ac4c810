import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { warmUpPdfWorker } from '../../reader/pdfjs';
import type { ReaderTarget } from '../shell/navigation';
import { PrecedentsBeside } from '../precedents/PrecedentsBeside';
import { DocumentHeader, type DocumentView } from './DocumentHeader';
import { PdfDocumentView } from './PdfDocumentView';
import { TextReaderScreen } from './TextReaderScreen';
import { useRecordOpening } from './useRecordOpening';
import { useLinkStatement } from '../positions/useLinkStatement';
import './reader.css';

/**
 * A document in the reader, under its header (title, symbol, revision): PDFs in the PDF
 * reader with annotations (a search result at its page with the matched words marked), or as
 * text at the user's choice; Word, text and Markdown documents, and PDFs whose original is
 * missing, as text.
 */
export function ReaderScreen({ target }: { target: ReaderTarget }) {
  const t = useT();
  const api = useApi();
  // The worker starts loading while the file is still on its way.
  warmUpPdfWorker();
  useRecordOpening(target.documentId);
  const linkStatement = useLinkStatement(target.documentId);
  const [view, setView] = useState<DocumentView>('pdf');
  // The page shown, kept across a switch between the PDF and its text.
  const [pageIndex, setPageIndex] = useState(target.pageIndex);
  // A search result opens at its passage; after a switch between PDF and text, the page shown is what counts.
  const [passageId, setPassageId] = useState(target.passageId);
  const switchView = (next: DocumentView) => {
    setPassageId(undefined);
    setView(next);
  };
  const original = useQuery({
    queryKey: queryKeys.original(target.documentId),
    queryFn: () => api.library.originalFile({ id: target.documentId }),
    enabled: view === 'pdf',
    staleTime: Infinity,
  });
  const isPdf = original.data?.mediaType === 'application/pdf';
  const asText = view === 'text' || (original.data !== undefined && !isPdf) || original.isError;
  // A draft has its precedents beside it (features/precedents); the list is DocumentHeader's, cached.
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  const isDraft = documents.data?.find((document) => document.id === target.documentId)?.kind === 'draft';
  const content = asText ? (
    <TextReaderScreen target={target} pageIndex={pageIndex} passageId={passageId} onPageChange={setPageIndex} />
  ) : original.data ? (
    <PdfDocumentView
      documentId={target.documentId}
      data={original.data.data}
      pageIndex={pageIndex}
      onPageChange={setPageIndex}
      annotationId={target.annotationId}
      passageId={passageId}
      markTerms={target.terms}
    />
  ) : (
    <p className="hint reader-loading">{t('reader.opening')}</p>
  );
  return (
    <section className="reader-screen" aria-labelledby="screen-title">
      <DocumentHeader documentId={target.documentId} view={isPdf ? view : undefined} onViewChange={switchView} />
      {linkStatement}
      {original.isError && <ErrorMessage title={t('reader.pdfMissing')} error={original.error} />}
      {/* Always there, so that learning the document's kind late does not open it again. */}
      <PrecedentsBeside key={target.documentId} documentId={target.documentId} enabled={isDraft}>
        {content}
      </PrecedentsBeside>
    </section>
  );
}
