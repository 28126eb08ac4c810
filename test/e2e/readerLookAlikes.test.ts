import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCase } from '../unit/helpers/sharedCases';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

describe('find in a PDF printed with CJK radical look-alikes (pdf-cjk-radicals-supplement)', () => {
  const folder = findCase('pdf-cjk-radicals-supplement');
  it.skipIf(!folder)('finds 秘书长 and 部门 in chinese2.pdf, whose text layer holds ⻓ and ⻔, and marks the look-alike characters', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.emptyLibrary.waitFor();
    await app.importFiles([path.join(folder!, 'chinese2.pdf')]);
    await app.waitForImportEnd();
    await app.documents.waitFor();
    await app.openDocument();
    await app.page.keyboard.press('Control+f');
    const findBox = app.page.getByRole('searchbox', { name: 'Find in document' });
    const bar = app.page.getByRole('search', { name: 'Find in document' });
    for (const [word, drawn] of [['秘书长', '秘书⻓'], ['部门', '部⻔']]) {
      await findBox.fill(word);
      await bar.getByText('1 of 1').waitFor();
      await expect.poll(() => app.page.evaluate(() => CSS.highlights.get('find-current')?.size)).toBe(1);
      expect(await app.page.evaluate(() => [...CSS.highlights.get('find-current')!][0].toString())).toBe(drawn);
    }
  });
});
