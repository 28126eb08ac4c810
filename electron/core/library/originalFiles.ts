import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';

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

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathFor(sha256));
  }
}

/** Persists a rename into `directory` (fsync of the directory); nothing on Windows, where NTFS journals it. */
export async function syncDirectoryAsync(directory: string): Promise<void> {
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
