/**
 * A pack as the screen, the room view and every export read it: its sections in order, each
 * with what it shows resolved from the library now (the article's text and redline, our card,
 * other States' positions by stance) and its items, each told when its source reads otherwise
 * in a newer revision.
 */
import type { Database } from 'better-sqlite3';
import { labelKey } from '../../common/citations';
import { positionStances, type InterfaceLanguage, type Position, type PositionStance } from '../../common/model';
import type { Pack, PackDraftText, PackItem, PackPosition, PackSection, PackSummary } from '../../common/packs';
import { itemById, itemsOf, packById, sectionById, sectionsOf, type ItemRow, type SectionRow } from '../db/repos/packsRepo';
import { cardFor, normalArticleLabel } from '../db/repos/positionCardsRepo';
import { listPositions, positionById } from '../db/repos/positionsRepo';
import { readSettings } from '../db/repos/settingsRepo';
import { positionCitation, speakerName } from './positionCitation';
import { revisionReader, type RevisionReader } from './revisionReader';

/** The pack `id` resolved, names in `language`. Errors: not-found. */
export function resolvePack(db: Database, id: number, language: InterfaceLanguage = 'en'): Pack {
  const summary = packById(db, id);
  return { ...summary, sections: resolveSections(db, summary, sectionsOf(db, id), language) };
}

/**
 * One section resolved, as a write answers it: only its own article is read and compared, so
 * saving a note does not compare every article of the pack. Errors: not-found.
 */
export function resolveOneSection(db: Database, sectionId: number, language: InterfaceLanguage = 'en'): PackSection {
  const section = sectionById(db, sectionId);
  return resolveSections(db, packById(db, section.packId), [section], language)[0];
}

/** One item resolved, as a write answers it. Errors: not-found. */
export function resolveOneItem(db: Database, itemId: number, language: InterfaceLanguage = 'en'): PackItem {
  const { packId: _packId, ...item } = itemById(db, itemId);
  return resolveItem(db, revisionReader(db), item, language);
}

function resolveSections(db: Database, summary: PackSummary, sections: SectionRow[], language: InterfaceLanguage): PackSection[] {
  const reader = revisionReader(db);
  const items = itemsOf(db, summary.id);
  const ourState = readSettings(db).delegationStateCode || null;
  return sections.map((section) =>
    resolveSection(db, reader, section, items.get(section.id) ?? [], section.revisionDocumentId ?? summary.session.revisionDocumentId, language, ourState),
  );
}

function resolveSection(
  db: Database,
  reader: RevisionReader,
  section: SectionRow,
  items: ItemRow[],
  revisionId: number | null,
  language: InterfaceLanguage,
  ourState: string | null,
): PackSection {
  const { ordinal: _ordinal, ...stored } = section;
  const label = section.articleLabel;
  const readsArticle = revisionId !== null && label !== null && revisionExists(db, revisionId);
  return {
    ...stored,
    items: items.map((item) => resolveItem(db, reader, item, language)),
    draft: section.kind === 'draft-text' && readsArticle ? draftText(reader, revisionId, label) : null,
    card: section.kind === 'position-card' && readsArticle ? cardFor(db, revisionId, label) : null,
    positionsByStance: section.kind === 'state-positions' && readsArticle ? positionsOn(db, revisionId, label, language, ourState) : null,
    newerSource: section.kind === 'draft-text' && readsArticle ? reader.newerSource(revisionId, label) : null,
  };
}

function revisionExists(db: Database, id: number): boolean {
  return db.prepare<[number], number>("SELECT 1 FROM documents WHERE id = ? AND kind = 'draft'").pluck().get(id) !== undefined;
}

function draftText(reader: RevisionReader, revisionId: number, label: string): PackDraftText {
  const article = reader.article(revisionId, label);
  const previous = reader.previous(revisionId);
  const base = { documentId: revisionId, revisionName: reader.revisionName(revisionId), previousRevisionName: previous !== null ? reader.revisionName(previous) : null };
  if (!article) return { ...base, label: normalArticleLabel(label), heading: null, text: '', pageIndex: null, redline: null, missing: true };
  const group = previous !== null ? reader.group(previous, revisionId, article.label, 'newer') : undefined;
  return {
    ...base,
    label: article.label,
    heading: article.heading,
    text: article.text,
    pageIndex: article.pageIndex,
    redline: group && group.change !== 'added' ? group.redline : null,
    missing: false,
  };
}

function resolveItem(db: Database, reader: RevisionReader, item: ItemRow, language: InterfaceLanguage): PackItem {
  const { documentId, olderDocumentId, label } = item.source;
  const group = item.kind === 'comparison' && documentId !== null && olderDocumentId !== null && label !== null ? reader.group(olderDocumentId, documentId, label, 'newer') : undefined;
  // A position added as an item reads as the positions section shows one: who, which stance, what.
  const position = item.kind === 'position' && item.source.positionId !== null ? positionById(db, item.source.positionId) : undefined;
  return {
    ...item,
    newerSource: item.kind === 'position' || item.kind === 'note' ? null : reader.newerSource(documentId, label),
    redline: group?.redline ?? null,
    position: position ? packPosition(db, position, language) : null,
  };
}

/** A recorded position as packs show it (the positions section, and a position added as an item). */
function packPosition(db: Database, position: Position, language: InterfaceLanguage): PackPosition {
  return {
    positionId: position.id,
    speaker: position.speaker,
    speakerName: speakerName(position.speaker, position.groupName, language),
    stance: position.stance,
    targetLabel: position.targetLabel,
    summary: position.summary,
    proposedWording: position.proposedWording,
    quote: position.quote,
    citation: positionCitation(db, position, language),
    sourceDocumentId: position.source.documentId,
    sourcePageIndex: position.source.pageIndex,
  };
}

/** The article's label and those below it: a position on "Art. 6(2)" is on article 6. */
function onArticle(targetLabel: string, label: string): boolean {
  const target = labelKey(normalArticleLabel(targetLabel));
  const wanted = labelKey(normalArticleLabel(label));
  return target === wanted || target.startsWith(`${wanted}(`);
}

function positionsOn(db: Database, revisionId: number, label: string, language: InterfaceLanguage, ourState: string | null) {
  const byStance = new Map<PositionStance, PackPosition[]>();
  for (const position of listPositions(db, { revisionDocumentId: revisionId }).toReversed()) {
    if (!onArticle(position.targetLabel, label)) continue;
    // Ours is on the card; this section is the others'.
    if (ourState && position.speaker.kind === 'state' && position.speaker.code === ourState) continue;
    const list = byStance.get(position.stance) ?? [];
    list.push(packPosition(db, position, language));
    byStance.set(position.stance, list);
  }
  return positionStances.filter((stance) => byStance.has(stance)).map((stance) => ({ stance, positions: byStance.get(stance)! }));
}
