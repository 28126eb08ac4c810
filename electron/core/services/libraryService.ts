import type { LibraryService } from '../../common/api';
import { listDocuments } from '../db/repos/documentsRepo';
import { countRowsPerTable } from '../db/repos/statusRepo';
import { schemaVersionOf } from '../db/migrations';
import type { Library } from '../library/library';

export function createLibraryService(library: Library): LibraryService {
  return {
    async listDocuments({ kind }) {
      return listDocuments(library.db, { kind });
    },
    async getStatus() {
      return {
        dataDir: library.dataDir,
        databasePath: library.databasePath,
        schemaVersion: schemaVersionOf(library.db),
        counts: countRowsPerTable(library.db),
      };
    },
  };
}
