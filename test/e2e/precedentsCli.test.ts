import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCli, freshDataDir } from './support/hostProcess';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
}

const persecution =
  'Persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural, religious, gender or other grounds, in connection with any crime within the jurisdiction of the Court.';
const disappearance = 'Enforced disappearance of persons means the arrest, detention or abduction of persons by, or with the authorization of, a State.';

/** A document of passages one after the other on one page, as import writes them. */
function document(kind: 'draft' | 'instrument', title: string, symbol: string | null, passages: [label: string, text: string][]) {
  let offset = 0;
  return {
    document: { kind, title, language: 'en', documentDate: null, symbol },
    pages: [{ text: passages.map(([, text]) => text).join('\n'), hasTextLayer: true, width: null, height: null }],
    passages: passages.map(([label, text]) => {
      const start = offset;
      offset += text.length + 1;
      return { level: 'article' as const, label, heading: null, text, start: { page: 0, offset: start }, end: { page: 0, offset: start + text.length }, parentIndex: null };
    }),
  };
}

describe('npm run cli -- precedents', () => {
  it('prints, for each paragraph of a draft named by its symbol, the closest instrument passages as JSON', async () => {
    const dataDir = freshDataDir();
    const { openLibrary } = await import('../../electron/core/library/library');
    const { saveImportedDocument } = await import('../../electron/core/db/repos/importedDocumentsRepo');
    const library = openLibrary(dataDir);
    try {
      saveImportedDocument(library.db, document('instrument', 'Rome Statute', null, [['Art. 7(1)(h)', persecution], ['Art. 7(2)(i)', disappearance]]));
      saveImportedDocument(library.db, document('draft', 'Draft articles', 'A/CN.4/L.935', [
        ['Art. 2', persecution.replace('the Court', 'the State')],
        ['Art. 3', disappearance.replace('a State', 'a State or a political organization')],
      ]));
    } finally {
      library.close();
    }

    const found = cli('precedents', 'a/cn.4/l.935', '--limit', '2', '--data-dir', dataDir, '--json');
    expect(found.stderr).not.toMatch(/error/iu);
    expect(found.status).toBe(0);
    const json = JSON.parse(found.stdout);
    expect(json.map((paragraph: { label: string }) => paragraph.label)).toEqual(['Art. 2', 'Art. 3']);
    expect(json[0].precedents[0]).toEqual({
      documentId: expect.any(Number),
      title: 'Rome Statute',
      label: 'Art. 7(1)(h)',
      citation: 'Rome Statute, art. 7(1)(h), p. 1',
      similarity: expect.any(Number),
      text: persecution,
    });
    expect(json[0].precedents[0].similarity).toBeGreaterThan(0.9);
    expect(json[0].precedents[0].similarity).toBeLessThan(1);
    expect(json[1].precedents[0]).toMatchObject({ label: 'Art. 7(2)(i)', text: disappearance });
    for (const paragraph of json) expect(paragraph.precedents.length).toBeLessThanOrEqual(2);

    const one = cli('precedents', 'Draft articles', '--article', '3', '--data-dir', dataDir);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^Art\. 3\n {2}1\. Rome Statute, art\. 7\(2\)\(i\), p\. 1: \d+% the same\n {5}differences: \{\+or a political organization\+\}/u);

    const notDraft = cli('precedents', 'Rome Statute', '--data-dir', dataDir, '--json');
    expect(notDraft.status).toBe(1);
    expect(JSON.parse(notDraft.stdout).error).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('is not a draft') });
    const noArticle = cli('precedents', 'A/CN.4/L.935', '--article', '9', '--data-dir', dataDir, '--json');
    expect(JSON.parse(noArticle.stdout).error).toMatchObject({ code: 'not-found', message: expect.stringContaining('no article 9') });
    expect(cli('precedents', '--data-dir', dataDir).status).toBe(2);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
