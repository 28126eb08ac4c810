import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/**
 * The draft revision a Positions tab shows (the matrix, the brackets): the one chosen, else the
 * newest draft; the drafts as choices for the revision select; and each State's name in the
 * interface language, by ISO code (undefined while the catalogue loads).
 */
export function useDraftRevisionChoice() {
  const intl = useIntl();
  const api = useApi();
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const [chosenRevision, setChosenRevision] = useState<number>();
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const names = new Map((states.data ?? []).map((state) => [state.code, state.names[language]]));
  return {
    drafts,
    revisionId: chosenRevision ?? drafts.data?.[0]?.id,
    choose: setChosenRevision,
    choices: (drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title })),
    stateName: (code: string) => names.get(code),
  };
}
