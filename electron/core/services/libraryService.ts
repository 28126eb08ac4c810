import fs from 'node:fs/promises';
import type { LibraryService } from '../../common/api';
import { AppError } from '../../common/errors';
import { schemaVersionOf } from '../db/migrations';
import {
  deleteDocument,
  deleteDocuments,
  getDocument,
  listDocuments,
  recordOpening,
  updateDocumentKinds,
  updateDocumentMetadata,
} from '../db/repos/documentsRepo';
import { documentPassages } from '../db/repos/passagesRepo';
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
    async originalFile({ id }) {
      const row = library.db
        .prepare<[number], { sha256: string | null; media_type: string | null; original_file_name: string | null }>(
          'SELECT sha256, media_type, original_file_name FROM documents WHERE id = ?',
        )
        .get(id);
      if (!row) throw noSuchDocument();
      if (!row.sha256 || !library.originals.has(row.sha256)) {
        throw new AppError('not-found', 'The original file of this document is missing from the library folder (deleted after the backup this library was restored from, or removed by hand). Import the same file again: Briefing puts it back and keeps the document, its marks and positions.');
      }
      const bytes = await fs.readFile(library.originals.pathFor(row.sha256));
      return {
        mediaType: row.media_type ?? 'application/octet-stream',
        fileName: row.original_file_name,
        // A plain Uint8Array view: IPC and the HTTP host send it as it is.
        data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      };
    },
    async passages({ documentId }) {
      if (!getDocument(library.db, documentId)) throw noSuchDocument();
      return documentPassages(library.db, documentId);
    },
    async recordOpening({ id }) {
      if (!recordOpening(library.db, id)) throw noSuchDocument();
      return { recorded: true };
    },
    async deleteDocument({ id }) {
      const deleted = deleteDocument(library.db, id);
      if (!deleted) throw noSuchDocument();
      // The row is gone for good before its original file is removed, never the reverse.
      if (deleted.sha256) library.originals.remove(deleted.sha256);
      return { deleted: true };
    },
    async deleteDocuments({ ids }) {
      const deleted = deleteDocuments(library.db, ids);
      // As for one document: the rows are gone for good (committed) before their files go.
      const digests = deleted.flatMap((row) => (row.sha256 ? [row.sha256] : []));
      for (let start = 0; start < digests.length; start += 64) {
        await Promise.all(digests.slice(start, start + 64).map((sha256) => library.originals.removeAsync(sha256)));
      }
      return { deleted: deleted.length };
    },
    async updateDocuments({ ids, patch }) {
      return { updated: updateDocumentKinds(library.db, ids, patch.kind) };
    },
  };
}
