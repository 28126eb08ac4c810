import { describe, expect, it } from 'vitest';
import { appEntryUrl, isExportDownload, isRendererUrl, rendererEntryUrl } from '../../electron/main/security/rendererOrigin';

const devEntry = 'http://localhost:5173/';
const blobId = '0b3c2f1e-1111-4a4a-9c9c-123456789abc';

describe('what the shell lets a page reach', () => {
  it('opens app://briefing/index.html, or the dev server when one is named', () => {
    expect(rendererEntryUrl(undefined)).toBe('app://briefing/index.html');
    expect(rendererEntryUrl('')).toBe(appEntryUrl);
    expect(rendererEntryUrl(devEntry)).toBe(devEntry);
  });

  it('allows only the renderer’s own origin to be shown', () => {
    expect(isRendererUrl(appEntryUrl, appEntryUrl)).toBe(true);
    expect(isRendererUrl('app://briefing/index.html#/reader/3', appEntryUrl)).toBe(true);
    expect(isRendererUrl('app://briefing/', appEntryUrl)).toBe(true);
    expect(isRendererUrl('http://localhost:5173/#/reader', devEntry)).toBe(true);
  });

  // Each of these passed, or could pass, a check that compared only paths or URL.origin
  // (which is "null" for every app: and file: URL alike).
  it.each([
    'file://other-host/opt/Briefing/resources/app/out/renderer/index.html',
    'file:///opt/Briefing/resources/app/out/renderer/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://briefing.evil/index.html',
    'app://briefing:1234/index.html',
    'app://user@briefing/index.html',
    'app://briefing:secret@briefing/index.html',
    'app:///index.html',
    'https://briefing/index.html',
    'https://example.org/',
    'http://localhost:5173/',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<script>alert(1)</script>',
    `blob:app://briefing/${blobId}`,
    'javascript:alert(1)',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses to show %s in place of app://briefing', (url) => {
    expect(isRendererUrl(url, appEntryUrl)).toBe(false);
  });

  it('refuses other ports, hosts and schemes than the dev server’s', () => {
    expect(isRendererUrl('http://localhost:6000/', devEntry)).toBe(false);
    expect(isRendererUrl('https://localhost:5173/', devEntry)).toBe(false);
    expect(isRendererUrl('http://127.0.0.1:5173/', devEntry)).toBe(false);
    expect(isRendererUrl('app://briefing/index.html', devEntry)).toBe(false);
  });

  it('trusts no entry that is itself a file:, data: or malformed address', () => {
    const fileEntry = 'file:///opt/Briefing/resources/app/out/renderer/index.html';
    expect(isRendererUrl(fileEntry, fileEntry)).toBe(false);
    expect(isRendererUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isRendererUrl('x', 'not a url')).toBe(false);
  });
});

describe('which downloads the shell lets through', () => {
  it('lets through the renderer’s own exports, blob: URLs of its origin', () => {
    expect(isExportDownload(`blob:app://briefing/${blobId}`, appEntryUrl)).toBe(true);
    expect(isExportDownload(`blob:http://localhost:5173/${blobId}`, devEntry)).toBe(true);
  });

  it.each([
    `blob:app://evil/${blobId}`,
    `blob:app://briefing:1234/${blobId}`,
    `blob:app://user@briefing/${blobId}`,
    `blob:file:///${blobId}`,
    `blob:file://other-host/${blobId}`,
    `blob:null/${blobId}`,
    `blob:https://evil.example/${blobId}`,
    `blob:http://localhost:5173/${blobId}`,
    'blob:app://briefing/index.html',
    `blob:app://briefing/${blobId}/more`,
    `blob:app://briefing/${blobId}?x=1`,
    'blob:',
    `app://briefing/${blobId}`,
    'app://briefing/index.html',
    'https://example.org/file.pdf',
    'file:///etc/passwd',
    'data:application/pdf;base64,JVBERi0=',
  ])('refuses the download of %s', (url) => {
    expect(isExportDownload(url, appEntryUrl)).toBe(false);
  });
});
