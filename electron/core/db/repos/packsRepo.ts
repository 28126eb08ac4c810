/**
 * Packs, their sections and items as stored (migration 0200). Each write is one transaction
 * (synchronous=FULL, like every write): when a call answers, what it wrote survives a crash.
 * Order is a REAL ordinal, so a move writes one row: halfway between its new neighbours.
 * Deletions are soft (deleted_at) so undo brings back the same rows.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { PackItemKind, PackItemSource, PackSectionKind, PackSession, PackSummary } from '../../../common/packs';
import type { RichText } from '../../../common/richText';
import { nowSql } from '../migrations/migration';

interface PackRow {
  id: number;
  title: string;
  sessionName: string | null;
  startDate: string | null;
  endDate: string | null;
  place: string;
  agendaJson: string;
  revisionDocumentId: number | null;
  classification: string;
  templateId: string | null;
  duplicatedFromId: number | null;
  sectionCount: number;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

const packColumns = `p.id, p.title, p.session_name AS sessionName, p.session_date AS startDate, p.session_end_date AS endDate,
  p.place, p.agenda_json AS agendaJson, p.revision_document_id AS revisionDocumentId, p.classification,
  p.template_id AS templateId, p.duplicated_from_id AS duplicatedFromId,
  (SELECT count(*) FROM pack_sections AS s WHERE s.pack_id = p.id AND s.deleted_at IS NULL) AS sectionCount,
  (SELECT count(*) FROM pack_items AS i JOIN pack_sections AS s ON s.id = i.section_id
    WHERE s.pack_id = p.id AND s.deleted_at IS NULL AND i.deleted_at IS NULL) AS itemCount,
  p.created_at AS createdAt, p.updated_at AS updatedAt`;

function toSummary(row: PackRow): PackSummary {
  return {
    id: row.id,
    title: row.title,
    session: {
      name: row.sessionName ?? '',
      startDate: row.startDate,
      endDate: row.endDate,
      place: row.place,
      agendaItems: JSON.parse(row.agendaJson) as string[],
      revisionDocumentId: row.revisionDocumentId,
    },
    classification: row.classification,
    templateId: row.templateId,
    duplicatedFromId: row.duplicatedFromId,
    sectionCount: row.sectionCount,
    itemCount: row.itemCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Packs not deleted, the latest session first (undated last), then the newest made. */
export function listPacks(db: Database): PackSummary[] {
  return db
    .prepare<[], PackRow>(`SELECT ${packColumns} FROM packs AS p WHERE p.deleted_at IS NULL ORDER BY coalesce(p.session_date, '') DESC, p.id DESC`)
    .all()
    .map(toSummary);
}

/** A pack not deleted. Errors: not-found. */
export function packById(db: Database, id: number): PackSummary {
  const row = db.prepare<[number], PackRow>(`SELECT ${packColumns} FROM packs AS p WHERE p.id = ? AND p.deleted_at IS NULL`).get(id);
  if (!row) throw new AppError('not-found', 'This pack is no longer in the library (it may have been deleted); choose it again from the list of packs.');
  return toSummary(row);
}

/** Errors: invalid-argument for a revision that is not a draft in the library. */
export function checkRevision(db: Database, revisionDocumentId: number | null | undefined): void {
  if (revisionDocumentId === null || revisionDocumentId === undefined) return;
  const kind = db.prepare<[number], string>('SELECT kind FROM documents WHERE id = ?').pluck().get(revisionDocumentId);
  if (kind === undefined) throw new AppError('invalid-argument', 'The draft revision chosen is no longer in the library; choose another.');
  if (kind !== 'draft') throw new AppError('invalid-argument', 'A pack is about a draft revision: choose a document of kind draft (or change its kind in the Library).');
}

export interface NewPack {
  title: string;
  session: PackSession;
  classification: string;
  templateId: string | null;
  duplicatedFromId: number | null;
}

