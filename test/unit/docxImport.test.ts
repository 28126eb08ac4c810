import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, paragraph, run } from '../fixtures/docxParts';
import { findCase } from './helpers/sharedCases';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-docx-');

async function importFile(file: string) {
  const batch = await importAndWait(session.engine.api, { paths: [file] });
  expect(batch.items[0].status).toBe('imported');
  return batch.items[0];
}

function labelsOf(documentId: number): string[] {
  return session.engine.library.db.prepare('SELECT label FROM passages WHERE document_id = ? ORDER BY id').pluck().all(documentId) as string[];
}

async function documentsFound(query: string): Promise<number[]> {
  return (await session.engine.api.search.query({ query })).groups.map((group) => group.documentId);
}

describe('a Word file with comments and tracked changes, through the import', { timeout: importingTestTimeout }, () => {
  it('makes its comments annotations on their text, with author, date and quote, and tells what it did with its changes', async () => {
    const body =
      paragraph('Proposal by a delegation') +
      `<w:p>${run('Each State shall ensure that ')}<w:commentRangeStart w:id="5"/>${run('crimes against humanity')}<w:commentRangeEnd w:id="5"/>` +
      `<w:r><w:commentReference w:id="5"/></w:r>${run(' constitute offences')}` +
      `<w:del w:id="1" w:author="Delegate"><w:r><w:delText xml:space="preserve"> of a grave nature</w:delText></w:r></w:del>${run('.')}</w:p>`;
    const comments = `<w:comment w:id="5" w:author="Legal adviser" w:date="2025-03-04T10:00:00Z"><w:p>${run('Use the Rome Statute wording.')}</w:p></w:comment>`;
    const file = path.join(session.inbox, 'proposal.docx');
    fs.writeFileSync(file, buildDocx({ body, comments }));
    const item = await importFile(file);
    expect(item.notices).toEqual([
      { kind: 'tracked-changes', insertions: 0, deletions: 1, moves: 0, formatting: 0 },
      { kind: 'comments', imported: 1, notPlaced: 0 },
    ]);
    const [mark] = await session.engine.api.annotations.list({ documentId: item.documentId! });
    expect(mark).toMatchObject({ kind: 'comment', note: 'Use the Rome Statute wording.', author: 'Legal adviser', createdAt: '2025-03-04T10:00:00.000Z' });
    expect(mark.anchor.quote?.exact).toBe('crimes against humanity');
    const page = await session.engine.api.search.page({ documentId: item.documentId!, pageIndex: mark.pageIndex });
    expect(page.text.slice(mark.anchor.position!.start, mark.anchor.position!.end)).toBe('crimes against humanity');
    expect(await documentsFound('grave nature')).toEqual([item.documentId]);
    expect((await session.engine.api.search.query({ query: 'Rome Statute wording' })).annotations.map((hit) => hit.annotationId)).toEqual([mark.id]);
  });
});

describe('the real case docx-auto-numbering', { timeout: importingTestTimeout }, () => {
  const folder = findCase('docx-auto-numbering');
  it.skipIf(!folder)('gives the file numbered by Word the passages and labels of the typed one, and finds both with "article 2"', async () => {
    const auto = await importFile(path.join(folder!, 'auto-numbered-articles.docx'));
    const typed = await importFile(path.join(folder!, 'typed-numbered-articles.docx'));
    expect(labelsOf(auto.documentId!)).toEqual(labelsOf(typed.documentId!));
    expect(labelsOf(auto.documentId!)).toEqual(expect.arrayContaining(['Art. 1', 'Art. 2', 'Art. 2(1)', 'Art. 2(2)', 'Art. 2(2)(a)', 'Art. 2(2)(b)', 'Art. 3']));
    expect((await documentsFound('"article 2"')).toSorted()).toEqual([auto.documentId, typed.documentId].toSorted());
  });
});

describe('the real case docx-footnotes', { timeout: importingTestTimeout }, () => {
  const folder = findCase('docx-footnotes');
  it.skipIf(!folder)('finds the footnote’s text with Examplestan, cited with the paragraph that refers to it', async () => {
    const item = await importFile(path.join(folder!, 'footnotes.docx'));
    const response = await session.engine.api.search.query({ query: 'Examplestan' });
    expect(response.groups.map((group) => group.documentId)).toEqual([item.documentId]);
    const passage = session.engine.library.db
      .prepare('SELECT text FROM passages WHERE id = ?')
      .pluck()
      .get(response.groups[0].hits[0].passageId) as string;
    expect(passage).toMatch(/Several States proposed to delete the reference to gender\.\[1\] \[1\] See the written comments of Examplestan/u);
  });
});

describe('the real case docx-tracked-changes', { timeout: importingTestTimeout }, () => {
  const folder = findCase('docx-tracked-changes');
  it.skipIf(!folder)('says the file holds tracked changes, keeps the insertion, and keeps the deleted words findable', async () => {
    const item = await importFile(path.join(folder!, 'tracked-changes.docx'));
    expect(item.notices).toEqual([{ kind: 'tracked-changes', insertions: 1, deletions: 1, moves: 0, formatting: 0 }]);
    expect(await documentsFound('quokkaword')).toEqual([item.documentId]);
    expect(await documentsFound('zanzibarian')).toEqual([item.documentId]);
  });
});
