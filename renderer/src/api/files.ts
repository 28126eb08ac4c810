import type { ExportedFile } from '../../../electron/common/model';

/**
 * Hands an exported file to the user: the browser's download, or in the desktop app the
 * save dialog Electron shows for a download.
 */
export function saveExportedFile(file: ExportedFile, win: Window = window): void {
  const url = URL.createObjectURL(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mediaType }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
