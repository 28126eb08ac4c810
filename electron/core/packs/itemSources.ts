/**
 * What an item added to a pack keeps from its source: its citation, as a delegate writes it,
 * the words clipped (a snapshot, so the pack still reads when the source is deleted or
 * re-imported) and their language. Added "from anywhere": a search result or reader passage,
 * a whole article, a mark, a position, a precedent, a compare view, or typed.
 */
import type { Database } from 'better-sqlite3';
import { passageCitation } from '../../common/citations';
import { AppError } from '../../common/errors';
import type { PackItemInput, PackItemSource } from '../../common/packs';
import { plainTextOf, richTextOf } from '../../common/richText';
import { getAnnotation } from '../db/repos/annotationsRepo';
import { positionById } from '../db/repos/positionsRepo';
import { passagesByIds } from '../db/repos/searchRepo';
import type { NewItem } from '../db/repos/packsRepo';
import { citeAnnotations } from '../export/annotationCitations';
import { positionCitation } from './positionCitation';
import { revisionReader } from './revisionReader';

interface DocumentRow {
  title: string;
  symbol: string | null;
  kind: string;
  language: string | null;
}

const noSource: PackItemSource = { documentId: null, pageIndex: null, passageId: null, annotationId: null, positionId: null, olderDocumentId: null, label: null };

function documentOf(db: Database, id: number): DocumentRow {
  const row = db.prepare<[number], DocumentRow>('SELECT title, symbol, kind, language FROM documents WHERE id = ?').get(id);
  if (!row) throw new AppError('not-found', 'The document this comes from is no longer in the library; nothing was added.');
  return row;
}

/**
 * A document as a citation names it. A draft with a UN symbol by its symbol alone
 * ("A/CN.4/L.935/Rev.1"), which tells revisions apart and reads as the draft-text section cites
 * the article; another document by its title, with its symbol when it has one ("Rome Statute …
 * (A/CONF.183/9)"). `kind` is the document's kind ('draft', 'instrument', 'statement').
 */
export function documentName(document: { title: string; symbol: string | null; kind: string }): string {
  if (document.symbol && document.kind === 'draft') return document.symbol;
  return document.symbol && !document.title.includes(document.symbol) ? `${document.title} (${document.symbol})` : document.title;
}

/** "A/AC.300/L.1 → A/AC.300/L.1/Rev.1": the two revisions of a compare view, by their symbols when both have one. */
export function comparisonName(older: { title: string; symbol: string | null; kind: string }, newer: { title: string; symbol: string | null; kind: string }): string {
  return older.symbol && newer.symbol ? `${older.symbol} → ${newer.symbol}` : `${documentName(older)} → ${documentName(newer)}`;
}

/** An article of a document by its label, however typed ("6", "art. 6"). */
export function articleOf(db: Database, documentId: number, label: string) {
  return revisionReader(db).article(documentId, label);
}

/**
 * The item to store for what the delegate added: the source's citation and words where the
 * input leaves them out. Errors: not-found for a source no longer in the library;
 * invalid-argument for an item that names no source it needs, or has no words at all.
 */
export function itemFromSource(db: Database, input: PackItemInput): NewItem {
  const source: PackItemSource = { ...noSource, ...input.source };
  // A mark added as it is brings its own note along.
  const note = input.note !== undefined ? input.note : input.kind === 'annotation' ? annotationNote(db, source.annotationId) : null;
  const made = fromSource(db, input, source);
  const quote = input.quote ?? made.quote;
  const citation = input.citation ?? made.citation;
  if (!quote.trim() && !(note && plainTextOf(note))) throw new AppError('invalid-argument', 'There are no words to add: select some text, or write a note.');
  return { kind: input.kind, citation, quote, language: made.language, note, source: made.source };
}

function fromSource(db: Database, input: PackItemInput, source: PackItemSource): { citation: string; quote: string; language: string | null; source: PackItemSource } {
  const need = (value: number | null, what: string): number => {
    if (value === null) throw new AppError('invalid-argument', `An item of kind ${input.kind} needs ${what}.`);
    return value;
  };
  switch (input.kind) {
    case 'passage':
    case 'precedent': {
      if (source.passageId === null && input.quote !== undefined && input.citation !== undefined) return { citation: input.citation, quote: input.quote, language: source.documentId ? documentOf(db, source.documentId).language : null, source };
      const [passage] = passagesByIds(db, [need(source.passageId, 'the passage it is from')]);
      if (!passage) throw new AppError('not-found', 'That passage is no longer in the library (its document was deleted or imported again); search for it again.');
      const document = documentOf(db, passage.documentId);
      const pageIndex = source.pageIndex ?? passage.startPage;
      return {
        citation: passageCitation(documentName(document), passage.label, pageIndex),
        quote: passage.text,
        language: document.language,
        source: { ...source, documentId: passage.documentId, pageIndex, label: passage.label },
      };
    }
    case 'article':
    case 'comparison': {
      const documentId = need(source.documentId, 'the document it is from');
      const document = documentOf(db, documentId);
      if (source.label === null) throw new AppError('invalid-argument', 'Say which article to add ("Art. 6").');
      const article = articleOf(db, documentId, source.label);
      if (!article) throw new AppError('not-found', `There is no article "${source.label}" in ${documentName(document)}; choose one from its list of articles.`);
      if (input.kind === 'comparison') {
        const older = documentOf(db, need(source.olderDocumentId, 'the older revision compared'));
        const citation = `${comparisonName(older, document)}, ${article.label.charAt(0).toLowerCase()}${article.label.slice(1)}`;
        return { citation, quote: article.text, language: document.language, source: { ...source, pageIndex: article.pageIndex, label: article.label } };
      }
      return {
        citation: passageCitation(documentName(document), article.label, article.pageIndex),
        quote: article.text,
        language: document.language,
        source: { ...source, pageIndex: article.pageIndex, label: article.label },
      };
    }
    case 'annotation': {
      const annotation = getAnnotation(db, need(source.annotationId, 'the mark it is'));
      if (!annotation) throw new AppError('not-found', 'That mark is no longer there (it may have been deleted); nothing was added.');
      const document = documentOf(db, annotation.documentId);
      const label = citeAnnotations(db, annotation.documentId, [annotation]).get(annotation.id)?.label ?? null;
      const citation = label ? passageCitation(documentName(document), label, annotation.pageIndex) : `${documentName(document)}, p. ${annotation.pageIndex + 1}`;
      return {
        citation,
        quote: annotation.anchor.quote?.exact ?? '',
        language: document.language,
        source: { ...source, documentId: annotation.documentId, pageIndex: annotation.pageIndex, label },
      };
    }
    case 'position': {
      const position = positionById(db, need(source.positionId, 'the position it is'));
      if (!position) throw new AppError('not-found', 'That position is no longer recorded (it may have been deleted); nothing was added.');
      const language = position.source.documentId ? documentOf(db, position.source.documentId).language : null;
      return {
        citation: positionCitation(db, position, 'en'),
        quote: position.quote || position.proposedWording || position.summary,
        language,
        source: { ...source, documentId: position.source.documentId, pageIndex: position.source.pageIndex, passageId: position.source.passageId ?? null, label: position.targetLabel },
      };
    }
    case 'note':
      return { citation: input.citation ?? '', quote: input.quote ?? '', language: null, source };
  }
}

/** A mark's own note, as the item's note when the delegate adds the mark without writing one. */
function annotationNote(db: Database, annotationId: number | null | undefined) {
  if (!annotationId) return null;
  const note = getAnnotation(db, annotationId)?.note ?? '';
  return note ? richTextOf(note) : null;
}
