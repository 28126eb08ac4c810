import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BundleRun } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { toImportSources } from '../../api/fileSources';
import { useFollowedRun } from '../../api/useFollowedRun';

/** What to start: an export of the library (or of chosen documents), or an import of a chosen file. */
export type BundleRequest = { direction: 'export'; documentIds?: number[] } | { direction: 'import'; file: File };

/**
 * A library bundle export or import followed to its end, as usePackExport follows a pack export:
 * start() begins it, the run is polled until it ends; a finished export's file is handed to
 * saveExportedFile (the browser's download, the desktop's save dialog), a finished import
 * refreshes everything shown (documents, packs, positions all may have changed). The picked
 * file travels as its path in the desktop app, as its bytes in the browser. cancel() stops it.
 */
export function useBundleRun() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BundleRun>();

  const { followError, clearFollowError } = useFollowedRun(run, setRun, (runId) => api.bundles.getRun({ runId }), async (next) => {
    if (next.state === 'finished' && next.direction === 'export') saveExportedFile(await api.bundles.takeExport({ runId: next.id }));
    if (next.state === 'finished' && next.direction === 'import') await queryClient.invalidateQueries();
  });

  const start = useMutation({
    mutationFn: async (request: BundleRequest) => {
      if (request.direction === 'export') return api.bundles.startExport({ documentIds: request.documentIds });
      const sources = await toImportSources([request.file]);
      return api.bundles.startImport(sources.paths ? { path: sources.paths[0] } : { file: sources.files![0] });
    },
    onMutate: () => {
      clearFollowError();
      setRun(undefined);
    },
    onSuccess: setRun,
  });
  const cancel = useMutation({
    mutationFn: (runId: string) => api.bundles.cancel({ runId }),
    onSuccess: setRun,
  });

  const running = run?.state === 'running';
  return {
    run,
    running,
    starting: start.isPending,
    error: start.error ?? cancel.error ?? followError ?? (run?.state === 'failed' ? new Error(run.message ?? '') : undefined),
    start: (request: BundleRequest) => start.mutate(request),
    cancel: () => run && running && cancel.mutate(run.id),
    reset: () => {
      start.reset();
      setRun(undefined);
      clearFollowError();
    },
  };
}
