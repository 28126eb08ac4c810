/**
 * Merging a verified bundle (readBundle.ts) into a library, in one database transaction: all of
 * it or, on any failure, none of it. The rules, so that importing the same bundle twice changes
 * nothing the second time:
 *  - a document is the same when its file is (same SHA-256, as the library itself identifies
 *    files); one already there keeps its metadata, pages and passages, and what comes with it
 *    attaches to it (passages are matched by place in reading order and label, else by label);
 *  - an annotation is the same when it is on the same document, of the same kind, at the same
 *    anchor (rectangles, quote, text position) with the same note: it is skipped;
 *  - a position is the same when the same State or group takes the same stance on the same
 *    article of the same revision with the same summary, wording and quote: skipped;
 *  - a position card already written for an article of a revision is kept; the bundle's is skipped;
 *  - a negotiating group is matched by name (case aside) and created when absent;
 *  - a new draft joins its family: the family one of its revisions is already filed in, else
 *    one with the same base symbol, else the same title, else the bundle's family is created;
 *    its /Rev.n is kept unless the family already has a text with that number;
 *  - a pack is the same when one with its creation time and title (or that title followed by
 *    " (from bundle)") is there: skipped; otherwise it comes in as a new pack, renamed
 *    "<title> (from bundle)" when a pack of that title exists.
 */
import type { Database } from 'better-sqlite3';
import type { BundleImportReport } from '../../common/model';
import { bundleColumns, refuseBundle, type BundleDatabase } from './bundleFormat';

export const fromBundleSuffix = ' (from bundle)';

type Row = Record<string, unknown>;

