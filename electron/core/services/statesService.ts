import type { StatesService } from '../../common/api';
import { AppError } from '../../common/errors';
import { createStateGroup, deleteStateGroup, listStateGroups, updateStateGroup } from '../db/repos/stateGroupsRepo';
import type { Library } from '../library/library';
import { stateCatalogue } from '../states/stateCatalogue';

/** The States (a fixed catalogue) and the negotiating groups the delegation keeps (in the library). */
export function createStatesService(library: Library): StatesService {
  return {
    async list() {
      return [...stateCatalogue()];
    },
    async listGroups() {
      return listStateGroups(library.db);
    },
    // Names are kept as shown, without the spaces around them (the schema trims at the door too).
    async createGroup({ name, members }) {
      return createStateGroup(library.db, name.trim(), members);
    },
    async updateGroup({ id, patch }) {
      if (patch.name === undefined && patch.members === undefined) {
        throw new AppError('invalid-argument', 'Nothing to change: give a new name or the members.');
      }
      return updateStateGroup(library.db, id, { ...patch, name: patch.name?.trim() });
    },
    async deleteGroup({ id }) {
      return { deleted: deleteStateGroup(library.db, id) };
    },
  };
}
