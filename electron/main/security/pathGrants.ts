/**
 * Paths on this machine that the page may ask the library to read: only those the user chose,
 * by picking files or folders in a dialog or dropping them on the window. In review, any page
 * able to call the API could import "/any/file.txt" and read it back as an original.
 *
 * The capability is handed out by the preload when the page turns one of the user's File
 * objects into a path (Electron's webUtils.getPathForFile answers '' for a File the page made
 * itself), and checked by the main process before `imports.start` runs. A folder chosen grants
 * what is inside it. No electron import here, so tests call the real functions.
 */
import path from 'node:path';

/** A path longer than any file system keeps (PATH_MAX on Linux is 4,096 bytes). */
export const maxPathLength = 4096;

export class PathGrants {
  private readonly granted = new Set<string>();

  /** Records a path the user chose; '' (a File the page made) and overlong paths grant nothing. */
  grant(chosen: unknown): void {
    if (typeof chosen !== 'string' || chosen === '' || chosen.length > maxPathLength || !path.isAbsolute(chosen)) return;
    this.granted.add(path.resolve(chosen));
    // One window's session of choices, not an unbounded list.
    if (this.granted.size > 100_000) this.granted.delete(this.granted.values().next().value!);
  }

  /** Whether the user chose this path, or a folder holding it. */
  allows(asked: string): boolean {
    const resolved = path.resolve(asked);
    for (let at = resolved; ; at = path.dirname(at)) {
      if (this.granted.has(at)) return true;
      if (path.dirname(at) === at) return false;
    }
  }

  /** The paths asked for (common/schemas.ts localPathsOf) that the user did not choose; empty when all were. */
  refused(asked: readonly unknown[]): string[] {
    return asked.filter((candidate) => typeof candidate !== 'string' || !this.allows(candidate)).map(String);
  }
}
