import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli, freshDataDir } from './support/hostProcess';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
}

describe('npm run cli -- status', () => {
  it('creates the library and prints its folder, schema version and row counts', () => {
    const dataDir = freshDataDir();
    const human = cli('status', '--data-dir', dataDir);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain(`Data folder:     ${dataDir}`);
    expect(human.stdout).toMatch(/Schema version:\s+\d+/);
    expect(human.stdout).toMatch(/^documents\s+0$/m);

    const json = JSON.parse(cli('status', '--data-dir', dataDir, '--json').stdout);
    expect(json.dataDir).toBe(dataDir);
    expect(json.counts).toMatchObject({ documents: 0, passages: 0, annotation_colours: 4 });
    expect(fs.existsSync(json.databasePath)).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains an unknown command or option and exits 2', () => {
    const unknown = cli('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"[\s\S]*Usage:/);
    const badOption = cli('status', '--colour');
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toMatch(/--colour/);
  });

  it('with --json, prints JSON alone on standard output, for help and every refusal too', async () => {
    const help = cli('--help', '--json');
    expect(help.status).toBe(0);
    expect(JSON.parse(help.stdout).usage).toMatch(/^Usage:/);
    for (const [args, code] of [
      [['frobnicate', '--json'], 2],
      [['status', '--colour', '--json'], 2],
      [['import', '--json'], 2],
      [['search', '--limit', '0', 'x', '--json'], 2],
    ] as const) {
      const refused = cli(...args);
      expect(refused.status).toBe(code);
      expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'invalid-argument' });
      expect(refused.stderr).not.toBe('');
    }
    const dataDir = freshDataDir();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(`${dataDir}/library.sqlite`);
    db.pragma('user_version = 99999');
    db.close();
    const tooNew = cli('status', '--data-dir', dataDir, '--json');
    expect(tooNew.status).toBe(1);
    expect(JSON.parse(tooNew.stdout).error.message).toMatch(/newer version of Briefing/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a library from a newer Briefing with a clear message', async () => {
    const dataDir = freshDataDir();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(`${dataDir}/library.sqlite`);
    db.pragma('user_version = 99999');
    db.close();
    const result = cli('status', '--data-dir', dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/newer version of Briefing/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports a folder and searches it, in JSON for scripts', () => {
    const dataDir = freshDataDir();
    const inbox = path.join(dataDir, 'inbox');
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'rome.md'), '# Rome Statute\n\n## Article 7\n\nCrimes against humanity\n\n1. Persecution against any identifiable group.\n');
    fs.writeFileSync(path.join(inbox, 'empty.pdf'), '');
    const imported = cli('import', inbox, '--data-dir', dataDir, '--json');
    expect(imported.status).toBe(1); // one file failed
    const summary = JSON.parse(imported.stdout);
    expect(summary.files.map((file: { outcome: string }) => file.outcome).toSorted()).toEqual(['error', 'imported']);
    expect(summary.files.find((file: { file: string }) => file.file === 'empty.pdf').message).toMatch(/empty/);

    const found = cli('search', 'persecution identifiable', '--data-dir', dataDir, '--json');
    expect(found.status).toBe(0);
    const results = JSON.parse(found.stdout);
    expect(results.results[0]).toMatchObject({ title: 'Rome Statute', page: 1 });
    expect(results.results[0].label).toMatch(/^Art\. 7/);
    expect(results.results[0].snippet).toContain('identifiable');

    const human = cli('search', 'persecution', '--data-dir', dataDir);
    expect(human.stdout).toMatch(/Rome Statute, art\. 7.*p\. 1/);
    expect(human.stdout).toContain('[Persecution]');
    // The article and its paragraph both match (the singular is in test/unit/cliReports.test.ts).
    expect(human.stdout).toMatch(/^2 passages in 1 document \([\d.]+ ms\)$/m);
    expect(human.stdout).toMatch(/^Rome Statute — 2 passages$/m);
    const bad = cli('search', 'kind:memo x', '--data-dir', dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/kind/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

/** Whether a terminal would obey something in the output: an escape sequence or a bidi override. */
const obeyed = (output: string) => output.includes('\u001b') || output.includes('\u202E');

describe('names from others in the terminal', () => {
  it('prints a file name with an escape sequence, a line break and a bidi override as visible escapes, in text and in JSON', () => {
    const dataDir = freshDataDir();
    const inbox = path.join(dataDir, 'inbox');
    fs.mkdirSync(inbox);
    const name = 'evil\u001b[2J\nname\u202Etxt.md';
    fs.writeFileSync(path.join(inbox, name), '# Statement\n\nOur delegation supports draft article 6.\n');
    const text = cli('import', inbox, '--data-dir', dataDir);
    expect(text.status).toBe(0);
    expect(obeyed(text.stdout + text.stderr)).toBe(false);
    const json = cli('search', 'delegation supports', '--data-dir', dataDir, '--json');
    expect(obeyed(json.stdout)).toBe(false);
    const [result] = JSON.parse(json.stdout).results as { title: string }[];
    expect(result.title).toBe('Statement');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('npm run cli -- positions export', () => {
  it('writes the compilation matrix of a draft named by its symbol as CSV or Word, and says when no draft matches', async () => {
    const dataDir = freshDataDir();
    const { openLibrary } = await import('../../electron/core/library/library');
    const { saveImportedDocument } = await import('../../electron/core/db/repos/importedDocumentsRepo');
    const { createPosition } = await import('../../electron/core/db/repos/positionsRepo');
    const library = openLibrary(dataDir);
    try {
      const draft = saveImportedDocument(library.db, {
        document: { kind: 'draft', title: 'Draft articles', language: 'en', documentDate: null, symbol: 'A/CN.4/L.935' },
        pages: [{ text: 'Article 6\nCriminalization', hasTextLayer: true, width: null, height: null }],
        passages: [{ level: 'article', label: 'Art. 6', heading: null, text: 'Criminalization', start: { page: 0, offset: 0 }, end: { page: 0, offset: 25 }, parentIndex: null }],
      });
      createPosition(library.db, {
        speaker: { kind: 'state', code: 'BRA' }, revisionDocumentId: draft, targetLabel: 'Art. 6', stance: 'supports',
        summary: '', proposedWording: '', quote: '', source: { documentId: null, pageIndex: null, meeting: '', date: null },
      });
    } finally {
      library.close();
    }
    const out = path.join(dataDir, 'matrix.csv');
    const csv = cli('positions', 'export', '--revision', 'a/cn.4/l.935', '--out', out, '--data-dir', dataDir, '--json');
    expect(csv.status).toBe(0);
    expect(JSON.parse(csv.stdout)).toMatchObject({ file: out, format: 'csv', rows: 1, columns: 1, revision: { symbol: 'A/CN.4/L.935' } });
    expect(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/u, '').trim().split(/\r?\n/u)).toEqual(['Article,Brazil', 'Art. 6,Supports']);

    const word = cli('positions', 'export', '--revision', 'A/CN.4/L.935', '--format', 'docx', '--out', path.join(dataDir, 'matrix.docx'), '--data-dir', dataDir);
    expect(word.status).toBe(0);
    expect(word.stdout).toMatch(/^Wrote .*matrix\.docx: 1 article or paragraph × 1 State or group\./);
    expect(fs.readFileSync(path.join(dataDir, 'matrix.docx')).subarray(0, 2).toString()).toBe('PK');

    const missing = cli('positions', 'export', '--revision', 'A/79/999', '--data-dir', dataDir, '--json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ code: 'not-found', message: expect.stringContaining('"A/79/999"') });
    expect(cli('positions', 'list', '--data-dir', dataDir).status).toBe(2);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('npm run cli -- compare', () => {
  it('writes the redline of two revisions named by symbol as Word or Markdown, and refuses a name no document has', async () => {
    const dataDir = freshDataDir();
    const { openLibrary } = await import('../../electron/core/library/library');
    const { saveImportedDocument } = await import('../../electron/core/db/repos/importedDocumentsRepo');
    const library = openLibrary(dataDir);
    const draft = (symbol: string, text: string) => {
      const article = text.slice(0, text.indexOf('\n\nArticle 2'));
      saveImportedDocument(library.db, {
        document: { kind: 'draft', title: 'Draft articles', language: 'en', documentDate: null, symbol },
        pages: [{ text, hasTextLayer: true, width: null, height: null }],
        passages: [
          { level: 'article', label: 'Art. 1', heading: null, text: article, start: { page: 0, offset: 0 }, end: { page: 0, offset: article.length }, parentIndex: null },
          { level: 'article', label: 'Art. 2', heading: null, text: text.slice(article.length + 2), start: { page: 0, offset: article.length + 2 }, end: { page: 0, offset: text.length }, parentIndex: null },
        ],
      });
    };
    try {
      draft('A/CN.4/L.935', 'Article 1\nEach State undertakes to prevent crimes against humanity.\n\nArticle 2\nNo person shall be expelled to a State where he or she would be in danger.');
      draft('A/CN.4/L.935/Rev.1', 'Article 1\nEach State shall prevent crimes against humanity.\n\nArticle 2\nNo person shall be expelled to a State where he or she would be in danger.');
    } finally {
      library.close();
    }
    const out = path.join(dataDir, 'redline.md');
    const markdown = cli('compare', 'a/cn.4/l.935', 'A/CN.4/L.935/Rev.1', '--format', 'md', '--out', out, '--data-dir', dataDir, '--json');
    expect(markdown.status).toBe(0);
    expect(JSON.parse(markdown.stdout)).toMatchObject({ file: out, format: 'md', older: { symbol: 'A/CN.4/L.935' }, newer: { symbol: 'A/CN.4/L.935/Rev.1' }, counts: { changed: 1, unchanged: 1 } });
    expect(fs.readFileSync(out, 'utf8')).toContain('Each State {--undertakes to--} {++shall++} prevent crimes against humanity.');

    const word = cli('compare', 'A/CN.4/L.935', 'A/CN.4/L.935/Rev.1', '--out', path.join(dataDir, 'redline.docx'), '--data-dir', dataDir);
    expect(word.status).toBe(0);
    expect(word.stdout).toMatch(/^Wrote .*redline\.docx: 1 article changed, 0 added, 0 deleted\./);
    expect(fs.readFileSync(path.join(dataDir, 'redline.docx')).subarray(0, 2).toString()).toBe('PK');

    const missing = cli('compare', 'A/CN.4/L.935', 'A/79/999', '--data-dir', dataDir, '--json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ code: 'not-found', message: expect.stringContaining('"A/79/999"') });
    expect(cli('compare', 'A/CN.4/L.935', '--data-dir', dataDir).status).toBe(2);
    // Both revisions have that title: neither is picked silently.
    const ambiguous = cli('compare', 'draft articles', 'A/CN.4/L.935/Rev.1', '--data-dir', dataDir, '--json');
    expect(ambiguous.status).toBe(1);
    const refusal = JSON.parse(ambiguous.stdout).error as { code: string; message: string };
    expect(refusal.code).toBe('invalid-argument');
    expect(refusal.message).toMatch(/^Several documents are called "draft articles": name one by its UN symbol or id \(.*\)\.$/u);
    expect(refusal.message).toMatch(/A\/CN\.4\/L\.935, id \d+/u);
    expect(refusal.message).toMatch(/A\/CN\.4\/L\.935\/Rev\.1, id \d+/u);
    // A folder that does not exist is named, not a stack trace.
    const nowhere = cli('compare', 'A/CN.4/L.935', 'A/CN.4/L.935/Rev.1', '--out', path.join(dataDir, 'missing', 'x.docx'), '--data-dir', dataDir);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr.trim()).toBe(`The folder ${path.join(dataDir, 'missing')} does not exist: create it first, or give --out a file in a folder that exists.`);
    expect(cli('compare', 'A/CN.4/L.935', 'A/CN.4/L.935/Rev.1', '--format', 'rtf', '--data-dir', dataDir).status).toBe(1);
    const pdf = cli('compare', 'A/CN.4/L.935', 'A/CN.4/L.935/Rev.1', '--format', 'pdf', '--out', path.join(dataDir, 'redline.pdf'), '--data-dir', dataDir);
    expect(pdf.status).toBe(0);
    expect(fs.readFileSync(path.join(dataDir, 'redline.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
