/**
 * Reading a bundle someone sent, without trusting it. The zip is read with yauzl, which walks the
 * central directory and streams each entry by its recorded sizes (fflate's streaming Unzip finds
 * the end of an entry written with a data descriptor by scanning for a signature, which a stored
 * PDF or Word original may itself contain), and checks that each entry inflates to exactly the
 * size it declares. Before anything is kept:
 *  - manifest.json must come first, parse, name this format and a version this Briefing reads;
 *  - every other entry must be declared in it, once, at a safe path (no "..", no absolute path, no
 *    backslash or drive letter, nothing but database.json and originals/<sha256>);
 *  - sizes are bounded (BundleBounds): declared, recorded in the zip, and counted while inflating,
 *    and no entry may grow more than `maxRatio` times its compressed size (a zip bomb);
 *  - each entry's SHA-256 must match the manifest (and an original's its own name).
 * Originals are written to `stagingDir` only, under temporary names; the caller moves them into
 * the library once everything has passed. Refusals are AppErrors whose message says what to do.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { AppError } from '../../common/errors';
import {
  askAgain,
  refuseBundle,
  bundleDatabaseSchema,
  bundleFormatName,
  bundleFormatVersion,
  databasePath,
  defaultBundleBounds,
  manifestPath,
  manifestSchema,
  originalPathPattern,
  type BundleBounds,
  type BundleDatabase,
  type BundleManifest,
} from './bundleFormat';
import type { BundleProgress } from './writeBundle';

export interface ReadBundle {
  manifest: BundleManifest;
  database: BundleDatabase;
  /** Each original's SHA-256 → its verified copy in the staging folder; originals `alreadyHave` named are verified but not copied. */
  staged: Map<string, string>;
}

const refuse = refuseBundle;

const megabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Why a zip entry's name is unsafe to follow, or null: a bundle made by Briefing only holds plain
 * relative names, so anything that could point elsewhere on a disk (Zip Slip,
 * https://security.snyk.io/research/zip-slip-vulnerability) is refused, not cleaned.
 */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\\')) return 'it contains a backslash';
  if (/^[A-Za-z]:/u.test(name)) return 'it names a drive';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'it climbs out of the bundle with ".."';
  if (/\p{Cc}/u.test(name)) return 'it contains control characters';
  return null;
}

/**
 * Checks and unpacks the bundle at `file` (see the module comment). `progress` hears bytes read;
 * `signal` stops it (the staging folder is the caller's to remove). Errors: invalid-argument for
 * a file that is not a bundle or is refused, unsupported for a bundle of an unknown format version.
 */
export async function readBundle(
  file: string,
  stagingDir: string,
  signal: AbortSignal,
  progress: (progress: BundleProgress) => void = () => undefined,
  bounds: BundleBounds = defaultBundleBounds,
  alreadyHave: (sha256: string) => boolean = () => false,
): Promise<ReadBundle> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch {
    throw new AppError('invalid-argument', `This file is not a Briefing bundle (it is not a zip archive, or it is incomplete). Nothing was imported. Choose a .briefing file exported by Briefing; if it came by e-mail or a download, fetch it again.`);
  }
  try {
    if (zip.entryCount > bounds.maxEntries) throw refuse(`it holds ${zip.entryCount} files, more than the ${bounds.maxEntries} a bundle may`);
    return await readEntries(zip, stagingDir, signal, progress, bounds, alreadyHave);
  } catch (error) {
    if (error instanceof AppError || (error as Error).name === 'AbortError') throw error;
    // yauzl's own findings (a size that lies, a broken entry): the file is damaged or forged.
    throw refuse('its contents do not match what the zip archive records (damaged or altered)');
  } finally {
    zip.close();
  }
}

