import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ParagraphPrecedents, PrecedentRun } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** How often a whole-draft run is asked how far it has come. */
const pollMs = 250;

/** The precedents of one text (a paragraph of the draft or a selection); nothing while `text` is undefined. */
export function useTextPrecedents(text: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.precedents(text ?? ''),
    queryFn: () => api.precedents.find({ text: text! }),
    enabled: text !== undefined,
    // The library's instruments change only with an import; a precedent list stays right meanwhile.
    staleTime: 60_000,
  });
}

/**
 * Precedents for every paragraph of a draft: start a run, follow it (only the paragraphs not
 * yet received are asked for each time), cancel it. The paragraphs done stay when it stops.
 */
export function useDraftPrecedents(documentId: number) {
  const api = useApi();
  const [run, setRun] = useState<PrecedentRun>();
  const [paragraphs, setParagraphs] = useState<ParagraphPrecedents[]>([]);
  const [followError, setFollowError] = useState<unknown>();
  const received = useRef(0);

  const keep = (next: PrecedentRun, all: ParagraphPrecedents[]) => {
    received.current = all.length;
    setParagraphs(all);
    setRun(next);
  };
  const start = useMutation({
    mutationFn: () => api.precedents.startDraft({ documentId }),
    onMutate: () => setFollowError(undefined),
    onSuccess: (started) => keep(started, started.paragraphs),
  });
  // A cancelled run answers with all its paragraphs, those arrived since the last poll included.
  const cancel = useMutation({
    mutationFn: (runId: string) => api.precedents.cancel({ runId }),
    onSuccess: (stopped) => keep(stopped, stopped.paragraphs),
  });

  useEffect(() => {
    if (!run || run.state !== 'running') return;
    let live = true;
    const timer = setTimeout(() => {
      api.precedents.getRun({ runId: run.id, from: received.current }).then(
        (next) => {
          if (!live) return;
          setParagraphs((earlier) => {
            const all = [...earlier, ...next.paragraphs];
            received.current = all.length;
            return all;
          });
          setRun(next);
        },
        (error: unknown) => live && setFollowError(error),
      );
    }, pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, run]);

  return {
    run,
    paragraphs,
    error: start.error ?? cancel.error ?? followError,
    starting: start.isPending,
    start: () => start.mutate(),
    cancel: () => run && cancel.mutate(run.id),
  };
}
