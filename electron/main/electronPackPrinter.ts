/**
 * Packs printed to PDF by Electron's own Chromium (webContents.printToPDF), so the desktop app
 * needs no browser installed. The page is loaded from a temporary file into a hidden window of
 * its own (never shown), in an in-memory session that may fetch nothing but that file, sandboxed, with
 * JavaScript off: the pack's HTML is ours and escaped, and even so nothing in it can run.
 */
import { BrowserWindow, session } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../common/errors';
import type { PackPrinter } from '../core/packs/export/packPrinter';

/** A printer over hidden windows, one per print, closed when it ends or is cancelled. */
export function electronPackPrinter(): PackPrinter {
  // The pages being printed; the print session fetches these files and nothing else. One
  // filter for all, so two exports at once do not shut each other out.
  const allowed = new Set<string>();
  let printSession: Electron.Session | undefined;
  const openSession = () => {
    if (!printSession) {
      printSession = session.fromPartition('briefing-pack-print');
      printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    }
    return printSession;
  };
  return {
    async print(html, signal) {
      signal.throwIfAborted();
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-print-'));
      const page = path.join(folder, 'pack.html');
      fs.writeFileSync(page, html);
      const pageUrl = pathToFileURL(page).href;
      allowed.add(pageUrl);
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: openSession(), sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
      });
      const onAbort = () => {
        if (!window.isDestroyed()) window.destroy();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        await window.loadURL(pageUrl);
        signal.throwIfAborted();
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, displayHeaderFooter: false });
        signal.throwIfAborted();
        return new Uint8Array(pdf);
      } catch (error) {
        if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError');
        throw new AppError('internal', `The pack could not be printed (${(error as Error).message}). Try again, or export to Word.`);
      } finally {
        signal.removeEventListener('abort', onAbort);
        onAbort();
        allowed.delete(pageUrl);
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
