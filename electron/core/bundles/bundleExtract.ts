/**
 * The rows a bundle carries, read from a library in one read transaction (a consistent
 * snapshot while the user keeps working). For the whole library: every ready document with its
 * original, and every live annotation, position, card and pack. For chosen documents: those,
 * their marks, the positions on or from them, the cards on them, their families (only the
 * chosen revisions), and the packs that are about or cite one of them. A reference to a
 * document left out becomes null (a pack item keeps its quote and citation, a position its
 * article label); rows marked deleted (kept for undo) never travel.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { bundleColumns, type BundleDatabase } from './bundleFormat';

type Row = Record<string, unknown>;

function select(db: Database, table: keyof BundleDatabase, from: string, where: string, params: unknown[] = [], alias = 't'): Row[] {
  const columns = bundleColumns(table).map((column) => `${alias}.${column}`).join(', ');
  return db.prepare(`SELECT ${columns} FROM ${from} WHERE ${where}`).all(...params) as Row[];
}

/** Ids as a JSON array parameter, read with json_each: one statement for any number of ids. */
const inIds = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

/**
 * The extract for `documentIds` (all documents when undefined). Errors: not-found when a chosen
 * document is not there or not ready (still importing, failed), with what to do.
 */
export function readBundleExtract(db: Database, documentIds?: number[]): BundleDatabase {
  // Deferred: one consistent read, without the write lock that would hold import workers back
  // for the whole extract (writable connections begin IMMEDIATE by default, openDatabase.ts).
  return db.transaction(() => {
    const documents = documentIds
      ? select(db, 'documents', 'documents AS t', `${inIds('t.id')} AND t.status = 'ready' AND t.sha256 IS NOT NULL`, [JSON.stringify(documentIds)])
      : select(db, 'documents', 'documents AS t', `t.status = 'ready' AND t.sha256 IS NOT NULL ORDER BY t.id`);
    if (documentIds && documents.length < new Set(documentIds).size) {
      throw new AppError('not-found', 'Some of the chosen documents are no longer in the library, or are still being imported. Choose the documents again, and export when their import has finished.');
    }
    const ids = JSON.stringify(documents.map((row) => row.id));
    const kept = new Set(documents.map((row) => row.id as number));
    const keep = (value: unknown) => (typeof value === 'number' && kept.has(value) ? value : null);

    const families = select(db, 'draftFamilies', 'draft_families AS t', `t.id IN (SELECT family_id FROM draft_revisions WHERE ${inIds('document_id')})`, [ids]);
    const revisions = select(db, 'draftRevisions', 'draft_revisions AS t', inIds('t.document_id'), [ids]);
    const annotations = select(db, 'annotations', 'annotations AS t', `${inIds('t.document_id')} AND t.deleted_at IS NULL`, [ids]);
    const positions = documentIds
      ? select(db, 'positions', 'positions AS t', `${inIds('t.revision_document_id')} OR ${inIds('t.source_document_id')}`, [ids, ids])
      : select(db, 'positions', 'positions AS t', '1');
    const groupIds = [...new Set(positions.map((row) => row.group_id).filter((value) => value !== null))];
    const stateGroups = (db.prepare(`SELECT id, name, preset FROM state_groups WHERE ${inIds('id')}`).all(JSON.stringify(groupIds)) as Row[]).map((group) => ({
      ...group,
      members: (db.prepare('SELECT state_code FROM state_group_members WHERE group_id = ? ORDER BY state_code').pluck().all(group.id) as string[]),
    }));
    const cards = select(db, 'positionCards', 'position_cards AS t', inIds('t.revision_document_id'), [ids]);

    // Packs about one of the documents, or citing one in a section or an item.
    const packs = documentIds
      ? select(db, 'packs', 'packs AS t', `t.deleted_at IS NULL AND (${inIds('t.revision_document_id')} OR t.id IN (
          SELECT s.pack_id FROM pack_sections AS s WHERE s.deleted_at IS NULL AND ${inIds('s.revision_document_id')}
          UNION SELECT s.pack_id FROM pack_items AS i JOIN pack_sections AS s ON s.id = i.section_id
            WHERE i.deleted_at IS NULL AND (${inIds('i.source_document_id')} OR ${inIds('i.older_document_id')})))`, [ids, ids, ids, ids])
      : select(db, 'packs', 'packs AS t', 't.deleted_at IS NULL');
    const packIds = JSON.stringify(packs.map((row) => row.id));
    const sections = select(db, 'packSections', 'pack_sections AS t', `${inIds('t.pack_id')} AND t.deleted_at IS NULL`, [packIds]);
    const items = select(db, 'packItems', 'pack_items AS t JOIN pack_sections AS s ON s.id = t.section_id', `${inIds('s.pack_id')} AND s.deleted_at IS NULL AND t.deleted_at IS NULL`, [packIds]);

    const annotationIds = new Set(annotations.map((row) => row.id));
    const positionIds = new Set(positions.map((row) => row.id));
    return {
      documents,
      pages: select(db, 'pages', 'pages AS t', `${inIds('t.document_id')} ORDER BY t.document_id, t.page_index`, [ids]),
      passages: select(db, 'passages', 'passages AS t', `${inIds('t.document_id')} ORDER BY t.document_id, t.ordinal`, [ids]),
      draftFamilies: families,
      draftRevisions: revisions,
      annotationColours: select(db, 'annotationColours', 'annotation_colours AS t', '1 ORDER BY t.ordinal'),
      annotations: annotations.map((row) => ({ ...row, carried_from: annotationIds.has(row.carried_from) ? row.carried_from : null })),
      stateGroups,
      positions: positions.map((row) => ({
        ...row,
        revision_document_id: keep(row.revision_document_id),
        source_document_id: keep(row.source_document_id),
        // A passage travels with its document only.
        passage_id: keep(row.revision_document_id) === null ? null : row.passage_id,
        source_passage_id: keep(row.source_document_id) === null ? null : row.source_passage_id,
      })),
      positionCards: cards,
      packs: packs.map((row) => ({ ...row, revision_document_id: keep(row.revision_document_id) })),
      packSections: sections.map((row) => ({ ...row, revision_document_id: keep(row.revision_document_id) })),
      packItems: items.map((row) => {
        const source = keep(row.source_document_id);
        return {
          ...row,
          source_document_id: source,
          older_document_id: keep(row.older_document_id),
          passage_id: source === null ? null : row.passage_id,
          annotation_id: annotationIds.has(row.annotation_id) ? row.annotation_id : null,
          position_id: positionIds.has(row.position_id) ? row.position_id : null,
        };
      }),
    } as BundleDatabase;
  }).deferred();
}
