import { useEffect } from 'react';

/**
 * Calls `onPaths` with the PDFs the system opened the desktop app with (a double-click, "Open
 * with"): those waiting when the screen shows, then each time more arrive. Nothing in a browser.
 */
export function useOpenedFiles(onPaths: (paths: string[]) => void): void {
  useEffect(() => {
    const bridge = window.briefing;
    const takeOpenedFiles = bridge?.takeOpenedFiles;
    if (!takeOpenedFiles) return;
    let active = true;
    const take = () =>
      void takeOpenedFiles().then((paths) => {
        if (active && paths.length > 0) onPaths(paths);
      });
    take();
    const unsubscribe = bridge.onFilesOpened?.(take);
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [onPaths]);
}
