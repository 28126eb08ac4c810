/**
 * What prints a pack's HTML to PDF. The host chooses it: the system's Chromium headless in
 * browser mode and the CLI (chromiumPrinter.ts), Electron's own webContents.printToPDF in the
 * app (electron/main/electronPackPrinter.ts). Either way Chromium lays the page out, so
 * Arabic and Chinese are shaped by HarfBuzz and ordered by its bidi algorithm.
 */
export interface PackPrinter {
  /**
   * The PDF of a whole HTML document (UTF-8, self-contained: it loads nothing and runs no
   * script), its CSS page size and margins honoured (`preferCSSPageSize`), its internal
   * links kept as PDF links, its headings as the PDF's outline where the printer can.
   * Rejects with an AbortError when `signal` aborts (the printing process is stopped), or
   * with an AppError saying what failed.
   */
  print(html: string, signal: AbortSignal): Promise<Uint8Array>;
  /** Ends what the printer keeps running (a warm browser), when the engine closes. */
  close?(): Promise<void>;
}