/** Inserts a pack (call inside the caller's transaction when sections follow); answers its id. */
export function insertPack(db: Database, pack: NewPack): number {
  checkRevision(db, pack.session.revisionDocumentId);
  return Number(
    db
      .prepare(
        `INSERT INTO packs (title, session_name, session_date, session_end_date, place, agenda_json, revision_document_id, classification, template_id, duplicated_from_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        pack.title,
        pack.session.name,
        pack.session.startDate,
        pack.session.endDate,
        pack.session.place,
        JSON.stringify(pack.session.agendaItems),
        pack.session.revisionDocumentId,
        pack.classification,
        pack.templateId,
        pack.duplicatedFromId,
      ).lastInsertRowid,
  );
}

/** Changes a pack's title, session or marking. Errors: not-found, invalid-argument. */
export function updatePack(db: Database, id: number, patch: { title?: string; session?: PackSession; classification?: string }): PackSummary {
  return db.transaction(() => {
    const current = packById(db, id);
    const session = patch.session ?? current.session;
    checkRevision(db, session.revisionDocumentId);
    db.prepare(
      `UPDATE packs SET title = ?, session_name = ?, session_date = ?, session_end_date = ?, place = ?, agenda_json = ?,
         revision_document_id = ?, classification = ?, updated_at = ${nowSql} WHERE id = ?`,
    ).run(
      patch.title ?? current.title,
      session.name,
      session.startDate,
      session.endDate,
      session.place,
      JSON.stringify(session.agendaItems),
      session.revisionDocumentId,
      patch.classification ?? current.classification,
      id,
    );
    return packById(db, id);
  }).immediate();
}

/** Marks a pack deleted (restorePack undoes it). */
export function deletePack(db: Database, id: number): boolean {
  return db.prepare(`UPDATE packs SET deleted_at = ${nowSql} WHERE id = ? AND deleted_at IS NULL`).run(id).changes > 0;
}

/** Errors: not-found when the pack is not a deleted one. */
export function restorePack(db: Database, id: number): PackSummary {
  const changed = db.prepare(`UPDATE packs SET deleted_at = NULL, updated_at = ${nowSql} WHERE id = ? AND deleted_at IS NOT NULL`).run(id).changes;
  if (changed === 0) throw new AppError('not-found', 'There is no deleted pack to bring back.');
  return packById(db, id);
}

/** Notes that something in the pack changed (the list shows the most recently worked on). */
export function touchPack(db: Database, packId: number): void {
  db.prepare(`UPDATE packs SET updated_at = ${nowSql} WHERE id = ?`).run(packId);
}

export interface SectionRow {
  id: number;
  packId: number;
  ordinal: number;
  kind: PackSectionKind;
  title: string;
  articleLabel: string | null;
  revisionDocumentId: number | null;
  body: RichText | null;
}

const sectionColumns = `s.id, s.pack_id AS packId, s.ordinal, s.kind, s.title, s.article_label AS articleLabel,
  s.revision_document_id AS revisionDocumentId, s.body_json AS bodyJson`;
type StoredSection = Omit<SectionRow, 'body'> & { bodyJson: string | null };
const toSection = ({ bodyJson, ...row }: StoredSection): SectionRow => ({ ...row, body: bodyJson ? (JSON.parse(bodyJson) as RichText) : null });

/** A pack's sections not deleted, in order. */
export function sectionsOf(db: Database, packId: number): SectionRow[] {
  return db
    .prepare<[number], StoredSection>(`SELECT ${sectionColumns} FROM pack_sections AS s WHERE s.pack_id = ? AND s.deleted_at IS NULL ORDER BY s.ordinal, s.id`)
    .all(packId)
    .map(toSection);
}

/** A section not deleted, of a pack not deleted. Errors: not-found. */
export function sectionById(db: Database, id: number): SectionRow {
  const row = db
    .prepare<[number], StoredSection>(
      `SELECT ${sectionColumns} FROM pack_sections AS s JOIN packs AS p ON p.id = s.pack_id
        WHERE s.id = ? AND s.deleted_at IS NULL AND p.deleted_at IS NULL`,
    )
    .get(id);
  if (!row) throw new AppError('not-found', 'This section is no longer in the pack (it may have been deleted); reload the pack.');
  return toSection(row);
}

/** The ordinal halfway between `before`'s predecessor and `before` (or after the last when null), among rows of one parent. */
function ordinalBefore(db: Database, table: 'pack_sections' | 'pack_items', parentColumn: 'pack_id' | 'section_id', parentId: number, before: number | null | undefined): number {
  const ordinals = db
    .prepare<[number], { id: number; ordinal: number }>(`SELECT id, ordinal FROM ${table} WHERE ${parentColumn} = ? AND deleted_at IS NULL ORDER BY ordinal, id`)
    .all(parentId);
  if (before === null || before === undefined) return (ordinals.at(-1)?.ordinal ?? 0) + 1;
  const at = ordinals.findIndex((row) => row.id === before);
  if (at < 0) throw new AppError('not-found', 'The place to move to is no longer in the pack; reload it and try again.');
  const previous = at > 0 ? ordinals[at - 1].ordinal : ordinals[at].ordinal - 1;
  return (previous + ordinals[at].ordinal) / 2;
}

export interface NewSection {
  kind: PackSectionKind;
  title: string;
  articleLabel: string | null;
  revisionDocumentId: number | null;
  body: RichText | null;
}

/** Inserts a section before `before` (a section of the pack) or at the end; answers its id. */
export function insertSection(db: Database, packId: number, section: NewSection, before: number | null = null): number {
  checkRevision(db, section.revisionDocumentId);
  const ordinal = ordinalBefore(db, 'pack_sections', 'pack_id', packId, before);
  const id = Number(
    db
      .prepare('INSERT INTO pack_sections (pack_id, ordinal, kind, title, article_label, revision_document_id, body_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(packId, ordinal, section.kind, section.title, section.articleLabel, section.revisionDocumentId, section.body ? JSON.stringify(section.body) : null).lastInsertRowid,
  );
  touchPack(db, packId);
  return id;
}

/** The section after `id` in its pack, or null when it is the last (to add a section after another). */
export function sectionAfter(db: Database, id: number): number | null {
  const section = sectionById(db, id);
  return (
    db
      .prepare<[number, number], number>('SELECT id FROM pack_sections WHERE pack_id = ? AND ordinal > ? AND deleted_at IS NULL ORDER BY ordinal, id LIMIT 1')
      .pluck()
      .get(section.packId, section.ordinal) ?? null
  );
}

/** Changes a section. Errors: not-found, invalid-argument. */
export function updateSection(db: Database, id: number, patch: Partial<Omit<NewSection, 'kind'>>): void {
  db.transaction(() => {
    const current = sectionById(db, id);
    if (patch.revisionDocumentId !== undefined) checkRevision(db, patch.revisionDocumentId);
    const body = patch.body === undefined ? current.body : patch.body;
    db.prepare(`UPDATE pack_sections SET title = ?, article_label = ?, revision_document_id = ?, body_json = ?, updated_at = ${nowSql} WHERE id = ?`).run(
      patch.title ?? current.title,
      patch.articleLabel === undefined ? current.articleLabel : patch.articleLabel,
      patch.revisionDocumentId === undefined ? current.revisionDocumentId : patch.revisionDocumentId,
      body ? JSON.stringify(body) : null,
      id,
    );
    touchPack(db, current.packId);
  }).immediate();
}

/** Moves a section before another of its pack, or to the end. Errors: not-found (also for a section of another pack). */
export function moveSection(db: Database, id: number, before: number | null): boolean {
  return db.transaction(() => {
    const section = sectionById(db, id);
    if (before === id) return false;
    const ordinal = ordinalBefore(db, 'pack_sections', 'pack_id', section.packId, before);
    db.prepare('UPDATE pack_sections SET ordinal = ? WHERE id = ?').run(ordinal, id);
    touchPack(db, section.packId);
    return true;
  }).immediate();
}

export function deleteSection(db: Database, id: number): boolean {
  const packId = db.prepare<[number], number>('SELECT pack_id FROM pack_sections WHERE id = ? AND deleted_at IS NULL').pluck().get(id);
  if (packId === undefined) return false;
  db.prepare(`UPDATE pack_sections SET deleted_at = ${nowSql} WHERE id = ?`).run(id);
  touchPack(db, packId);
  return true;
}

/** Errors: not-found when the section is not a deleted one. */
export function restoreSection(db: Database, id: number): SectionRow {
  const changed = db.prepare('UPDATE pack_sections SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes;
  if (changed === 0) throw new AppError('not-found', 'There is no deleted section to bring back.');
  return sectionById(db, id);
}

export interface ItemRow {
  id: number;
  sectionId: number;
  kind: PackItemKind;
  citation: string;
  quote: string;
  language: string | null;
  note: RichText | null;
  source: PackItemSource;
  createdAt: string;
}

interface StoredItem {
  id: number;
  sectionId: number;
  kind: PackItemKind;
  citation: string;
  quote: string;
  language: string | null;
  noteJson: string | null;
  documentId: number | null;
  pageIndex: number | null;
  passageId: number | null;
  annotationId: number | null;
  positionId: number | null;
  olderDocumentId: number | null;
  label: string | null;
  createdAt: string;
}

const itemColumns = `i.id, i.section_id AS sectionId, i.kind, i.citation, i.quote, i.language, i.note_json AS noteJson,
  i.source_document_id AS documentId, i.source_page_index AS pageIndex, i.passage_id AS passageId, i.annotation_id AS annotationId,
  i.position_id AS positionId, i.older_document_id AS olderDocumentId, i.label, i.created_at AS createdAt`;

function toItem(row: StoredItem): ItemRow {
  const { noteJson, documentId, pageIndex, passageId, annotationId, positionId, olderDocumentId, label, ...rest } = row;
  return { ...rest, note: noteJson ? (JSON.parse(noteJson) as RichText) : null, source: { documentId, pageIndex, passageId, annotationId, positionId, olderDocumentId, label } };
}

/** The items of a pack's sections not deleted, in order, by section id. */
export function itemsOf(db: Database, packId: number): Map<number, ItemRow[]> {
  const rows = db
    .prepare<[number], StoredItem>(
      `SELECT ${itemColumns} FROM pack_items AS i JOIN pack_sections AS s ON s.id = i.section_id
        WHERE s.pack_id = ? AND i.deleted_at IS NULL ORDER BY i.section_id, i.ordinal, i.id`,
    )
    .all(packId);
  const bySection = new Map<number, ItemRow[]>();
  for (const row of rows) {
    const list = bySection.get(row.sectionId) ?? [];
    list.push(toItem(row));
    bySection.set(row.sectionId, list);
  }
  return bySection;
}

/** An item not deleted, in a section and pack not deleted. Errors: not-found. */
export function itemById(db: Database, id: number): ItemRow & { packId: number } {
  const row = db
    .prepare<[number], StoredItem & { packId: number }>(
      `SELECT ${itemColumns}, s.pack_id AS packId FROM pack_items AS i JOIN pack_sections AS s ON s.id = i.section_id JOIN packs AS p ON p.id = s.pack_id
        WHERE i.id = ? AND i.deleted_at IS NULL AND s.deleted_at IS NULL AND p.deleted_at IS NULL`,
    )
    .get(id);
  if (!row) throw new AppError('not-found', 'This item is no longer in the pack (it may have been deleted); reload the pack.');
  return { ...toItem(row), packId: row.packId };
}

export interface NewItem {
  kind: PackItemKind;
  citation: string;
  quote: string;
  language: string | null;
  note: RichText | null;
  source: PackItemSource;
}

/** Inserts an item into a section before `before` or at its end; answers its id. */
export function insertItem(db: Database, sectionId: number, item: NewItem, before: number | null = null): number {
  const section = sectionById(db, sectionId);
  const ordinal = ordinalBefore(db, 'pack_items', 'section_id', sectionId, before);
  const { source } = item;
  const id = Number(
    db
      .prepare(
        `INSERT INTO pack_items (section_id, ordinal, kind, citation, quote, language, note_json, source_document_id, source_page_index,
           passage_id, annotation_id, position_id, older_document_id, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sectionId,
        ordinal,
        item.kind,
        item.citation,
        item.quote,
        item.language,
        item.note ? JSON.stringify(item.note) : null,
        source.documentId,
        source.pageIndex,
        source.passageId,
        source.annotationId,
        source.positionId,
        source.olderDocumentId,
        source.label,
      ).lastInsertRowid,
  );
  touchPack(db, section.packId);
  return id;
}

/** Changes an item's note, words or citation. Errors: not-found. */
export function updateItem(db: Database, id: number, patch: { note?: RichText | null; quote?: string; citation?: string }): void {
  db.transaction(() => {
    const current = itemById(db, id);
    const note = patch.note === undefined ? current.note : patch.note;
    db.prepare('UPDATE pack_items SET note_json = ?, quote = ?, citation = ? WHERE id = ?').run(note ? JSON.stringify(note) : null, patch.quote ?? current.quote, patch.citation ?? current.citation, id);
    touchPack(db, current.packId);
  }).immediate();
}

/** Moves an item before another (in any section of its pack) or to a section's end. Errors: not-found, invalid-argument (another pack). */
export function moveItem(db: Database, id: number, sectionId: number, before: number | null): boolean {
  return db.transaction(() => {
    const item = itemById(db, id);
    const section = sectionById(db, sectionId);
    if (section.packId !== item.packId) throw new AppError('invalid-argument', 'An item moves within its pack; to use it in another pack, add it there from its source.');
    if (before === id) return false;
    const ordinal = ordinalBefore(db, 'pack_items', 'section_id', sectionId, before);
    db.prepare('UPDATE pack_items SET section_id = ?, ordinal = ? WHERE id = ?').run(sectionId, ordinal, id);
    touchPack(db, item.packId);
    return true;
  }).immediate();
}

export function deleteItem(db: Database, id: number): boolean {
  return db.prepare(`UPDATE pack_items SET deleted_at = ${nowSql} WHERE id = ? AND deleted_at IS NULL`).run(id).changes > 0;
}

/** Errors: not-found when the item is not a deleted one. */
export function restoreItem(db: Database, id: number): ItemRow {
  const changed = db.prepare('UPDATE pack_items SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes;
  if (changed === 0) throw new AppError('not-found', 'There is no deleted item to bring back.');
  return itemById(db, id);
}
