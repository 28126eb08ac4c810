import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

export function StatusBar() {
  const api = useApi();
  const status = useQuery({
    queryKey: queryKeys.status(),
    queryFn: () => api.library.getStatus({}),
  });
  let text = 'Connecting to the library…';
  if (status.isError) text = 'Library unavailable';
  if (status.data) {
    const documents = status.data.counts.documents ?? 0;
    text = `Library: ${status.data.dataDir} · schema ${status.data.schemaVersion} · ${documents} document${documents === 1 ? '' : 's'}`;
  }
  return (
    <footer className="status-bar" role="status" aria-label="Library status">
      {text}
    </footer>
  );
}
