import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useT } from '../../i18n/useT';

/** The library's size and place, in the user's language. */
export function StatusBar() {
  const api = useApi();
  const t = useT();
  const status = useQuery({
    queryKey: queryKeys.status(),
    queryFn: () => api.library.getStatus({}),
  });
  let text = t('status.connecting');
  if (status.isError) text = t('status.unavailable');
  if (status.data) text = t('status.library', { count: status.data.counts.documents ?? 0, dataDir: status.data.dataDir });
  return (
    <footer className="status-bar" role="status" aria-label={t('status.label')}>
      {text}
    </footer>
  );
}
