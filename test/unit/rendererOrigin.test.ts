import { describe, expect, it } from 'vitest';
import { isExportDownload, isRendererUrl } from '../../electron/main/security/rendererOrigin';

const fileEntry = 'file:///opt/Briefing/resources/app/out/renderer/index.html';
const devEntry = 'http://localhost:5173/';

describe('what the shell lets a page reach', () => {
  it('allows only the renderer itself to be shown', () => {
    expect(isRendererUrl(fileEntry, fileEntry)).toBe(true);
    expect(isRendererUrl('file:///etc/passwd', fileEntry)).toBe(false);
    expect(isRendererUrl('https://example.org/', fileEntry)).toBe(false);
    expect(isRendererUrl('http://localhost:5173/#/reader', devEntry)).toBe(true);
    expect(isRendererUrl('http://localhost:6000/', devEntry)).toBe(false);
    expect(isRendererUrl('not a url', devEntry)).toBe(false);
  });

  it("lets through only downloads of the renderer's own exports", () => {
    expect(isExportDownload('blob:file:///0b3c2f1e-1111-4a4a-9c9c-123456789abc', fileEntry)).toBe(true);
    expect(isExportDownload('blob:http://localhost:5173/0b3c2f1e-1111-4a4a-9c9c-123456789abc', devEntry)).toBe(true);
    expect(isExportDownload('blob:https://evil.example/0b3c2f1e', devEntry)).toBe(false);
    expect(isExportDownload('https://example.org/file.pdf', fileEntry)).toBe(false);
    expect(isExportDownload('file:///etc/passwd', fileEntry)).toBe(false);
  });
});
