import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary, type Library } from '../../../electron/core/library/library';

/** A real library on disk in a fresh temporary folder; remove() closes and deletes it. */
export function temporaryLibrary(): Library & { remove(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-test-'));
  const library = openLibrary(dataDir);
  return {
    ...library,
    remove() {
      if (library.db.open) library.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
