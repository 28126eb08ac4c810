/**
 * pdf.js for Node-side code (extraction workers). pdfjs-dist 6 declares Node 22; on Node 20
 * it lacks Promise.withResolvers and ArrayBuffer.prototype.transferToFixedLength (ES2024; used
 * when fonts are loaded for an operator list), added here before the library loads.
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

/** ES2024 ArrayBuffer.prototype.transferToFixedLength, as a copy (the original stays usable, which the spec would detach). */
function polyfillTransferToFixedLength(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  // oxlint-disable-next-line no-extend-native -- the ES2024 method pdf.js calls, added only where Node 20 lacks it
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  polyfillPromiseWithResolvers();
  polyfillTransferToFixedLength();
  const nativePush = Array.prototype.push;
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    // The legacy build's core-js replaces Array.prototype.push on Node 20 over a spec corner
    // (push onto a frozen length) that pdf.js never meets; the JS version costs about 10% of
    // extraction time (measured over the corpus). Workers run nothing else, so put it back.
    // oxlint-disable-next-line no-extend-native -- restoring the native method, not extending
    Array.prototype.push = nativePush;
    return pdfjs;
  });
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

/**
 * Opens a PDF for reading its text, locked down: no XFA, no font loading, no scripting.
 * The caller destroys the returned loading task when done.
 */
export async function openPdfForText(data: Uint8Array, password: string | undefined) {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument({
    data,
    password,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapPacked: true,
    ...pdfjsDataUrls(),
  });
}
