import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { DocumentKind } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DropZone } from '../import/DropZone';
import { ImportControls } from '../import/ImportControls';
import { ImportProgress } from '../import/ImportProgress';
import { useImportBatch } from '../import/useImportBatch';
import { DocumentTable } from './DocumentTable';

export function LibraryScreen() {
  const api = useApi();
  const documents = useQuery({
    queryKey: queryKeys.documents({}),
    queryFn: () => api.library.listDocuments({}),
  });
  const importer = useImportBatch();
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const busy = importer.starting || (importer.batch?.state === 'running' && !importer.lost);
  const { start } = importer;
  const onFiles = useCallback((files: File[]) => start(files, kind || undefined), [start, kind]);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Library</h1>
      <ImportControls disabled={busy} kind={kind} onKindChange={setKind} onFiles={onFiles} />
      <DropZone onFiles={onFiles} disabled={busy} />
      {importer.error && <ErrorMessage title="The import could not go on" error={importer.error} />}
      {importer.starting && <p>Preparing the files…</p>}
      {importer.batch && (
        <ImportProgress
          batch={importer.batch}
          onCancel={importer.cancel}
          onPassword={importer.retryWithPassword}
          onDismiss={importer.dismiss}
          lost={importer.lost}
        />
      )}
      {documents.isPending && <p>Loading the library…</p>}
      {documents.isError && (
        <ErrorMessage title="The library could not be loaded" error={documents.error} />
      )}
      {documents.data?.length === 0 && (
        <div className="empty-state">
          <h2>Your library is empty</h2>
          <p>
            Import drafts and their revisions, States&apos; statements and precedent instruments
            such as the Rome Statute: PDF, Word, text or Markdown files, or whole folders. Drop
            them here or use Import files….
          </p>
        </div>
      )}
      {documents.data && documents.data.length > 0 && <DocumentTable documents={documents.data} />}
    </section>
  );
}
