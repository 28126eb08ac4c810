import { useEffect } from 'react';

/** What main's inbox holds (electron/main/openedFiles.ts): PDFs to import and library bundles to merge. */
const isBundle = (file: string) => file.toLowerCase().endsWith('.briefing');

/**
 * Hands on the files the system opened the desktop app with (a double-click, "Open with"):
 * those waiting when the screen shows, then each time more arrive. PDFs go together to
 * `onPdfs` (one import); a library bundle to `onBundle`, the first of an opening only, since a
 * bundle's import is one run at a time (main logs the others). Nothing in a browser.
 */
export function useOpenedFiles(onPdfs: (paths: string[]) => void, onBundle: (path: string) => void): void {
  useEffect(() => {
    const bridge = window.briefing;
    const takeOpenedFiles = bridge?.takeOpenedFiles;
    if (!takeOpenedFiles) return;
    let active = true;
    const take = () =>
      void takeOpenedFiles().then((paths) => {
        if (!active) return;
        const pdfs = paths.filter((file) => !isBundle(file));
        const bundle = paths.find(isBundle);
        if (pdfs.length > 0) onPdfs(pdfs);
        if (bundle) onBundle(bundle);
      });
    take();
    const unsubscribe = bridge.onFilesOpened?.(take);
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [onPdfs, onBundle]);
}
