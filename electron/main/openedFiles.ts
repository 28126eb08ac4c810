/**
 * Files the system asks Briefing to open: a PDF or a library bundle (.briefing) double-clicked
 * or chosen in "Open with", which arrive on the command line of the first launch and of a
 * second instance (Windows, Linux) or as macOS's open-file event. Decides what each one is for,
 * without Electron, so that it is tested on its own; electron/main/index.ts wires it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { maxPathLength } from './security/pathGrants';

/** What to do with one opened file. */
export type Opening =
  | { kind: 'pdf'; path: string }
  | { kind: 'bundle'; path: string }
  | { kind: 'ignored'; path: string; reason: string };

/** At most this many files from one opening (a selection of a whole folder in Explorer). */
export const maxOpenedFiles = 500;
/**
 * Longer paths are refused, with the same bound as every path the API reads (pathGrants.ts,
 * schemas.ts: PATH_MAX on Linux); a longer one opened with Briefing would be refused later as
 * "not chosen", which misleads.
 */
export const maxOpenedPathLength = maxPathLength;

/**
 * The files named on a command line, as absolute paths. `argv` is process.argv of the first
 * launch or the argv of Electron's second-instance event; its first `programArguments` entries
 * are the program (1 for a packaged app, 2 for `electron <app>` in development). Switches
 * (Chromium adds some to a second instance's argv) are skipped; a file: URL (Linux desktop
 * entries pass %U) becomes its path; other URLs are skipped; a relative path is taken from
 * `cwd`, the directory the launch was made in.
 */
export function fileArguments(argv: readonly string[], programArguments: number, cwd: string): string[] {
  const files: string[] = [];
  for (const argument of argv.slice(programArguments)) {
    if (argument === '' || argument.startsWith('-')) continue;
    // A scheme of two letters or more: a URL (C:\ is a drive).
    if (/^[a-z][a-z0-9+.-]+:/i.test(argument)) {
      if (!argument.toLowerCase().startsWith('file:')) continue;
      try {
        files.push(fileURLToPath(argument));
      } catch {
        // A file: URL of another host or a malformed one names no file on this machine.
      }
      continue;
    }
    files.push(path.resolve(cwd, argument));
  }
  return files;
}

/** What one file is for, by its name: PDFs are imported, bundles merged, anything else ignored. */
export function decideOpening(file: string): Opening {
  if (file.length > maxOpenedPathLength) return { kind: 'ignored', path: file.slice(0, 200), reason: 'the path is too long' };
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') return { kind: 'pdf', path: file };
  if (extension === '.briefing') return { kind: 'bundle', path: file };
  return { kind: 'ignored', path: file, reason: 'Briefing opens PDF files and library bundles (.briefing) only' };
}

/** What the shell does with the files once decided. */
export interface OpeningActions {
  /** Imports these PDFs into the library, as if the user had chosen them in the import dialog. */
  importPdfs(paths: string[]): void;
  /** Merges a library bundle (the desktop app hands it to the Library screen's bundle import). */
  importBundle?: (path: string) => void;
  /** Writes a line to the app's log (a file ignored, and why). */
  log(message: string): void;
}

/**
 * Decides each of `files` and hands them to `actions`: the PDFs together as one import, each
 * bundle on its own, the rest logged. A file named twice counts once; past maxOpenedFiles the
 * rest are logged and ignored.
 */
export function openFiles(files: readonly string[], actions: OpeningActions): Opening[] {
  const unique = [...new Set(files)];
  if (unique.length > maxOpenedFiles) actions.log(`Opened files: ${unique.length - maxOpenedFiles} beyond the first ${maxOpenedFiles} ignored.`);
  const openings = unique.slice(0, maxOpenedFiles).map(decideOpening);
  const pdfs = openings.flatMap((opening) => (opening.kind === 'pdf' ? [opening.path] : []));
  if (pdfs.length > 0) actions.importPdfs(pdfs);
  for (const opening of openings) {
    if (opening.kind === 'bundle') {
      if (actions.importBundle) actions.importBundle(opening.path);
      else actions.log(`Opened file ignored: ${JSON.stringify(opening.path)}: this version cannot import library bundles yet.`);
    } else if (opening.kind === 'ignored') {
      actions.log(`Opened file ignored: ${JSON.stringify(opening.path)}: ${opening.reason}.`);
    }
  }
  return openings;
}

/**
 * PDFs and bundles opened from the system, kept until the window takes them: a file double-clicked to
 * launch Briefing arrives before the window exists, and the Library screen, which shows the
 * import's progress and asks for passwords, takes them when it is shown.
 */
export class OpenedFileInbox {
  private paths: string[] = [];

  /** Adds paths (a path already waiting is not added twice). */
  add(paths: readonly string[]): void {
    for (const file of paths) if (!this.paths.includes(file)) this.paths.push(file);
  }

  /** The paths waiting, oldest first; the inbox is empty afterwards. */
  take(): string[] {
    const taken = this.paths;
    this.paths = [];
    return taken;
  }
}
