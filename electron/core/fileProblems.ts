/**
 * What a file system or SQLite failure means for the user, in words, from its code; Node's and
 * SQLite's own messages ("ENOSPC: no space left on device, write") are logged, never shown.
 * Codes: Node's errno names (https://nodejs.org/api/errors.html#common-system-errors) and
 * SQLite's result codes (https://sqlite.org/rescode.html).
 *
 * @returns a sentence that says what happened and what to do, or undefined for another failure.
 */
export function fileProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return 'The disk is full: free some space, then try again.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Briefing may not write or read there: check the folder’s permissions (or that the disk is not read-only), then try again.';
    case 'ENOENT':
      return 'A file Briefing needed is gone (moved or removed meanwhile): try again.';
    default:
      return undefined;
  }
}
