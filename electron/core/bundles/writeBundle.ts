/**
 * Writing a bundle: the zip is streamed with fflate (Zip, ZipDeflate for the JSON, ZipPassThrough
 * for the originals, which are PDFs and Word files compressed already), chunk by chunk to a
 * temporary file beside the target, then renamed into place, so a cancelled or failed export
 * leaves no half file. The manifest comes first and declares each original's SHA-256 from the
 * store (originals are named by it); each is hashed again as it is copied, and a damaged one
 * fails the export instead of making a bundle no one could import.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { version as appVersion } from '../../../package.json';
import { AppError } from '../../common/errors';
import type { OriginalFileStore } from '../library/originalFiles';
import { bundleFormatName, bundleFormatVersion, databasePath, manifestPath, type BundleDatabase, type BundleManifest } from './bundleFormat';

export interface BundleProgress {
  /** Bytes written (export) or read (import) so far, and in all. */
  done: number;
  total: number;
}

export interface WrittenBundle {
  manifest: BundleManifest;
  /** Bytes of the bundle file. */
  size: number;
}

/**
 * Writes `extract` and its documents' originals from `originals` as a bundle at `target`.
 * `progress` hears the bytes of originals and database copied; `signal` stops it (no file is
 * left). Errors: storage when an original is missing or damaged, or the file cannot be written;
 * an AbortError when cancelled.
 */
export async function writeBundle(
  extract: BundleDatabase,
  originals: OriginalFileStore,
  target: string,
  signal: AbortSignal,
  progress: (progress: BundleProgress) => void = () => undefined,
): Promise<WrittenBundle> {
  const database = new TextEncoder().encode(JSON.stringify(extract));
  const documents = [...new Map(extract.documents.map((row) => [row.sha256, row])).values()];
  const entries: BundleManifest['entries'] = [{ path: databasePath, size: database.length, sha256: createHash('sha256').update(database).digest('hex') }];
  for (const document of documents) {
    let size: number;
    try {
      size = fs.statSync(originals.pathFor(document.sha256)).size;
    } catch {
      throw new AppError('storage', `The original file of "${document.title}" is missing from the library, so it cannot be exported. Import the file again, or leave this document out of the bundle.`);
    }
    entries.push({ path: `originals/${document.sha256}`, size, sha256: document.sha256 });
  }
  const manifest: BundleManifest = {
    format: bundleFormatName,
    formatVersion: bundleFormatVersion,
    appVersion,
    createdAt: new Date().toISOString(),
    counts: {
      documents: extract.documents.length,
      annotations: extract.annotations.length,
      positions: extract.positions.length,
      positionCards: extract.positionCards.length,
      packs: extract.packs.length,
    },
    entries,
  };
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let done = 0;

  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
  const output = fs.openSync(temporary, 'wx');
  let open = true;
  let written = 0;
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else {
      fs.writeSync(output, chunk);
      written += chunk.length;
    }
  });
  const addWhole = (name: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  };
  try {
    addWhole(manifestPath, new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
    addWhole(databasePath, database);
    done += database.length;
    progress({ done, total });
    for (const document of documents) {
      signal.throwIfAborted();
      const entry = new ZipPassThrough(`originals/${document.sha256}`);
      zip.add(entry);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of fs.createReadStream(originals.pathFor(document.sha256), { highWaterMark: 1024 * 1024 })) {
        signal.throwIfAborted();
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
        entry.push(chunk as Buffer, false);
        done += (chunk as Buffer).length;
        progress({ done, total });
      }
      entry.push(new Uint8Array(0), true);
      if (hash.digest('hex') !== document.sha256 || size !== entries.find((item) => item.sha256 === document.sha256)?.size) {
        throw new AppError('storage', `The original file of "${document.title}" in the library is damaged (its bytes no longer match their fingerprint), so it cannot be exported. Import the file again, or leave this document out of the bundle.`);
      }
    }
    zip.end();
    if (zipError) throw zipError;
    fs.fsyncSync(output);
    fs.closeSync(output);
    open = false;
    fs.renameSync(temporary, target);
    return { manifest, size: written };
  } catch (error) {
    if (open) fs.closeSync(output);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
