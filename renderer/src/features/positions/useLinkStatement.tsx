import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useCommand } from '../../commands/CommandRegistry';
import { LinkStatementDialog } from './LinkStatementDialog';

/**
 * "Link statement to draft…" for the reader: enabled while the document shown is a statement,
 * it opens the linker's one-pass review of that statement. Returns the dialog to render (null while closed).
 */
export function useLinkStatement(documentId: number): ReactNode {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  const isStatement = documents.data?.find((document) => document.id === documentId)?.kind === 'statement';
  useCommand('positions.linkStatement', () => setOpen(true), isStatement);
  return open ? <LinkStatementDialog sourceDocumentId={documentId} onClose={() => setOpen(false)} /> : null;
}
