import type { SettingsService } from '../../common/api';
import { readSettings, writeSettings } from '../db/repos/settingsRepo';
import type { Library } from '../library/library';

/** The user's preferences, kept in the library database (synchronous=FULL, like every write). */
export function createSettingsService(library: Library): SettingsService {
  return {
    async get() {
      return readSettings(library.db);
    },
    async update({ patch }) {
      // A name is kept as it is shown: without the spaces around it (the schema trims at the door, too).
      writeSettings(library.db, patch.authorName === undefined ? patch : { ...patch, authorName: patch.authorName.trim() });
      return readSettings(library.db);
    },
  };
}
