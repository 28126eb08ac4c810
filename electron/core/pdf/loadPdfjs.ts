/**
 * pdf.js for Node-side code (extraction workers). pdfjs-dist 6 declares Node 22; on Node 20
 * it only lacks Promise.withResolvers, added here before the library loads.
 */
import { createRequire } from 'node:module';
import path from 'node:path';


type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

function polyfillPromiseWithResolvers(): void {
  if ('withResolvers' in Promise) return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: withResolvers,
  });
}

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  polyfillPromiseWithResolvers();
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Where pdf.js finds CMaps (needed to decode CJK text) and the standard 14 fonts' data. */
export function pdfjsDataUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  // pdf.js in Node reads these with fs when given file paths ending in a separator.
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}

