import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** A document's summary (kind, title, symbol) from the library's list, the one DocumentHeader reads (cached); undefined while it loads. */
export function useDocumentSummary(documentId: number): DocumentSummary | undefined {
  const api = useApi();
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  return documents.data?.find((candidate) => candidate.id === documentId);
}
