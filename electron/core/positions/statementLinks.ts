import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { StatementLinks } from '../../common/model';
import { DraftLinker, type DraftPassage } from './statementLinker';

/**
 * A statement's paragraphs, each with the article of the draft revision it seems to address
 * (DraftLinker), the statement's State (its metadata) and date, for the one-pass review that
 * records its positions. The revision is the one given, else the newest draft (by date, then
 * import). The paragraphs are the statement's innermost passages ("Para. 3"), in reading order.
 * Errors: not-found for a document no longer there, or no draft in the library;
 * invalid-argument for a document that is not a statement, or a revision that is not a draft.
 */
export function statementLinks(db: Database, sourceDocumentId: number, revisionDocumentId?: number): StatementLinks {
  const source = db
    .prepare<[number], { kind: string; date: string | null; stateCode: string | null }>(
      `SELECT d.kind, d.document_date AS date, s.code AS stateCode FROM documents AS d LEFT JOIN states AS s ON s.code = d.state_code WHERE d.id = ?`,
    )
    .get(sourceDocumentId);
  if (!source) throw new AppError('not-found', 'This statement is no longer in the library.');
  if (source.kind !== 'statement') {
    throw new AppError('invalid-argument', 'Only a statement is linked to a draft: file this document as a statement in the Library (Edit details), then link it.');
  }
  const revisionId = revisionDocumentId ?? newestDraft(db);
  if (revisionId === undefined) throw new AppError('not-found', 'There is no draft to link the statement to: import a draft and file it as a draft first.');
  const revision = db.prepare<[number], { kind: string; language: string | null }>('SELECT kind, language FROM documents WHERE id = ?').get(revisionId);
  if (revision?.kind !== 'draft') throw new AppError('invalid-argument', 'A statement is linked to a draft revision: choose a draft of the library.');
  const draftPassages = db
    .prepare<[number], DraftPassage>('SELECT label, level, heading, text FROM passages WHERE document_id = ? ORDER BY ordinal')
    .all(revisionId);
  const linker = new DraftLinker(draftPassages, revision.language);
  const paragraphs = db
    .prepare<[number], { passageId: number; label: string; text: string; pageIndex: number }>(
      `SELECT p.id AS passageId, p.label, p.text, p.start_page AS pageIndex FROM passages AS p
        WHERE p.document_id = ? AND NOT EXISTS (SELECT 1 FROM passages AS child WHERE child.parent_id = p.id)
        ORDER BY p.ordinal`,
    )
    .all(sourceDocumentId)
    .filter((paragraph) => paragraph.text.trim() !== '');
  const suggestions = linker.suggestAll(paragraphs.map((paragraph) => paragraph.text));
  // Positions already taken from this statement: a paragraph whose words one quotes was recorded.
  const earlier = db
    .prepare<[number], { targetLabel: string; quote: string }>('SELECT target_label AS targetLabel, text AS quote FROM positions WHERE source_document_id = ? ORDER BY id')
    .all(sourceDocumentId)
    .map((position) => ({ targetLabel: position.targetLabel, quote: spaced(position.quote) }))
    .filter((position) => position.quote !== '');
  const recordedFrom = (text: string) => {
    const words = spaced(text);
    return [...new Set(earlier.filter((position) => words.includes(position.quote) || position.quote.includes(words)).map((position) => position.targetLabel))];
  };
  return {
    sourceDocumentId,
    revisionDocumentId: revisionId,
    speaker: source.stateCode ? { kind: 'state', code: source.stateCode } : null,
    // The positions' date is a day (yyyy-mm-dd): a statement dated only by month or year gives none.
    date: source.date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(source.date) ? source.date : null,
    paragraphs: paragraphs.map((paragraph, index) => ({ ...paragraph, suggestion: suggestions[index], recorded: recordedFrom(paragraph.text) })),
  };
}

function newestDraft(db: Database): number | undefined {
  return db
    .prepare<[], number>(`SELECT id FROM documents WHERE kind = 'draft' ORDER BY coalesce(document_date, '') DESC, id DESC LIMIT 1`)
    .pluck()
    .get();
}

/** Text compared without its line breaks and runs of spaces (a quote selected across lines). */
function spaced(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
