import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { PositionCardEditor } from '../packs/editing/PositionCardEditor';

/**
 * Our card on an article of a revision, opened from the compilation matrix: delegates keep
 * cards outside packs too. The card is read afresh when the dialog opens (a pack may have
 * changed it meanwhile); closing the dialog sends what was typed last.
 */
export function PositionCardDialog({ revisionDocumentId, articleLabel, onClose }: { revisionDocumentId: number; articleLabel: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const card = useQuery({
    queryKey: queryKeys.positionCard(revisionDocumentId, articleLabel),
    queryFn: () => api.positions.card({ revisionDocumentId, articleLabel }),
    staleTime: 0,
  });
  return (
    <AppDialog title={t('positionCard.dialogTitle', { article: articleLabel })} closeLabel={t('positionCard.close')} isOpen onClose={onClose} className="position-card-dialog">
      {card.isError && <ErrorMessage title={t('positionCard.notLoaded')} error={card.error} />}
      {/* Only once read afresh, so the editor never starts from an older copy in the cache. */}
      {card.isFetchedAfterMount && card.isSuccess && <PositionCardEditor revisionDocumentId={revisionDocumentId} articleLabel={articleLabel} card={card.data} />}
    </AppDialog>
  );
}
