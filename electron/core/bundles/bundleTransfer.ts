/**
 * A library's bundle out to a file, and a bundle file into a library: what the bundles service,
 * the CLI and the tests call. Import order, so that a refusal or a failure changes nothing in
 * the library: verify the whole bundle into a staging folder (readBundle), move the originals
 * the library lacks into its store (each a rename; the store is named by SHA-256, so a file
 * already there is the same file), then merge the rows in one transaction; if the transaction
 * fails, the originals just moved in are removed again.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/errors';
import type { BundleImportReport } from '../../common/model';
import type { Library } from '../library/library';
import { readBundleExtract } from './bundleExtract';
import { defaultBundleBounds, type BundleBounds } from './bundleFormat';
import { mergeBundle } from './mergeBundle';
import { readBundle } from './readBundle';
import { writeBundle, type BundleProgress, type WrittenBundle } from './writeBundle';

/** The folder under a library's data folder where bundles are staged and exports wait to be taken, one folder a process (bundleRuns.ts). */
export function bundleWorkDir(library: Library): string {
  return path.join(library.dataDir, 'bundle-work');
}

/**
 * Writes the library (or the documents `documentIds` with what belongs to them) as a bundle at
 * `target`. Errors: not-found for chosen documents not there; storage for a missing or damaged
 * original; an AbortError when `signal` aborts (no file is left).
 */
export async function exportBundle(library: Library, target: string, options: { documentIds?: number[] }, signal: AbortSignal, progress?: (progress: BundleProgress) => void): Promise<WrittenBundle> {
  const extract = readBundleExtract(library.db, options.documentIds);
  if (extract.documents.length === 0) {
    throw new AppError('not-found', 'There is nothing to export: the library holds no document yet. Import documents first.');
  }
  return writeBundle(extract, library.originals, target, signal, progress);
}

/**
 * Imports the bundle at `file` into `library` (see the module comment). Errors: the refusals of
 * readBundle (invalid-argument, unsupported); invalid-argument when the library refuses a row
 * of it; an AbortError when `signal` aborts before the merge (nothing is changed).
 */
export async function importBundle(library: Library, file: string, signal: AbortSignal, progress?: (progress: BundleProgress) => void, bounds: BundleBounds = defaultBundleBounds): Promise<BundleImportReport> {
  // Named after this process, as bundleRuns.ts names its folder: another process's start-up
  // removes only the folders of processes that have gone.
  const staging = path.join(bundleWorkDir(library), `${process.pid}-import-${randomUUID()}`);
  fs.mkdirSync(staging, { recursive: true });
  try {
    const bundle = await readBundle(file, staging, signal, progress, bounds, (sha256) => library.originals.has(sha256));
    signal.throwIfAborted();
    // An original only hashed because the library had it must still be there (a document removed meanwhile takes its file).
    const gone = bundle.database.documents.find((document) => !bundle.staged.has(document.sha256) && !library.originals.has(document.sha256));
    if (gone) throw new AppError('conflict', `The original file of "${gone.title}" was removed from the library while the bundle was being checked. Nothing was imported; import the bundle again.`);
    const placed: string[] = [];
    try {
      for (const [sha256, staged] of bundle.staged) {
        if (library.originals.has(sha256)) continue;
        const target = library.originals.pathFor(sha256);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.renameSync(staged, target);
        placed.push(sha256);
      }
      return library.db.transaction(() => mergeBundle(library.db, bundle.database))();
    } catch (error) {
      const referenced = library.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?');
      for (const sha256 of placed) if (!referenced.get(sha256)) library.originals.remove(sha256);
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) {
        throw new AppError('invalid-argument', 'This bundle holds a value this library cannot store (it breaks a rule of the library), so nothing was imported. Ask the sender to export the bundle again from an up-to-date Briefing.');
      }
      throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