/** Inserts `row`'s columns (those of the bundle's `table` rows, less `id` and `omit`, with `overrides`); the new rowid. */
function insert(db: Database, table: string, columnsOf: keyof BundleDatabase, row: Row, overrides: Row = {}, omit: string[] = []): number {
  const columns = bundleColumns(columnsOf).filter((column) => column !== 'id' && !omit.includes(column) && !(column in overrides));
  const all = [...columns, ...Object.keys(overrides)];
  const values = [...columns.map((column) => row[column]), ...Object.values(overrides)];
  const result = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`).run(...values);
  return Number(result.lastInsertRowid);
}

/** JSON with its object keys sorted, so two anchors written in another key order compare equal. */
function canonicalJson(text: string): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).toSorted(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, sorted(inner)]))
        : value;
  try {
    return JSON.stringify(sorted(JSON.parse(text)));
  } catch {
    return text;
  }
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function parsedObject(text: string | null): Row | null {
  try {
    const value: unknown = text === null ? null : JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null;
  } catch {
    return null;
  }
}

/** An id through `map`, or null when absent or not carried. */
const through = (map: Map<number, number>, value: number | null) => (value === null ? null : (map.get(value) ?? null));

/**
 * The library's id for the bundle's document `bundleId`, which `what` refers to. A bundle whose
 * rows name a document it does not hold was altered: refused (found in review: the merge bound
 * `undefined` and SQLite's "Too few parameter values" reached the user).
 */
function documentOf(documents: ReadonlyMap<number, number>, bundleId: number, what: string): number {
  const found = documents.get(bundleId);
  if (found === undefined) throw refuseBundle(`${what} in it belongs to a document it does not hold`);
  return found;
}

/**
 * Merges `bundle` into `db` (see the module comment); the counts of what came in and what was
 * already there. Must run inside a transaction (the caller's), so a failure leaves the library
 * as it was. Errors: SQLite's, for a row a table refuses (the caller says what to do).
 */
export function mergeBundle(db: Database, bundle: BundleDatabase): BundleImportReport {
  const report: BundleImportReport = {
    documentsAdded: 0, documentsAlreadyPresent: 0, annotationsAdded: 0, annotationsSkipped: 0,
    positionsAdded: 0, positionsSkipped: 0, positionCardsAdded: 0, positionCardsSkipped: 0,
    packsAdded: 0, packsSkipped: 0, packsRenamed: 0,
  };
  const documents = new Map<number, number>();
  const addedDocuments = new Set<number>();
  const passages = new Map<number, number>();

  // Documents, their pages and passages.
  const passagesOf = groupBy(bundle.passages, (row) => row.document_id);
  const pagesOf = groupBy(bundle.pages, (row) => row.document_id);
  for (const document of bundle.documents) {
    const existing = db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck().get(document.sha256) as number | undefined;
    if (existing !== undefined) {
      documents.set(document.id, existing);
      report.documentsAlreadyPresent += 1;
      const theirs = db.prepare('SELECT id, ordinal, label FROM passages WHERE document_id = ?').all(existing) as { id: number; ordinal: number; label: string }[];
      const byPlace = new Map(theirs.map((row) => [`${row.ordinal}\u0000${row.label}`, row.id]));
      const byLabel = new Map<string, number>();
      for (const row of theirs) if (!byLabel.has(row.label)) byLabel.set(row.label, row.id);
      for (const passage of passagesOf.get(document.id) ?? []) {
        const match = byPlace.get(`${passage.ordinal}\u0000${passage.label}`) ?? byLabel.get(passage.label);
        if (match !== undefined) passages.set(passage.id, match);
      }
      continue;
    }
    const id = insert(db, 'documents', 'documents', document, { status: 'ready' });
    documents.set(document.id, id);
    addedDocuments.add(id);
    report.documentsAdded += 1;
    for (const page of pagesOf.get(document.id) ?? []) insert(db, 'pages', 'pages', page, { document_id: id });
    const mine = passagesOf.get(document.id) ?? [];
    for (const passage of mine) passages.set(passage.id, insert(db, 'passages', 'passages', passage, { document_id: id, parent_id: null }));
    // Parents after all, so the order of rows in the bundle does not matter.
    const setParent = db.prepare('UPDATE passages SET parent_id = ? WHERE id = ?');
    for (const passage of mine) if (passage.parent_id !== null) setParent.run(through(passages, passage.parent_id), passages.get(passage.id));
  }

  mergeFamilies(db, bundle, documents, addedDocuments);

  // Colours a mark may name; the receiving library's own labels win.
  const addColour = db.prepare('INSERT OR IGNORE INTO annotation_colours (key, label, hex, ordinal) VALUES (?, ?, ?, ?)');
  for (const colour of bundle.annotationColours) addColour.run(colour.key, colour.label, colour.hex, colour.ordinal);

  // Annotations, then the links between them (carried from), once all have their new ids.
  const annotations = new Map<number, number>();
  const addedMarks = new Set<number>();
  const findMark = db.prepare('SELECT id, anchor FROM annotations WHERE document_id = ? AND kind = ? AND note = ? AND deleted_at IS NULL');
  for (const mark of bundle.annotations) {
    const documentId = documentOf(documents, mark.document_id, 'a mark');
    const anchor = canonicalJson(mark.anchor);
    const same = (findMark.all(documentId, mark.kind, mark.note) as { id: number; anchor: string }[]).find((row) => canonicalJson(row.anchor) === anchor);
    if (same) {
      annotations.set(mark.id, same.id);
      report.annotationsSkipped += 1;
      continue;
    }
    const id = insert(db, 'annotations', 'annotations', mark, { document_id: documentId, carry: null, carried_from: null });
    annotations.set(mark.id, id);
    addedMarks.add(id);
    report.annotationsAdded += 1;
  }
  // Only marks this merge added take the link: one already there keeps its own history.
  const setCarry = db.prepare('UPDATE annotations SET carry = ?, carried_from = ? WHERE id = ?');
  for (const mark of bundle.annotations) {
    const id = annotations.get(mark.id)!;
    const from = through(annotations, mark.carried_from);
    if (from === null || !addedMarks.has(id)) continue;
    const carry = parsedObject(mark.carry);
    if (carry) Object.assign(carry, { fromAnnotationId: from, fromDocumentId: through(documents, carry.fromDocumentId as number | null) });
    setCarry.run(carry && JSON.stringify(carry), from, id);
  }

  const groups = mergeGroups(db, bundle);

  // Positions.
  const positions = new Map<number, number>();
  for (const position of bundle.positions) {
    const mapped = {
      state_code: position.state_code,
      group_id: through(groups, position.group_id),
      revision_document_id: through(documents, position.revision_document_id),
      passage_id: through(passages, position.passage_id),
      source_document_id: through(documents, position.source_document_id),
      source_passage_id: through(passages, position.source_passage_id),
    };
    const same = db
      .prepare(
        `SELECT id FROM positions WHERE state_code IS ? AND group_id IS ? AND revision_document_id IS ? AND target_label = ?
           AND stance = ? AND summary = ? AND proposed_wording = ? AND text = ?`,
      )
      .pluck()
      .get(mapped.state_code, mapped.group_id, mapped.revision_document_id, position.target_label, position.stance, position.summary, position.proposed_wording, position.text) as number | undefined;
    if (same !== undefined) {
      positions.set(position.id, same);
      report.positionsSkipped += 1;
      continue;
    }
    positions.set(position.id, insert(db, 'positions', 'positions', position, mapped));
    report.positionsAdded += 1;
  }

  for (const card of bundle.positionCards) {
    const revision = documentOf(documents, card.revision_document_id, 'a position card');
    const taken = db.prepare('SELECT 1 FROM position_cards WHERE revision_document_id = ? AND article_label = ?').get(revision, card.article_label);
    if (taken) {
      report.positionCardsSkipped += 1;
      continue;
    }
    insert(db, 'position_cards', 'positionCards', card, { revision_document_id: revision });
    report.positionCardsAdded += 1;
  }

  mergePacks(db, bundle, { documents, passages, annotations, positions }, report);
  return report;
}

function mergeFamilies(db: Database, bundle: BundleDatabase, documents: Map<number, number>, added: Set<number>): void {
  const revisionsOf = groupBy(bundle.draftRevisions, (row) => row.family_id);
  for (const family of bundle.draftFamilies) {
    const revisions = revisionsOf.get(family.id) ?? [];
    const filed = revisions
      .map((revision) => db.prepare('SELECT family_id FROM draft_revisions WHERE document_id = ?').pluck().get(documents.get(revision.document_id)) as number | undefined)
      .find((id) => id !== undefined);
    const familyId =
      filed ??
      (family.base_symbol !== null ? (db.prepare('SELECT id FROM draft_families WHERE base_symbol = ? ORDER BY id').pluck().get(family.base_symbol) as number | undefined) : undefined) ??
      (db.prepare('SELECT id FROM draft_families WHERE title = ? ORDER BY id').pluck().get(family.title) as number | undefined) ??
      insert(db, 'draft_families', 'draftFamilies', family);
    for (const revision of revisions) {
      const documentId = documentOf(documents, revision.document_id, 'a draft revision');
      if (!added.has(documentId) && db.prepare('SELECT 1 FROM draft_revisions WHERE document_id = ?').get(documentId)) continue;
      const numberTaken = revision.revision_number !== null && db.prepare('SELECT 1 FROM draft_revisions WHERE family_id = ? AND revision_number = ?').get(familyId, revision.revision_number);
      insert(db, 'draft_revisions', 'draftRevisions', revision, { document_id: documentId, family_id: familyId, revision_number: numberTaken ? null : revision.revision_number });
    }
  }
}

/** Bundle group id → the receiving library's group of that name, created when absent. */
function mergeGroups(db: Database, bundle: BundleDatabase): Map<number, number> {
  const groups = new Map<number, number>();
  const knownState = db.prepare('SELECT 1 FROM states WHERE code = ?');
  for (const group of bundle.stateGroups) {
    const existing = db.prepare('SELECT id FROM state_groups WHERE name = ? COLLATE NOCASE').pluck().get(group.name) as number | undefined;
    if (existing !== undefined) {
      groups.set(group.id, existing);
      continue;
    }
    const id = Number(db.prepare('INSERT INTO state_groups (name) VALUES (?)').run(group.name).lastInsertRowid);
    const addMember = db.prepare('INSERT INTO state_group_members (group_id, state_code) VALUES (?, ?)');
    for (const code of new Set(group.members)) if (knownState.get(code)) addMember.run(id, code);
    groups.set(group.id, id);
  }
  return groups;
}

function mergePacks(
  db: Database,
  bundle: BundleDatabase,
  maps: { documents: Map<number, number>; passages: Map<number, number>; annotations: Map<number, number>; positions: Map<number, number> },
  report: BundleImportReport,
): void {
  const sectionsOf = groupBy(bundle.packSections, (row) => row.pack_id);
  const itemsOf = groupBy(bundle.packItems, (row) => row.section_id);
  for (const pack of bundle.packs) {
    const renamed = `${pack.title}${fromBundleSuffix}`;
    const already = db.prepare('SELECT 1 FROM packs WHERE deleted_at IS NULL AND created_at = ? AND title IN (?, ?)').get(pack.created_at, pack.title, renamed);
    if (already) {
      report.packsSkipped += 1;
      continue;
    }
    const titleTaken = db.prepare('SELECT 1 FROM packs WHERE deleted_at IS NULL AND title = ?').get(pack.title);
    if (titleTaken) report.packsRenamed += 1;
    const packId = insert(db, 'packs', 'packs', pack, { title: titleTaken ? renamed : pack.title, revision_document_id: through(maps.documents, pack.revision_document_id) });
    report.packsAdded += 1;
    for (const section of sectionsOf.get(pack.id) ?? []) {
      const sectionId = insert(db, 'pack_sections', 'packSections', section, { pack_id: packId, revision_document_id: through(maps.documents, section.revision_document_id) });
      for (const item of itemsOf.get(section.id) ?? []) {
        insert(db, 'pack_items', 'packItems', item, {
          section_id: sectionId,
          source_document_id: through(maps.documents, item.source_document_id),
          older_document_id: through(maps.documents, item.older_document_id),
          passage_id: through(maps.passages, item.passage_id),
          annotation_id: through(maps.annotations, item.annotation_id),
          position_id: through(maps.positions, item.position_id),
        });
      }
    }
  }
}
