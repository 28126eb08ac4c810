import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { interfaceLanguages, type InterfaceLanguage } from '../../../../electron/common/model';
import type { PackCitationStyle, PackExportRun } from '../../../../electron/common/packs';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { useFollowedRun } from '../../api/useFollowedRun';
import { useT } from '../../i18n/useT';

export interface PackExportOptions {
  format: PackExportRun['format'];
  citations?: PackCitationStyle;
}

/**
 * Exporting a pack from any screen: start() begins an export in the background (in the
 * interface's language, citations as footnotes unless asked otherwise), the run is followed
 * until it ends, and a finished file is handed to saveExportedFile (the browser's download,
 * or the desktop's save dialog). cancel() stops it; Chromium's print stops with it and no file
 * is made. `progress` says "3 of 7 steps" while it runs; `error` is the failure to show (a
 * failed run's own message, such as no Chromium to print with).
 */
export function usePackExport(packId: number) {
  const api = useApi();
  const t = useT();
  const { locale } = useIntl();
  const language = interfaceLanguages.find((candidate) => candidate === locale.split('-')[0]) as InterfaceLanguage | undefined;
  const [run, setRun] = useState<PackExportRun>();

  const { followError, clearFollowError } = useFollowedRun(run, setRun, (runId) => api.packs.getExport({ runId }), async (next) => {
    if (next.state === 'finished') saveExportedFile(await api.packs.takeExport({ runId: next.id }));
  });

  const start = useMutation({
    mutationFn: ({ format, citations }: PackExportOptions) => api.packs.startExport({ id: packId, format, citations, language }),
    onMutate: clearFollowError,
    onSuccess: setRun,
  });
  const cancel = useMutation({
    mutationFn: (runId: string) => api.packs.cancelExport({ runId }),
    onSuccess: setRun,
  });

  const running = run?.state === 'running';
  return {
    run,
    running,
    progress: running && run ? t('pack.export.progress', { done: run.done, total: run.total }) : null,
    error: start.error ?? cancel.error ?? followError ?? (run?.state === 'failed' ? new Error(run.message ?? '') : undefined),
    starting: start.isPending,
    start: (options: PackExportOptions) => start.mutate(options),
    cancel: () => run && running && cancel.mutate(run.id),
  };
}
