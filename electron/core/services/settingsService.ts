import type { SettingsService } from '../../common/api';
import { AppError } from '../../common/errors';
import { stateByCode } from '../states/stateCatalogue';
import { readSettings, writeSettings } from '../db/repos/settingsRepo';
import type { Library } from '../library/library';

/** The user's preferences, kept in the library database (synchronous=FULL, like every write). */
export function createSettingsService(library: Library): SettingsService {
  return {
    async get() {
      return readSettings(library.db);
    },
    async update({ patch }) {
      if (patch.delegationStateCode && !stateByCode(patch.delegationStateCode)) {
        throw new AppError('invalid-argument', `${patch.delegationStateCode} is not one of the 195 States (ISO 3166-1 alpha-3, e.g. MEX); choose the delegation's State from the list.`);
      }
      // A name is kept as it is shown: without the spaces around it (the schema trims at the door, too).
      writeSettings(library.db, patch.authorName === undefined ? patch : { ...patch, authorName: patch.authorName.trim() });
      return readSettings(library.db);
    },
  };
}
