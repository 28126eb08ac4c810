import type { ExportedFile } from '../../../electron/common/model';

export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands an exported file to the user: the browser's download, or in the desktop app the
 * save dialog Electron shows for a download.
 */
export function saveExportedFile(file: ExportedFile, win: Window = window): void {
  const url = URL.createObjectURL(new Blob([decodeBase64(file.dataBase64)], { type: file.mediaType }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
