import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCase } from './helpers/sharedCases';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

// The real cases of issue 11, item 5: look-alike code points, hamza seats, mirrored parentheses.
const session = useTemporaryEngine('briefing-unicode-cases-');

async function importFile(file: string): Promise<number> {
  const batch = await importAndWait(session.engine.api, { paths: [file] });
  expect(batch.items[0].status).toBe('imported');
  return batch.items[0].documentId!;
}

/** The labels of the passages a query finds in one document, best first. */
async function labelsFound(documentId: number, query: string): Promise<string[]> {
  const response = await session.engine.api.search.query({ query });
  return response.groups.filter((group) => group.documentId === documentId).flatMap((group) => group.hits.map((hit) => hit.label));
}

describe('the real case pdf-cjk-radicals-supplement', { timeout: importingTestTimeout }, () => {
  const folder = findCase('pdf-cjk-radicals-supplement');
  it.skipIf(!folder)('finds Art. 4 of chinese2.pdf for 秘书长, 意见, 部门 and 罗马, which it prints with radical look-alikes', async () => {
    const documentId = await importFile(path.join(folder!, 'chinese2.pdf'));
    for (const word of ['秘书长', '意见', '部门', '罗马']) expect([word, await labelsFound(documentId, word)]).toEqual([word, ['Art. 4']]);
    const passages = await session.engine.api.library.passages({ documentId });
    expect(passages.map((passage) => passage.text).join('\n')).not.toMatch(/[\u2E80-\u2EFF]/u);
  });
});

describe('the real case search-arabic-hamza-seat', { timeout: importingTestTimeout }, () => {
  const folder = findCase('search-arabic-hamza-seat');
  it.skipIf(!folder)('finds Art. 5 of arabic.md, which writes مسؤولية, for مسئولية', async () => {
    const documentId = await importFile(path.join(folder!, 'arabic.md'));
    expect(await labelsFound(documentId, 'مسئولية')).toEqual(['Art. 5']);
    expect(await labelsFound(documentId, 'مسؤولية')).toEqual(['Art. 5']);
  });
});

describe('the real case pdf-arabic-mirrored-parentheses', { timeout: importingTestTimeout }, () => {
  const folder = findCase('pdf-arabic-mirrored-parentheses');
  it.skipIf(!folder)('stores the passage of arabic.pdf in logical order, brackets included: للمادة 7(1)(ح)', async () => {
    const documentId = await importFile(path.join(folder!, 'arabic.pdf'));
    const text = (await session.engine.api.library.passages({ documentId })).map((passage) => passage.text).join('\n');
    expect(text).toContain('للمادة 7(1)(ح) من نظام روما الأساسي لعام 1998.');
    expect(text).not.toContain('7)1()ح(');
  });
});
