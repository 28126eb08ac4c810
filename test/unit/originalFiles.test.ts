import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OriginalFileStore } from '../../electron/core/library/originalFiles';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the content-addressed store of original files', () => {
  it('stores bytes under their sha256 once, and reads them back', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-files-'));
    const store = new OriginalFileStore(root);
    const bytes = new TextEncoder().encode('%PDF-1.7 draft articles');
    const digest = store.put(bytes);
    expect(digest).toBe(OriginalFileStore.sha256(bytes));
    expect(store.pathFor(digest)).toBe(path.join(root, digest.slice(0, 2), digest));
    expect(store.has(digest)).toBe(true);
    expect(store.read(digest).equals(Buffer.from(bytes))).toBe(true);
    expect(store.put(bytes)).toBe(digest);
    const stored = fs.readdirSync(path.join(root, digest.slice(0, 2)));
    expect(stored).toEqual([digest]); // no second copy, no temporary file left behind
  });

  it('refuses a name that is not a digest, so no path can escape the store', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-files-'));
    const store = new OriginalFileStore(root);
    expect(() => store.pathFor('../../etc/passwd')).toThrow(/Not a sha256/);
  });
});
