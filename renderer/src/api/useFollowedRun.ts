import { useEffect, useRef, useState } from 'react';

/** How often a running background run is asked how far it has come. */
const pollMs = 250;

/**
 * Follows a background run (a pack export, a bundle export or import) while it is running:
 * asks `fetch` for it every 250 ms, lets `arrived` act on each answer before it is shown (a
 * finished export's file is taken first, so a second export cannot race it), then hands it to
 * `setRun`. The failure to follow it (the host gone) is returned, to show.
 */
export function useFollowedRun<R extends { id: string; state: string }>(run: R | undefined, setRun: (run: R) => void, fetch: (runId: string) => Promise<R>, arrived: (run: R) => Promise<void> = async () => undefined): { followError: unknown; clearFollowError: () => void } {
  const [followError, setFollowError] = useState<unknown>();
  // The caller's latest callbacks, so that the run alone drives the polling.
  const callbacks = useRef({ setRun, fetch, arrived });
  useEffect(() => {
    callbacks.current = { setRun, fetch, arrived };
  });
  useEffect(() => {
    if (!run || run.state !== 'running') return;
    let live = true;
    const timer = setTimeout(() => {
      callbacks.current
        .fetch(run.id)
        .then(async (next) => {
          if (!live) return;
          await callbacks.current.arrived(next);
          if (live) callbacks.current.setRun(next);
        })
        .catch((error: unknown) => live && setFollowError(error));
    }, pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [run]);
  return { followError, clearFollowError: () => setFollowError(undefined) };
}
