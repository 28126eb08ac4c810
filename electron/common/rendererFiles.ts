/**
 * How the built renderer's files (out/renderer) are served, the same way by both hosts: the
 * loopback HTTP host of browser mode and the app:// protocol of the Electron window.
 */
import { contentSecurityPolicy } from './contentSecurityPolicy';

/** Media types by file extension, for every kind of file the renderer build writes. */
const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  // pdf.js's packed CMaps and Type 1 standard fonts: fetched as bytes, never rendered as such.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type of a renderer file, from its name's extension (case-insensitive);
 * application/octet-stream for any other (with nosniff, the browser then runs or shows nothing).
 */
export function rendererMediaType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > fileName.lastIndexOf('/') ? fileName.slice(dot).toLowerCase() : '';
  return mediaTypes[extension] ?? 'application/octet-stream';
}

/**
 * Headers sent with every response of either host (renderer files, and the HTTP host's API
 * answers). The CSP as a header also carries frame-ancestors,
 * which browsers ignore in a meta tag (CSP Level 3, section 6.4.2): no page may frame ours.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
