import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DocumentTable } from './DocumentTable';

export function LibraryScreen() {
  const api = useApi();
  const documents = useQuery({
    queryKey: queryKeys.documents({}),
    queryFn: () => api.library.listDocuments({}),
  });
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Library</h1>
      {documents.isPending && <p>Loading the library…</p>}
      {documents.isError && (
        <ErrorMessage title="The library could not be loaded" error={documents.error} />
      )}
      {documents.data?.length === 0 && (
        <div className="empty-state">
          <h2>Your library is empty</h2>
          <p>
            Drafts and their revisions, States&apos; statements and precedent instruments such
            as the Rome Statute will be listed here once imported.
          </p>
        </div>
      )}
      {documents.data && documents.data.length > 0 && <DocumentTable documents={documents.data} />}
    </section>
  );
}
