import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OriginalFileStore, partialFileGraceMs } from '../../electron/core/library/originalFiles';

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

  it('sweeps what a crash left: originals no document holds, and partial copies once past their grace', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-files-'));
    const store = new OriginalFileStore(root);
    const kept = store.put(new TextEncoder().encode('%PDF-1.7 a document of the library'));
    const orphan = store.put(new TextEncoder().encode('%PDF-1.7 copied in, then the app died'));
    const now = Date.now();
    const writePartial = (name: string, ageMs: number) => {
      const file = path.join(root, name);
      fs.writeFileSync(file, 'half a file');
      fs.utimesSync(file, (now - ageMs) / 1000, (now - ageMs) / 1000);
      return file;
    };
    const young = writePartial('incoming-young.partial', partialFileGraceMs / 2);
    const old = writePartial('incoming-old.partial', partialFileGraceMs * 2);
    const oldBeside = writePartial(`${kept.slice(0, 2)}/${kept}.abc.partial`, partialFileGraceMs * 2);
    // Not a name the store gives: someone else's file is never removed.
    const foreign = path.join(root, 'notes.txt');
    fs.writeFileSync(foreign, 'mine');

    const swept = await store.sweep((sha256) => sha256 === kept, now);

    expect(swept).toMatchObject({ originals: 1, partials: 2 });
    expect(store.has(kept)).toBe(true);
    expect(store.has(orphan)).toBe(false);
    expect([young, old, oldBeside, foreign].map((file) => fs.existsSync(file))).toEqual([true, false, false, true]);
  });

  it('sweeps nothing, and fails not, where no file was ever stored', async () => {
    root = path.join(os.tmpdir(), `briefing-files-none-${process.pid}`);
    expect(await new OriginalFileStore(root).sweep(() => false)).toEqual({ originals: 0, partials: 0, bytes: 0 });
  });
});
