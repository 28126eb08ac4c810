import type { LibraryService } from '../../common/api';
import { AppError } from '../../common/errors';
import { schemaVersionOf } from '../db/migrations';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  updateDocumentMetadata,
} from '../db/repos/documentsRepo';
import { countRowsPerTable } from '../db/repos/statusRepo';
import type { Library } from '../library/library';

const noSuchDocument = () =>
  new AppError('not-found', 'This document is no longer in the library; refresh the list.');

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
    async updateDocument({ id, patch }) {
      if (!updateDocumentMetadata(library.db, id, patch)) throw noSuchDocument();
      return getDocument(library.db, id)!;
    },
    async deleteDocument({ id }) {
      const deleted = deleteDocument(library.db, id);
      if (!deleted) throw noSuchDocument();
      // The row is gone for good before its original file is removed, never the reverse.
      if (deleted.sha256) library.originals.remove(deleted.sha256);
      return { deleted: true };
    },
  };
}
