import type { UploadedFile } from '../../../electron/common/api';

/**
 * What to send for files the user picked or dropped: in the desktop app, their paths (read in
 * place, nothing copied through the page); in the browser, their bytes.
 */
export async function toImportSources(
  files: File[],
  win: Window = window,
): Promise<{ paths?: string[]; files?: UploadedFile[] }> {
  const bridge = win.briefing;
  if (bridge) return { paths: files.map((file) => bridge.pathForFile(file)) };
  return { files: await Promise.all(files.map(async (file) => ({ name: file.name, dataBase64: await toBase64(file) }))) };
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
