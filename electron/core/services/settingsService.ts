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
      writeSettings(library.db, patch);
      return readSettings(library.db);
    },
  };
}
