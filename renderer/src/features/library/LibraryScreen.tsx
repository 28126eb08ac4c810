import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { DocumentKind } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { DropZone } from '../import/DropZone';
import { ImportControls } from '../import/ImportControls';
import { ImportProgress } from '../import/ImportProgress';
import { useImportBatch } from '../import/useImportBatch';
import { useOpenedFiles } from '../import/useOpenedFiles';
import { useBundleControls } from './useBundleControls';
import { FirstRun } from './FirstRun';
import { LibraryBrowser } from './LibraryBrowser';
import './library.css';

/** The Library: importing, and the documents in three panes; an empty library says what Briefing does. */
export function LibraryScreen() {
  const t = useT();
  const api = useApi();
  const documents = useQuery({
    queryKey: queryKeys.documents({}),
    queryFn: () => api.library.listDocuments({}),
  });
  const importer = useImportBatch();
  const bundles = useBundleControls(Boolean(documents.data?.length));
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const busy = importer.starting || (importer.batch?.state === 'running' && !importer.lost);
  const { start, startPaths } = importer;
  const onFiles = useCallback((files: File[]) => start(files, kind ?? undefined), [start, kind]);
  useOpenedFiles(startPaths);
  const empty = documents.data?.length === 0;
  const importControls = <ImportControls disabled={busy} kind={kind} onKindChange={setKind} onFiles={onFiles} className={empty ? 'import-controls-first-run' : undefined} />;
  const notices = (
    <div className="library-notices">
      {importer.error && <ErrorMessage title={t('import.failed')} error={importer.error} />}
      {importer.starting && <p className="hint">{t('import.preparing')}</p>}
      {importer.batch && (
        <ImportProgress
          batch={importer.batch}
          onCancel={importer.cancel}
          onPassword={importer.retryWithPassword}
          onDismiss={importer.dismiss}
          lost={importer.lost}
        />
      )}
      {documents.isPending && <p className="hint">{t('library.loading')}</p>}
      {documents.isError && <ErrorMessage title={t('library.loadFailed')} error={documents.error} />}
    </div>
  );
  return (
    <section aria-labelledby="screen-title" className="screen library-screen">
      {documents.data && documents.data.length > 0 ? (
        <LibraryBrowser documents={documents.data} importControls={importControls} bundleControls={bundles.buttons} notices={notices} />
      ) : (
        <>
          <ScreenToolbar title={t('library.title')}>{bundles.buttons([], false)}</ScreenToolbar>
          {notices}
          {empty && <FirstRun importControls={importControls} />}
        </>
      )}
      <DropZone onFiles={onFiles} disabled={busy} />
      {bundles.dialogs}
    </section>
  );
}
