import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCase } from './helpers/sharedCases';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

/**
 * The real failing inputs of issue 11 (../shared/cases), imported as a user imports them and
 * searched through the engine's API. The same faults are covered with fixtures made in code
 * in searchAsRemembered.test.ts and queryParser.test.ts.
 */
const session = useTemporaryEngine('briefing-search-cases-');

async function importCase(folder: string, file: string): Promise<boolean> {
  const found = findCase(folder);
  if (!found) return false;
  const copy = path.join(session.inbox, file);
  fs.copyFileSync(path.join(found, file), copy);
  const batch = await importAndWait(session.engine.api, { paths: [copy], kind: 'instrument' });
  expect(batch.items[0].status).toBe('imported');
  return true;
}

async function firstLabel(query: string): Promise<string | undefined> {
  const response = await session.engine.api.search.query({ query });
  return response.groups[0]?.hits[0]?.label;
}

describe('the real cases', { timeout: importingTestTimeout }, () => {
  it('search-citation-label: 7(1)(h), art. 7(1)(h) and article 7(1)(h) find the labelled passage first', async () => {
    if (!(await importCase('search-citation-label', 'citation.md'))) return;
    for (const query of ['7(1)(h)', 'art. 7(1)(h)', 'article 7(1)(h)', 'article 7, paragraph 1 (h)']) {
      expect(await firstLabel(query), query).toBe('Art. 7(1)(h)');
    }
    const missing = await session.engine.api.search.query({ query: 'art. 70(3)' });
    expect(missing.notices).toEqual([{ kind: 'citation-missing', citation: '70(3)' }]);
  });

  it('search-hyphen-spelling-variant: cooperate finds "co-operate"', async () => {
    if (!(await importCase('search-hyphen-spelling-variant', 'hyphen.md'))) return;
    expect(await firstLabel('cooperate')).toBe('Art. 4');
    expect(await firstLabel('illtreatment')).toBe('Art. 4');
  });
});
