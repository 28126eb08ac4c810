import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind, ImportBatch } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { toImportSources } from '../../api/fileSources';
import { queryKeys } from '../../api/queryKeys';

/** The import the user started last: start, follow, cancel, answer password prompts. */
export function useImportBatch() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [batchId, setBatchId] = useState<string | undefined>();

  const batch = useQuery({
    queryKey: queryKeys.importBatch(batchId ?? ''),
    queryFn: () => api.imports.getBatch({ batchId: batchId! }),
    enabled: batchId !== undefined,
    // Stops following a batch the host no longer knows (restarted): the panel offers Close.
    refetchInterval: (query) => (query.state.data?.state === 'running' && !query.state.error ? 250 : false),
  });

  const start = useMutation({
    // Files the user dropped or picked, or paths the desktop app was asked to open.
    mutationFn: async ({ files, paths, kind }: { files?: File[]; paths?: string[]; kind?: DocumentKind }) =>
      api.imports.start({ ...(paths ? { paths } : await toImportSources(files ?? [])), kind }),
    onSuccess: (started) => showBatch(started),
  });
  const cancel = useMutation({
    mutationFn: () => api.imports.cancel({ batchId: batchId! }),
    onSuccess: (updated) => showBatch(updated),
  });
  const retryWithPassword = useMutation({
    mutationFn: ({ index, password }: { index: number; password: string }) =>
      api.imports.retryWithPassword({ batchId: batchId!, index, password }),
    onSuccess: (updated) => showBatch(updated),
  });

  const { mutate: startMutate, reset: resetStart } = start;
  const { reset: resetCancel } = cancel;
  const { reset: resetRetry } = retryWithPassword;
  const startBatch = useCallback(
    (sources: { files?: File[]; paths?: string[] }, kind?: DocumentKind) => {
      resetCancel();
      resetRetry();
      resetStart();
      startMutate({ ...sources, kind });
    },
    [startMutate, resetStart, resetCancel, resetRetry],
  );

  const startFiles = useCallback((files: File[], kind?: DocumentKind) => startBatch({ files }, kind), [startBatch]);
  const startPaths = useCallback((paths: string[]) => startBatch({ paths }), [startBatch]);

  function showBatch(updated: ImportBatch) {
    queryClient.setQueryData(queryKeys.importBatch(updated.id), updated);
    setBatchId(updated.id);
  }

  // Each file that lands changes the library: refresh the list as the batch goes.
  const filesDone = batch.data?.filesDone;
  const lastFilesDone = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (filesDone === undefined || filesDone === lastFilesDone.current) return;
    lastFilesDone.current = filesDone;
    void queryClient.invalidateQueries({ queryKey: queryKeys.library });
  }, [filesDone, queryClient]);

  return {
    batch: batch.data,
    error: start.error ?? cancel.error ?? retryWithPassword.error ?? batch.error,
    starting: start.isPending,
    /** The batch shown can no longer be followed (the host restarted): only Close is left. */
    lost: batch.isError,
    start: startFiles,
    /** Imports files on this machine by path (the desktop app's opened files). */
    startPaths,
    cancel: () => cancel.mutate(),
    retryWithPassword: (index: number, password: string) => retryWithPassword.mutate({ index, password }),
    dismiss: () => setBatchId(undefined),
  };
}
