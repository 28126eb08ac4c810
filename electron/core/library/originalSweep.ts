/**
 * What a crash leaves in the store of originals: files of imports killed between storing the
 * original and committing its document (in review, after 35 kills during imports, 132 files
 * that belonged to no document, 84% of the folder's bytes), and `*.partial` files of copies cut
 * short. They are removed at start, once the database is open.
 *
 * Never racing an import: an import stores its original and commits the document within the
 * file timeout (two minutes), and another Briefing on the same library (the CLI beside the app)
 * may be importing now; only files untouched for `graceMs` (an hour) are taken.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Library } from './library';
import { referencedOriginalDigests } from '../db/repos/documentsRepo';

const digest = /^[0-9a-f]{64}$/u;
const shard = /^[0-9a-f]{2}$/u;

/** How long a file must lie untouched before the sweep takes it (an hour: far beyond an import's two minutes). */
export const sweepGraceMs = 3_600_000;

export interface SweepResult {
  /** Files removed: originals of no document, and partial copies. */
  removed: number;
  bytes: number;
}

/**
 * Removes the originals no document refers to and the partial copies, older than `graceMs`.
 * Originals in `keep` stay too (those the kept backups name: BackupStore.referencedOriginals).
 * Best effort: a file that cannot be removed (held by another program) is left for next time.
 */
export async function sweepOriginals(library: Library, graceMs = sweepGraceMs, now = Date.now(), keep: ReadonlySet<string> = new Set()): Promise<SweepResult> {
  const referenced = new Set([...referencedOriginalDigests(library.db), ...keep]);
  const result: SweepResult = { removed: 0, bytes: 0 };
  const consider = async (file: string, name: string) => {
    const unreferenced = digest.test(name) && !referenced.has(name);
    if (!unreferenced && !name.endsWith('.partial')) return;
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile() || now - stat.mtimeMs < graceMs) return;
    // Checked again just before removing: a document may have been committed meanwhile.
    if (unreferenced && library.db.prepare<[string], number>('SELECT 1 FROM documents WHERE sha256 = ?').pluck().get(name) !== undefined) return;
    try {
      await fs.rm(file);
      result.removed += 1;
      result.bytes += stat.size;
    } catch {
      // Held elsewhere: next start.
    }
  };
  for (const entry of await fs.readdir(library.originals.root, { withFileTypes: true }).catch(() => [])) {
    const place = path.join(library.originals.root, entry.name);
    if (entry.isFile()) await consider(place, entry.name);
    else if (entry.isDirectory() && shard.test(entry.name)) {
      for (const name of await fs.readdir(place).catch(() => [] as string[])) await consider(path.join(place, name), name);
    }
  }
  return result;
}
