import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import {
  latestSchemaVersion,
  migrate,
  migrations,
  schemaVersionOf,
} from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/migration';
import { applyPragmas, openDatabase } from '../../electron/core/db/openDatabase';
import { listDocumentsSql } from '../../electron/core/db/repos/documentsRepo';
import { listTables } from '../../electron/core/db/repos/statusRepo';

const openDatabases: Database.Database[] = [];
function memoryDatabase(): Database.Database {
  const db = new Database(':memory:');
  applyPragmas(db);
  openDatabases.push(db);
  return db;
}
afterEach(() => {
  for (const db of openDatabases.splice(0)) if (db.open) db.close();
});

/** A migrated in-memory library holding one draft document. */
function seeded() {
  const db = memoryDatabase();
  migrate(db);
  const documentId = Number(
    db
      .prepare(
        `INSERT INTO documents (kind, title, symbol, document_date, language, original_file_name,
           sha256, file_size, media_type, page_count)
         VALUES ('draft', 'Draft articles on crimes against humanity', 'A/74/10', '2019-08-20',
           'en', 'a_74_10.pdf', ?, 1234, 'application/pdf', 2)`,
      )
      .run('a'.repeat(64)).lastInsertRowid,
  );
  return { db, documentId };
}

function plan(db: Database.Database, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');
}

