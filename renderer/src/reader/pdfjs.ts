import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
// oxlint-disable-next-line import/default -- a Vite '?url' import: the bundler gives the worker file's address
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

let sharedWorker: PDFWorker | undefined;

/**
 * One pdf.js worker for the whole session, started ahead of the first document: loading and
 * compiling the worker script is a good part of the time to a first page.
 */
export function warmUpPdfWorker(): PDFWorker {
  sharedWorker ??= new PDFWorker();
  return sharedWorker;
}

/**
 * Opens a PDF locked down: pdf.js runs in its own worker, no XFA, no document scripting
 * (pdfjs-dist 6 has no eval path left to disable). CMaps and standard fonts are served with
 * the app, never fetched from elsewhere.
 */
export function openPdf(data: Uint8Array): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> } {
  const base = new URL('./pdfjs/', document.baseURI).href;
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: give it a copy, so the cached file
    // can be opened again.
    data: data.slice(),
    worker: warmUpPdfWorker(),
    enableXfa: false,
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}
