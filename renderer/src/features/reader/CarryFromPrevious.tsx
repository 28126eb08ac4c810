import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useCommand } from '../../commands/CommandRegistry';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

/**
 * Reader → Bring marks from the previous revision (also in the command palette), offered on
 * a later revision of a draft: the marks of the revision just before are carried again, those
 * already here are not copied twice. Says what it did, under the panel's actions.
 */
export function CarryFromPrevious({ documentId }: { documentId: number }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  // The same list the document header reads: it says which revision this is.
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  const revision = documents.data?.find((document) => document.id === documentId)?.revision;
  const hasEarlier = revision !== undefined && revision !== null && (documents.data ?? []).some((other) => other.revision?.familyId === revision.familyId && other.revision.ordinal < revision.ordinal);
  const carrying = useMutation({
    mutationFn: () => api.annotations.carryFromPrevious({ documentId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.annotations(documentId) }),
  });
  useCommand('reader.carryOver', () => carrying.mutate(), hasEarlier && !carrying.isPending);
  const result = carrying.data;
  return (
    <div className="carry-status" aria-live="polite">
      {carrying.isPending && <p className="hint">{t('reader.carrying')}</p>}
      {result && (
        <p className="hint">
          {t('reader.carryResult', {
            count: result.unchanged + result.changed + result.moved + result.notFound + result.byPage,
            revision: result.fromSymbol ?? result.fromRevision,
            already: result.alreadyCarried,
            review: result.moved + result.notFound,
          })}
        </p>
      )}
      {carrying.error && <ErrorMessage title={t('reader.carryFailed')} error={carrying.error} />}
    </div>
  );
}