describe('migrations', () => {
  it('are numbered in increasing steps', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions).toEqual(versions.toSorted((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion).toBe(versions[versions.length - 1]);
  });

  it('build the whole schema from an empty database', () => {
    const db = memoryDatabase();
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion);
    expect(listTables(db)).toEqual(
      expect.arrayContaining([
        'documents', 'pages', 'passages', 'draft_families', 'draft_revisions', 'states',
        'positions', 'annotation_colours', 'annotations', 'packs', 'pack_items',
        'change_journal',
      ]),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('apply one at a time, each leaving a consistent schema', () => {
    const db = memoryDatabase();
    for (let i = 1; i <= migrations.length; i += 1) {
      expect(migrate(db, migrations.slice(0, i))).toBe(migrations[i - 1].version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
    expect(migrate(db)).toBe(latestSchemaVersion);
  });

  it('are idempotent: a second run changes nothing', () => {
    const db = memoryDatabase();
    migrate(db);
    const schemaBefore = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schemaBefore);
  });

  it('roll back entirely when one step fails', () => {
    const db = memoryDatabase();
    const broken: Migration = {
      version: latestSchemaVersion + 10,
      name: 'broken',
      up: (database) => database.exec('CREATE TABLE half_done (id INTEGER); SELECT nonsense('),
    };
    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(listTables(db)).toEqual([]);
  });
});

describe('opening a library database', () => {
  let directory: string;
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-db-'));
    const db = openDatabase(path.join(directory, 'library.sqlite'));
    openDatabases.push(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-db-'));
    const file = path.join(directory, 'library.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)');
    future.pragma(`user_version = ${latestSchemaVersion + 1000}`);
    future.close();
    const bytesBefore = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database-too-new');
    expect((caught as AppError).message).toMatch(/newer version of Briefing.*Update Briefing/s);
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
  });
});

describe('tables round-trip their rows', () => {
  it('documents, pages and passages', () => {
    const { db, documentId } = seeded();
    db.prepare('INSERT INTO pages (document_id, page_index, text, width, height) VALUES (?, 0, ?, 595, 842)')
      .run(documentId, 'Article 1\nScope');
    const articleId = Number(
      db.prepare(
        `INSERT INTO passages (document_id, ordinal, level, label, heading, text, start_page,
           start_offset, end_page, end_offset)
         VALUES (?, 1, 'article', 'Art. 1', 'Scope', 'The present draft articles apply…', 0, 0, 0, 16)`,
      ).run(documentId).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO passages (document_id, parent_id, ordinal, level, label, text, start_page,
         start_offset, end_page, end_offset)
       VALUES (?, ?, 2, 'paragraph', 'Art. 1(1)', 'Paragraph one', 0, 10, 1, 4)`,
    ).run(documentId, articleId);

    expect(db.prepare('SELECT title, symbol, language, page_count FROM documents').get()).toEqual({
      title: 'Draft articles on crimes against humanity', symbol: 'A/74/10', language: 'en',
      page_count: 2,
    });
    expect(db.prepare('SELECT text, has_text_layer FROM pages').get()).toEqual({
      text: 'Article 1\nScope', has_text_layer: 1,
    });
    expect(db.prepare('SELECT label FROM passages ORDER BY ordinal').pluck().all()).toEqual([
      'Art. 1', 'Art. 1(1)',
    ]);
    expect(() =>
      db.prepare(`INSERT INTO documents (kind, title) VALUES ('memo', 'x')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO documents (kind, title, sha256) VALUES ('draft', 'dup', ?)`)
        .run('a'.repeat(64)),
    ).toThrow(/UNIQUE/);
  });

  it('draft families and ordered revisions', () => {
    const { db, documentId } = seeded();
    const rev1 = Number(
      db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Rev.1')`).run().lastInsertRowid,
    );
    const familyId = Number(
      db.prepare(`INSERT INTO draft_families (title, base_symbol) VALUES ('CAH convention', 'A/AC.1/L.1')`)
        .run().lastInsertRowid,
    );
    const addRevision = db.prepare(
      'INSERT INTO draft_revisions (family_id, revision_number, document_id, revision_label, ordinal) VALUES (?, ?, ?, ?, ?)',
    );
    addRevision.run(familyId, 1, rev1, 'Rev.1', 1);
    addRevision.run(familyId, 0, documentId, 'Original', 0);
    // A text filed by hand has no /Rev.n and goes between two others.
    const chair = Number(db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Chair''s text')`).run().lastInsertRowid);
    addRevision.run(familyId, null, chair, "Chair's text", 0.5);
    expect(
      db.prepare('SELECT revision_label FROM draft_revisions WHERE family_id = ? ORDER BY ordinal')
        .pluck().all(familyId),
    ).toEqual(['Original', "Chair's text", 'Rev.1']);
    expect(() => addRevision.run(familyId, 2, rev1, 'Rev.2', 2)).toThrow(/UNIQUE|PRIMARY KEY/);
    const rev1Again = Number(db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Rev.1 again')`).run().lastInsertRowid);
    expect(() => addRevision.run(familyId, 1, rev1Again, 'Rev.1', 1)).toThrow(/UNIQUE/);
  });

  it('draft revisions rebuilt by 0180 keep their rows, in their order', () => {
    const db = memoryDatabase();
    migrate(db, migrations.filter((migration) => migration.version <= 160));
    const original = Number(db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Original')`).run().lastInsertRowid);
    const rev2 = Number(db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Rev.2')`).run().lastInsertRowid);
    const familyId = Number(db.prepare(`INSERT INTO draft_families (title) VALUES ('CAH convention')`).run().lastInsertRowid);
    db.prepare('INSERT INTO draft_revisions (family_id, revision_number, document_id, revision_label) VALUES (?, 2, ?, ?)').run(familyId, rev2, 'Rev.2');
    db.prepare('INSERT INTO draft_revisions (family_id, revision_number, document_id, revision_label) VALUES (?, 0, ?, ?)').run(familyId, original, 'Original');
    migrate(db);
    expect(db.prepare('SELECT document_id AS documentId, revision_number AS number, revision_label AS label, ordinal FROM draft_revisions ORDER BY ordinal').all()).toEqual([
      { documentId: original, number: 0, label: 'Original', ordinal: 0 },
      { documentId: rev2, number: 2, label: 'Rev.2', ordinal: 2 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Still removed with its document.
    db.prepare('DELETE FROM documents WHERE id = ?').run(rev2);
    expect(db.prepare('SELECT count(*) FROM draft_revisions').pluck().get()).toBe(1);
  });

  it('states and positions', () => {
    const { db, documentId } = seeded();
    // The 195 States are filled in by the migrations (0150).
    expect(db.prepare(`SELECT name, regional_group AS regionalGroup, observer FROM states WHERE code = 'FRA'`).get()).toEqual({
      name: 'France', regionalGroup: 'WEOG', observer: 0,
    });
    db.prepare(
      `INSERT INTO positions (state_code, target_label, stance, text, source_document_id, source_page)
       VALUES ('FRA', 'Art. 2', 'amends', 'Proposes to align the definition with art. 7 of the Rome Statute', ?, 3)`,
    ).run(documentId);
    expect(db.prepare('SELECT state_code, stance, source_page FROM positions').get()).toEqual({
      state_code: 'FRA', stance: 'amends', source_page: 3,
    });
    expect(() =>
      db.prepare(`INSERT INTO positions (state_code, target_label, stance, text) VALUES ('XXX', 'a', 'supports', 't')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO states (code, name) VALUES ('fr', 'France')`).run()).toThrow(/CHECK/);
  });

  it('positions rebuilt by 0160 keep their rows and the pack items that point at them', () => {
    const db = memoryDatabase();
    const upTo150 = migrations.filter((migration) => migration.version <= 150);
    migrate(db, upTo150);
    db.prepare(`INSERT INTO positions (id, state_code, target_label, stance, text) VALUES (7, 'BRA', 'Art. 6', 'supports', 'We support')`).run();
    db.prepare(`INSERT INTO packs (id, title) VALUES (1, 'Session 1')`).run();
    db.prepare(`INSERT INTO pack_items (pack_id, ordinal, kind, position_id) VALUES (1, 1, 'position', 7)`).run();
    migrate(db);
    expect(db.prepare('SELECT id, state_code AS stateCode, group_id AS groupId, summary, meeting FROM positions').all()).toEqual([
      { id: 7, stateCode: 'BRA', groupId: null, summary: '', meeting: '' },
    ]);
    expect(db.prepare('SELECT position_id FROM pack_items').pluck().get()).toBe(7);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Exactly one speaker: a State or a group.
    const groupId = db.prepare(`SELECT id FROM state_groups WHERE preset = 'european-union'`).pluck().get();
    db.prepare(`INSERT INTO positions (group_id, target_label, stance, text) VALUES (?, 'Art. 2', 'amends', '')`).run(groupId);
    expect(() => db.prepare(`INSERT INTO positions (target_label, stance, text) VALUES ('Art. 2', 'amends', '')`).run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO positions (state_code, group_id, target_label, stance, text) VALUES ('BRA', ?, 'Art. 2', 'amends', '')`).run(groupId),
    ).toThrow(/CHECK/);
    // Still journaled.
    const before = db.prepare('SELECT count(*) FROM change_journal WHERE entity = ?').pluck().get('positions') as number;
    db.prepare(`UPDATE positions SET summary = 'Supports the definition' WHERE id = 7`).run();
    expect(db.prepare('SELECT count(*) FROM change_journal WHERE entity = ?').pluck().get('positions')).toBe(before + 1);
  });

  it('positions get a source passage (0190), cleared when the source goes, found by index', () => {
    const db = memoryDatabase();
    migrate(db, migrations.filter((migration) => migration.version <= 180));
    db.prepare(`INSERT INTO positions (id, state_code, target_label, stance, text) VALUES (7, 'BRA', 'Art. 6', 'supports', 'We support')`).run();
    migrate(db);
    expect(db.prepare('SELECT id, source_passage_id AS sourcePassageId FROM positions').all()).toEqual([{ id: 7, sourcePassageId: null }]);
    const statement = Number(db.prepare(`INSERT INTO documents (kind, title, page_count) VALUES ('statement', 'Statement by Brazil', 1)`).run().lastInsertRowid);
    const paragraph = Number(
      db.prepare(`INSERT INTO passages (document_id, ordinal, level, label, text, start_page, start_offset, end_page, end_offset) VALUES (?, 1, 'chunk', 'Para. 1', 'We support', 0, 0, 0, 10)`)
        .run(statement).lastInsertRowid,
    );
    db.prepare('UPDATE positions SET source_document_id = ?, source_passage_id = ? WHERE id = 7').run(statement, paragraph);
    expect(plan(db, 'SELECT id FROM positions WHERE source_passage_id = ?', paragraph)).toContain('positions_by_source_passage');
    db.prepare('DELETE FROM documents WHERE id = ?').run(statement);
    expect(db.prepare('SELECT source_document_id AS documentId, source_passage_id AS passageId FROM positions WHERE id = 7').get()).toEqual({ documentId: null, passageId: null });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('annotations with colours, tags and anchors', () => {
    const { db, documentId } = seeded();
    expect(db.prepare('SELECT key FROM annotation_colours ORDER BY ordinal').pluck().all()).toEqual([
      'key', 'support', 'oppose', 'question',
    ]);
    const anchor = JSON.stringify({ rects: [[72, 700, 300, 712]], quote: { exact: 'persecution' } });
    db.prepare(
      `INSERT INTO annotations (document_id, page_index, kind, colour, note, tags, anchor)
       VALUES (?, 0, 'highlight', 'key', 'definition', '["definitions"]', ?)`,
    ).run(documentId, anchor);
    const row = db.prepare('SELECT kind, colour, tags, anchor FROM annotations').get() as Record<string, string>;
    expect(JSON.parse(row.anchor)).toEqual(JSON.parse(anchor));
    expect(JSON.parse(row.tags)).toEqual(['definitions']);
    db.prepare(`UPDATE annotation_colours SET key = 'core' WHERE key = 'key'`).run();
    expect(db.prepare('SELECT colour FROM annotations').pluck().get()).toBe('core');
    expect(() =>
      db.prepare(`INSERT INTO annotations (document_id, page_index, kind, colour, anchor) VALUES (?, 0, 'highlight', 'key', 'not json')`)
        .run(documentId),
    ).toThrow();
  });

  it('packs, their sections and items, removed with their pack', () => {
    const { db } = seeded();
    const packId = Number(
      db.prepare(`INSERT INTO packs (title, session_name, session_date) VALUES ('Art. 2', 'Second session', '2027-01-20')`)
        .run().lastInsertRowid,
    );
    const sectionId = Number(db.prepare(`INSERT INTO pack_sections (pack_id, ordinal, kind) VALUES (?, 1, 'notes')`).run(packId).lastInsertRowid);
    const addItem = db.prepare('INSERT INTO pack_items (section_id, ordinal, kind, quote) VALUES (?, ?, ?, ?)');
    addItem.run(sectionId, 2, 'note', 'Our line');
    addItem.run(sectionId, 1, 'passage', 'Definition');
    addItem.run(sectionId, 1.5, 'note', 'Moved between');
    expect(db.prepare('SELECT quote FROM pack_items ORDER BY ordinal').pluck().all()).toEqual([
      'Definition', 'Moved between', 'Our line',
    ]);
    expect(() => addItem.run(sectionId, 3, 'heading', 'no longer a kind')).toThrow();
    db.prepare('DELETE FROM packs WHERE id = ?').run(packId);
    expect(db.prepare('SELECT count(*) FROM pack_items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM pack_sections').pluck().get()).toBe(0);
  });

  it('0200 moves the items a pack already had into one section of it, in order', () => {
    const db = memoryDatabase();
    migrate(db, migrations.filter((migration) => migration.version <= 190));
    const packId = Number(db.prepare(`INSERT INTO packs (title) VALUES ('Old pack')`).run().lastInsertRowid);
    const addItem = db.prepare('INSERT INTO pack_items (pack_id, ordinal, kind, body) VALUES (?, ?, ?, ?)');
    addItem.run(packId, 2, 'note', 'Our line');
    addItem.run(packId, 1, 'heading', 'Definition');
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM pack_sections WHERE pack_id = ?').pluck().get(packId)).toBe(1);
    expect(db.prepare('SELECT kind, quote FROM pack_items ORDER BY ordinal').all()).toEqual([
      { kind: 'note', quote: 'Definition' },
      { kind: 'note', quote: 'Our line' },
    ]);
  });

  it('the change journal hears of every insert, update and delete, cascades included', () => {
    const { db, documentId } = seeded();
    db.prepare(
      `INSERT INTO passages (document_id, ordinal, level, label, text, start_page, start_offset, end_page, end_offset)
       VALUES (?, 1, 'article', 'Art. 1', 'Scope', 0, 0, 0, 5)`,
    ).run(documentId);
    db.prepare(`UPDATE documents SET title = 'Renamed' WHERE id = ?`).run(documentId);
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    const journal = db
      .prepare('SELECT entity, operation FROM change_journal ORDER BY seq')
      .all();
    expect(journal).toEqual([
      { entity: 'documents', operation: 'insert' },
      { entity: 'passages', operation: 'insert' },
      { entity: 'documents', operation: 'update' },
      { entity: 'passages', operation: 'delete' },
      { entity: 'documents', operation: 'delete' },
    ]);
  });
});

describe('query plans of hot queries', () => {
  it('listing documents uses an index, not a scan and a sort', () => {
    const db = memoryDatabase();
    migrate(db);
    const all = plan(db, listDocumentsSql.all);
    expect(all).toMatch(/documents_by_created/);
    expect(all).not.toMatch(/TEMP B-TREE/);
    const byKind = plan(db, listDocumentsSql.byKind, 'draft');
    expect(byKind).toMatch(/documents_by_kind_created/);
    expect(byKind).not.toMatch(/TEMP B-TREE/);
  });

  it('passages of a document and positions on a passage use their indexes', () => {
    const db = memoryDatabase();
    migrate(db);
    expect(plan(db, 'SELECT * FROM passages WHERE document_id = ? ORDER BY ordinal', 1))
      .toMatch(/passages_by_document/);
    expect(plan(db, 'SELECT * FROM positions WHERE passage_id = ?', 1)).toMatch(/positions_by_passage/);
    expect(plan(db, 'SELECT * FROM annotations WHERE document_id = ? AND page_index = ?', 1, 0))
      .toMatch(/annotations_by_document/);
  });
});
