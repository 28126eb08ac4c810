import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';

/**
 * How old an unfinished copy (`*.partial`) must be before the start-up sweep removes it: another
 * Briefing process on the same library (the CLI beside the app) may still be writing it, and a
 * copy of the largest file on a slow disk takes minutes, not an hour.
 */
export const partialFileGraceMs = 60 * 60_000;

/** What sweepOriginals removed. */
export interface SweepResult {
  originals: number;
  partials: number;
  bytes: number;
}

/**
 * The original files of imported documents, stored by the sha256 of their bytes under
 * <dataDir>/files/ab/abcdef…, so the same file imported twice is stored once.
 */
export class OriginalFileStore {
  constructor(readonly root: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a sha256 digest: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /**
   * Writes the bytes durably: to a temporary file, fsync, then rename into place, so a crash
   * leaves either no file or the whole file, never a torn one.
   */
  put(bytes: Uint8Array): string {
    const sha256 = OriginalFileStore.sha256(bytes);
    const target = this.pathFor(sha256);
    if (fs.existsSync(target)) return sha256;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    syncDirectory(path.dirname(target));
    return sha256;
  }

  /**
   * Copies a file into the store while hashing the very bytes copied, so the digest, the
   * stored original and what is later read from it are one version of the file even if the
   * user's copy changes meanwhile. Durable (fsync, rename); nothing blocks the thread.
   * Returns the digest; the stored file is at pathFor(digest).
   */
  async importFile(source: string): Promise<string> {
    await fsPromises.mkdir(this.root, { recursive: true });
    const temporary = path.join(this.root, `incoming-${randomBytes(8).toString('hex')}.partial`);
    try {
      const hash = createHash('sha256');
      const output = await fsPromises.open(temporary, 'wx');
      try {
        for await (const chunk of fs.createReadStream(source)) {
          hash.update(chunk as Buffer);
          await output.write(chunk as Buffer);
        }
        await output.sync();
      } finally {
        await output.close();
      }
      const sha256 = hash.digest('hex');
      const target = this.pathFor(sha256);
      if (fs.existsSync(target)) return sha256;
      await fsPromises.mkdir(path.dirname(target), { recursive: true });
      await fsPromises.rename(temporary, target);
      await syncDirectoryAsync(path.dirname(target));
      return sha256;
    } finally {
      await fsPromises.rm(temporary, { force: true });
    }
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathFor(sha256), { force: true });
  }

  async removeAsync(sha256: string): Promise<void> {
    await fsPromises.rm(this.pathFor(sha256), { force: true });
  }

  /**
   * Removes what an interrupted import or deletion left in the store (issue 14, fault 4): an
   * original whose digest `isReferenced` denies (copied in, then the app died before its
   * document was committed; or a deletion committed and the app died before the file went), and
   * an unfinished copy (`*.partial`) older than partialFileGraceMs. Run at start, after the
   * database is open and before this process imports anything. Best effort: a file another
   * program holds stays until the next start. `now` is in epoch milliseconds.
   */
  async sweep(isReferenced: (sha256: string) => boolean, now = Date.now()): Promise<SweepResult> {
    const result: SweepResult = { originals: 0, partials: 0, bytes: 0 };
    const entries = await fsPromises.readdir(this.root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const partial = entry.name.endsWith('.partial');
      // Only what the store itself names: a digest in its two-letter folder, or a partial copy.
      if (!partial && !(/^[0-9a-f]{64}$/u.test(entry.name) && path.basename(entry.parentPath) === entry.name.slice(0, 2))) continue;
      try {
        const { size, mtimeMs } = await fsPromises.stat(file);
        if (partial ? now - mtimeMs <= partialFileGraceMs : isReferenced(entry.name)) continue;
        await fsPromises.rm(file, { force: true });
        result[partial ? 'partials' : 'originals'] += 1;
        result.bytes += size;
      } catch {
        // Held by a virus scanner or gone meanwhile: the next start tries again.
      }
    }
    return result;
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathFor(sha256));
  }
}

async function syncDirectoryAsync(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsPromises.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function syncDirectory(directory: string): void {
  // Persists the rename itself. Windows cannot open a directory for fsync; NTFS journals it.
  if (process.platform === 'win32') return;
  const handle = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