async function readEntries(zip: yauzl.ZipFile, stagingDir: string, signal: AbortSignal, progress: (progress: BundleProgress) => void, bounds: BundleBounds, alreadyHave: (sha256: string) => boolean): Promise<ReadBundle> {
  let manifest: BundleManifest | null = null;
  let declared = new Map<string, BundleManifest['entries'][number]>();
  const seen = new Set<string>();
  const staged = new Map<string, string>();
  const verified = new Set<string>();
  let database: Uint8Array | null = null;
  let total = 0;
  let done = 0;

  for await (const entry of zip.eachEntry()) {
    signal.throwIfAborted();
    const name = Buffer.isBuffer(entry.fileName) ? (entry.fileName as Buffer).toString('utf8') : entry.fileName;
    const unsafe = unsafeEntryName(name);
    if (unsafe !== null) throw refuse(`it holds a file named "${name.slice(0, 200)}", and ${unsafe}`);
    if (seen.has(name)) throw refuse(`it holds "${name}" twice`);
    seen.add(name);
    const limitFor = (size: number) => size > bounds.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > bounds.maxRatio;

    if (manifest === null) {
      if (name !== manifestPath) throw new AppError('invalid-argument', `This file is not a Briefing bundle: it has no manifest (manifest.json) at its start. ${askAgain}`);
      if (entry.uncompressedSize > bounds.maxManifestBytes || limitFor(entry.uncompressedSize)) throw refuse(`its manifest would unpack to ${megabytes(entry.uncompressedSize)}`);
      manifest = parseManifest(await readWhole(zip, entry, bounds.maxManifestBytes));
      declared = checkDeclarations(manifest, bounds);
      total = manifest.entries.reduce((sum, item) => sum + item.size, 0);
      continue;
    }

    const expected = declared.get(name);
    if (!expected) throw refuse(`it holds "${name}", which its manifest does not list`);
    if (entry.uncompressedSize !== expected.size) throw refuse(`"${name}" is ${entry.uncompressedSize} bytes in the archive but ${expected.size} in the manifest`);
    if (limitFor(entry.uncompressedSize)) throw refuse(`"${name}" would unpack to ${megabytes(entry.uncompressedSize)} from ${megabytes(entry.compressedSize)}, far more than any real file (it may be built to exhaust this computer)`);

    const hash = createHash('sha256');
    const onChunk = (chunk: Buffer) => {
      signal.throwIfAborted();
      done += chunk.length;
      hash.update(chunk);
      progress({ done, total });
    };
    if (name === databasePath) {
      database = await readWhole(zip, entry, bounds.maxDatabaseBytes, onChunk);
    } else {
      const sha256 = name.slice('originals/'.length);
      // An original the library holds already is only hashed: the same bytes need no second copy.
      const target = alreadyHave(sha256) ? null : path.join(stagingDir, `${sha256}.partial`);
      await copyEntry(zip, entry, target, expected.size, onChunk);
      if (target) staged.set(sha256, target);
      verified.add(sha256);
    }
    if (hash.digest('hex') !== expected.sha256) throw refuse(`the fingerprint (SHA-256) of "${name}" does not match its manifest: the file was damaged or altered on the way`);
  }

  if (manifest === null) throw new AppError('invalid-argument', `This file is not a Briefing bundle: it is empty, with no manifest (manifest.json). ${askAgain}`);
  const missing = [...declared.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw refuse(`its manifest lists "${missing[0]}", which the archive does not hold`);
  return { manifest, database: parseDatabase(database!, verified), staged };
}

function parseManifest(bytes: Uint8Array): BundleManifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('its manifest (manifest.json) is not readable JSON');
  }
  const head = value as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== bundleFormatName) throw new AppError('invalid-argument', `This file is not a Briefing bundle: its manifest does not say it is one. ${askAgain}`);
  if (head.formatVersion !== bundleFormatVersion) {
    throw new AppError(
      'unsupported',
      `This bundle is in format version ${String(head.formatVersion).slice(0, 20)}, and this Briefing reads version ${bundleFormatVersion} only. Nothing was imported. Update Briefing to its newest version, or ask the sender for a bundle made by a Briefing like yours.`,
    );
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw refuse('its manifest (manifest.json) is not laid out as a Briefing manifest');
  return parsed.data;
}

/** The declared entries by path, checked: safe known names, each once, sizes within bounds. */
function checkDeclarations(manifest: BundleManifest, bounds: BundleBounds): Map<string, BundleManifest['entries'][number]> {
  const declared = new Map<string, BundleManifest['entries'][number]>();
  let total = 0;
  for (const entry of manifest.entries) {
    const unsafe = unsafeEntryName(entry.path);
    if (unsafe !== null) throw refuse(`its manifest lists a file named "${entry.path}", and ${unsafe}`);
    const isOriginal = originalPathPattern.test(entry.path);
    if (entry.path !== databasePath && !isOriginal) throw refuse(`its manifest lists "${entry.path}", which is not part of a bundle`);
    if (isOriginal && entry.path.slice('originals/'.length) !== entry.sha256) throw refuse(`its manifest gives "${entry.path}" a fingerprint other than its name`);
    if (declared.has(entry.path)) throw refuse(`its manifest lists "${entry.path}" twice`);
    const limit = isOriginal ? bounds.maxOriginalBytes : bounds.maxDatabaseBytes;
    if (entry.size > limit) throw refuse(`its manifest says "${entry.path}" is ${megabytes(entry.size)}, more than the ${megabytes(limit)} a bundle may hold`);
    total += entry.size;
    declared.set(entry.path, entry);
  }
  if (total > bounds.maxTotalBytes) throw refuse(`it would unpack to ${megabytes(total)}, more than the ${megabytes(bounds.maxTotalBytes)} a bundle may hold`);
  if (!declared.has(databasePath)) throw refuse('its manifest lists no database (database.json)');
  return declared;
}

function parseDatabase(bytes: Uint8Array, verified: Set<string>): BundleDatabase {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('its database (database.json) is not readable JSON');
  }
  const parsed = bundleDatabaseSchema.safeParse(value);
  if (!parsed.success) throw refuse('its database (database.json) is not laid out as Briefing writes it');
  const lacking = parsed.data.documents.find((document) => !verified.has(document.sha256));
  if (lacking) throw refuse(`the original file of "${lacking.title.slice(0, 200)}" is not in it`);
  return parsed.data;
}

/** Counts the bytes a stream gives and stops past `limit`: declared sizes can lie, inflating cannot. */
async function* bounded(stream: AsyncIterable<Buffer>, limit: number, what: string): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw refuse(`${what} unpacks to more than ${megabytes(limit)}`);
    yield chunk;
  }
}

async function readWhole(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number, onChunk: (chunk: Buffer) => void = () => undefined): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of bounded(await zip.openReadStreamPromise(entry), limit, 'a part of it')) {
    onChunk(chunk);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Streams an entry through `onChunk` (the hash) into `target`, durably (fsync), or nowhere when target is null. */
async function copyEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, target: string | null, limit: number, onChunk: (chunk: Buffer) => void): Promise<void> {
  const output = target === null ? null : await fs.promises.open(target, 'wx');
  try {
    for await (const chunk of bounded(await zip.openReadStreamPromise(entry), limit, 'an original')) {
      onChunk(chunk);
      await output?.write(chunk);
    }
    await output?.sync();
  } finally {
    await output?.close();
  }
}
