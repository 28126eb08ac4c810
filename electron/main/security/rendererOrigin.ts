import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The only page our windows may show and the only frames our IPC answers: the built
 * renderer's index.html, or electron-vite's dev server while developing.
 */
export function rendererEntry(mainDir: string): { url: string; file?: string } {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (devServer) return { url: devServer };
  const file = path.join(mainDir, '../renderer/index.html');
  return { url: pathToFileURL(file).href, file };
}

export function isRendererUrl(candidate: string, entryUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  const entry = new URL(entryUrl);
  if (entry.protocol === 'file:') return url.protocol === 'file:' && url.pathname === entry.pathname;
  return url.origin === entry.origin;
}

/**
 * Downloads the shell lets through: only files the renderer made itself (exports, as blob:
 * URLs of its own page). Anything else a page might start is refused.
 */
export function isExportDownload(candidate: string, entryUrl: string): boolean {
  if (!candidate.startsWith('blob:')) return false;
  return isRendererUrl(candidate.slice('blob:'.length), entryUrl) || new URL(entryUrl).protocol === 'file:';
}
