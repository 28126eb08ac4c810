import fs from 'node:fs/promises';
import path from 'node:path';
import { hasSupportedExtension } from './extractors/detectFileType';

export interface CollectedFiles {
  files: string[];
  /** Files inside folders that Briefing does not read (images, spreadsheets …). */
  skipped: number;
  /** Paths given that do not exist or cannot be read, with the reason. */
  missing: { path: string; message: string }[];
}

/**
 * Expands the paths a user gave: a file stands for itself (even one Briefing will refuse, so
 * the user hears why), a folder for the supported files inside it, at any depth. Hidden
 * entries and symbolic links to folders are not followed.
 */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], skipped: 0, missing: [] };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      collected.missing.push({
        path: absolute,
        message:
          code === 'ENOENT'
            ? 'There is no file or folder at this path.'
            : `This file cannot be opened (${code ?? (error as Error).message}). Check that you may read it.`,
      });
      continue;
    }
    if (stat.isDirectory()) await walk(absolute, collected);
    else if (stat.isFile()) collected.files.push(absolute);
    // A device or a pipe would block the reader forever.
    else collected.missing.push({ path: absolute, message: 'This is not a file Briefing can read (a device or a pipe).' });
  }
  return collected;
}

async function walk(directory: string, collected: CollectedFiles): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    // One unreadable folder (a USB stick's "System Volume Information") must not stop the rest.
    collected.missing.push({
      path: directory,
      message: `This folder cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}); its files were not imported.`,
    });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await walk(full, collected);
    else if (entry.isFile() && hasSupportedExtension(entry.name)) collected.files.push(full);
    else if (entry.isFile()) collected.skipped += 1;
  }
}
