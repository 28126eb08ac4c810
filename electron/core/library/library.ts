import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/errors';
import { openDatabase, type OpenDatabaseOptions } from '../db/openDatabase';
import { OriginalFileStore } from './originalFiles';

/** An open library: the database and the folder of original files beside it. */
export interface Library {
  dataDir: string;
  databasePath: string;
  db: Database;
  originals: OriginalFileStore;
  close(): void;
}

export const databaseFileName = 'library.sqlite';

export function openLibrary(dataDir: string, options: OpenDatabaseOptions = {}): Library {
  const absoluteDir = path.resolve(dataDir);
  try {
    fs.mkdirSync(absoluteDir, { recursive: true });
  } catch (error) {
    throw new AppError(
      'storage',
      `Briefing cannot create its data folder ${absoluteDir} (${(error as Error).message}). ` +
        `Choose a folder you can write to with --data-dir.`,
    );
  }
  const databasePath = path.join(absoluteDir, databaseFileName);
  const db = openDatabase(databasePath, options);
  return {
    dataDir: absoluteDir,
    databasePath,
    db,
    originals: new OriginalFileStore(path.join(absoluteDir, 'files')),
    close: () => db.close(),
  };
}
