import type { PositionsService } from '../../common/api';
import { citationsInText } from '../../common/citationsInText';
import type { PositionGuess } from '../../common/model';
import { cardFor, cardStatuses, saveCard } from '../db/repos/positionCardsRepo';
import { createPosition, createPositions, deletePosition, listPositions, updatePosition } from '../db/repos/positionsRepo';
import type { Library } from '../library/library';
import { bracketLedger } from '../positions/bracketLedger';
import { compilationMatrix } from '../positions/compilationMatrix';
import { exportMatrix } from '../positions/matrixExport';
import { statementLinks } from '../positions/statementLinks';

/** Who said what on which article, kept in the library (synchronous=FULL, like every write). */
export function createPositionsService(library: Library): PositionsService {
  return {
    async list(filter) {
      return listPositions(library.db, filter);
    },
    async create({ position }) {
      return createPosition(library.db, position);
    },
    async update({ id, patch }) {
      return updatePosition(library.db, id, patch);
    },
    async delete({ id }) {
      return { deleted: deletePosition(library.db, id) };
    },
    async guess({ sourceDocumentId, quote }) {
      return guessPosition(library, sourceDocumentId, quote);
    },
    async matrix({ revisionDocumentId }) {
      return compilationMatrix(library.db, revisionDocumentId);
    },
    async linkStatement({ sourceDocumentId, revisionDocumentId }) {
      return statementLinks(library.db, sourceDocumentId, revisionDocumentId);
    },
    async createMany({ positions }) {
      return createPositions(library.db, positions);
    },
    async brackets({ revisionDocumentId }) {
      return bracketLedger(library.db, revisionDocumentId);
    },
    async exportMatrix({ revisionDocumentId, format, language = 'en' }) {
      const matrix = compilationMatrix(library.db, revisionDocumentId);
      const title = library.db.prepare<[number], string>('SELECT title FROM documents WHERE id = ?').pluck().get(revisionDocumentId) ?? '';
      return exportMatrix(matrix, { format, language, title });
    },
    async card({ revisionDocumentId, articleLabel }) {
      return cardFor(library.db, revisionDocumentId, articleLabel);
    },
    async saveCard({ revisionDocumentId, articleLabel, card }) {
      return saveCard(library.db, revisionDocumentId, articleLabel, card);
    },
    async cardStatuses({ revisionDocumentId }) {
      return cardStatuses(library.db, revisionDocumentId);
    },
  };
}

/**
 * The statement's State (from its metadata), the first article its words cite, and the draft
 * revision to file it under: the newest draft (by date, then import) holding a passage with
 * that label, or the newest draft when none does.
 */
function guessPosition(library: Library, sourceDocumentId: number, quote: string): PositionGuess {
  // Only a State of the catalogue: an import may have read a code no position can be by.
  const stateCode =
    library.db
      .prepare<[number], string>('SELECT s.code FROM documents AS d JOIN states AS s ON s.code = d.state_code WHERE d.id = ?')
      .pluck()
      .get(sourceDocumentId) ?? null;
  const targetLabel = citationsInText(quote)[0]?.label ?? null;
  const newestDraft = (label: string | null) =>
    library.db
      .prepare<[string | null, string | null], number>(
        `SELECT d.id FROM documents AS d
         WHERE d.kind = 'draft' AND (? IS NULL OR EXISTS (SELECT 1 FROM passages AS p WHERE p.document_id = d.id AND p.label = ?))
         ORDER BY coalesce(d.document_date, '') DESC, d.id DESC LIMIT 1`,
      )
      .pluck()
      .get(label, label);
  const revisionDocumentId = (targetLabel !== null ? newestDraft(targetLabel) : undefined) ?? newestDraft(null) ?? null;
  return { speaker: stateCode ? { kind: 'state', code: stateCode } : null, targetLabel, revisionDocumentId };
}
