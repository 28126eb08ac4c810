import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FolderInput, FolderMinus } from 'lucide-react';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { FamilyFilingDialog } from './FamilyFilingDialog';

/** For a draft's details: file it in a family by hand (or change its place there), or take it out. */
export function FamilyFilingActions({ document }: { document: DocumentSummary }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const [filing, setFiling] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.revisions.removeFromFamily({ documentId: document.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.library }),
  });
  return (
    <div className="detail-family-actions">
      <div className="button-row">
        <Button onPress={() => setFiling(true)}>
          <FolderInput aria-hidden size={14} />
          {document.revision ? t('library.family.move') : t('library.family.fileIn')}
        </Button>
        {document.revision && (
          <Button onPress={() => remove.mutate()} isDisabled={remove.isPending}>
            <FolderMinus aria-hidden size={14} />
            {t('library.family.remove')}
          </Button>
        )}
      </div>
      {remove.isError && <ErrorMessage title={t('library.family.notRemoved')} error={remove.error} />}
      {filing && <FamilyFilingDialog document={document} onClose={() => setFiling(false)} />}
    </div>
  );
}
