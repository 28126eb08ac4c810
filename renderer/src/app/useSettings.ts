import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../electron/common/model';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../api/queryKeys';

/** What the interface uses until the library has answered: follow the system. */
const systemDefaults: Settings = { language: 'system', theme: 'system', authorName: '', delegationStateCode: '' };

/** The user's preferences (language, theme) from the library, and a way to change them. */
export function useSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.settings(), queryFn: () => api.settings.get({}), staleTime: Infinity });
  const update = useMutation({
    mutationFn: (patch: Partial<Settings>) => api.settings.update({ patch }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings(), settings),
  });
  return { settings: query.data ?? systemDefaults, loaded: query.isSuccess, update: update.mutate, updateError: update.error };
}
