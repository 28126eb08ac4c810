import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnnotationAnchor } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PdfReader } from '../../reader/PdfReader';
import { warmUpPdfWorker } from '../../reader/pdfjs';
import type { ReaderTarget } from '../shell/navigation';
import { AnnotationExport } from './AnnotationExport';
import { AnnotationSidebar } from './AnnotationSidebar';
import { HistoryButtons } from './HistoryButtons';
import { TextReaderScreen } from './TextReaderScreen';
import { useAnnotations } from './useAnnotations';
import { useUndoKeys } from './useUndoKeys';

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
  const { annotations, colours, error, create, update, remove, undo, redo, renameColour } = useAnnotations(documentId);
  const [activeColour, setActiveColour] = useState('key');
  const [selectedId, setSelectedId] = useState<number | undefined>(annotationId);
  const [focusNoteOf, setFocusNoteOf] = useState<number>();
  const [selectionAnchor, setSelectionAnchor] = useState<AnnotationAnchor>();
  const [jump, setJump] = useState({ pageIndex, nonce: 0 });
  useUndoKeys(undo.run, redo.run);
  return (
    <section className="reader-layout" aria-label="Reader">
      <div className="reader-main">
        {error && <ErrorMessage title="The change was not saved" error={error} />}
        <PdfReader
          data={data}
          annotations={annotations}
          colours={colours}
          jump={jump}
          markTerms={markTerms}
          onMark={(kind, anchor) =>
            create({ kind, colour: activeColour, anchor }, (created) => {
              setSelectedId(created.id);
              // A note or comment is nothing until it is written: its text box takes the focus.
              if (kind === 'note' || kind === 'comment') setFocusNoteOf(created.id);
            })
          }
          onSelectAnnotation={setSelectedId}
          onSelectionChange={setSelectionAnchor}
        />
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
          setJump((current) => ({ pageIndex: annotation.pageIndex, nonce: current.nonce + 1 }));
        }}
        onChange={update}
        onDelete={remove}
        selectionAnchor={selectionAnchor}
        onPlace={(annotation, anchor) => update(annotation, { anchor })}
      >
        <HistoryButtons undo={undo} redo={redo} />
        <AnnotationExport documentId={documentId} isPdf />
      </AnnotationSidebar>
    </section>
  );
}
