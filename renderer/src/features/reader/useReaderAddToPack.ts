import type { DocumentPassage } from '../../../../electron/common/model';
import { annotationRequest, pageCitation, selectionRequest } from '../packs/addToPack/packItemRequests';
import { useAddToPackCommand } from '../packs/addToPack/useAddToPack';
import { paragraphHolding } from '../precedents/readerSelection';
import type { SelectedWords } from '../positions/useRecordPosition';
import { useDocumentSummary } from './useDocumentSummary';

/**
 * "Add to pack…" (Ctrl+Shift+B, the toolbar button) in a document: the words selected, cited by
 * the paragraph or article holding them when there is one, else by the page; with nothing
 * selected, the mark chosen in the Comments pane.
 */
export function useReaderAddToPack({
  documentId,
  selected,
  hasSelection,
  passages,
  annotationId,
}: {
  documentId: number;
  /** The words selected now, read when the command runs. */
  selected: () => SelectedWords | undefined;
  hasSelection: boolean;
  passages: readonly DocumentPassage[] | undefined;
  /** The mark chosen in the Comments pane. */
  annotationId: number | undefined;
}): void {
  // The document's kind (a draft's articles choose the section) and how to cite a page of it.
  const document = useDocumentSummary(documentId);
  const isDraft = document?.kind === 'draft';
  useAddToPackCommand(() => {
    const words = selected();
    if (words && document) {
      const passage = paragraphHolding(passages ?? [], words.quote);
      return selectionRequest({ documentId, quote: words.quote, pageIndex: words.pageIndex, passage, fallbackCitation: pageCitation(document, words.pageIndex), isDraft });
    }
    return annotationId === undefined ? undefined : annotationRequest(annotationId, isDraft);
  }, document !== undefined && (hasSelection || annotationId !== undefined));
}
