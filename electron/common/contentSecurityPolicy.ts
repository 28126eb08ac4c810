/**
 * The renderer's Content-Security-Policy, sent by the HTTP host as a header and written into
 * index.html as a meta tag for the Electron window. No inline or eval'd script anywhere;
 * pdf.js workers and page images come from our own origin or blob: URLs.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // WebAssembly only (pdf.js's colour-profile and image decoders); no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
