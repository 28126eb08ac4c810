import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { builtCli, freshDataDir } from './support/hostProcess';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
}

describe('npm run cli -- bundle', () => {
  it('exports a library, imports it into another without duplicating on a second import, exports chosen documents, refuses a hostile file', async () => {
    const home = freshDataDir();
    const first = path.join(home, 'first');
    const second = path.join(home, 'second');
    try {
      const inbox = path.join(home, 'inbox');
      fs.mkdirSync(inbox);
      fs.writeFileSync(path.join(inbox, 'draft.pdf'), await makeTextPdf([['Draft convention on cooperation', 'Article 1', 'States shall cooperate.']]));
      fs.writeFileSync(path.join(inbox, 'statement.pdf'), await makeTextPdf([['Statement by Norway', 'We support article 1.']]));
      expect(cli('import', inbox, '--data-dir', first).status).toBe(0);

      const file = path.join(home, 'library.briefing');
      const exported = cli('bundle', 'export', file, '--data-dir', first, '--json');
      expect(exported.status).toBe(0);
      expect(JSON.parse(exported.stdout)).toMatchObject({ file, documents: 2, annotations: 0, positions: 0, positionCards: 0, packs: 0 });
      expect(fs.statSync(file).size).toBeGreaterThan(1_000);

      const imported = cli('bundle', 'import', file, '--data-dir', second);
      expect(imported.status).toBe(0);
      expect(imported.stdout).toMatch(/^Documents: 2 added, 0 already there\.$/mu);
      const again = cli('bundle', 'import', file, '--data-dir', second, '--json');
      expect(JSON.parse(again.stdout)).toMatchObject({ documentsAdded: 0, documentsAlreadyPresent: 2 });
      const status = JSON.parse(cli('status', '--data-dir', second, '--json').stdout);
      expect(status.counts.documents).toBe(2);

      // One document by its title, written where asked with the extension added.
      const chosen = cli('bundle', 'export', path.join(home, 'one'), '--documents', 'Statement by Norway', '--data-dir', first);
      expect(chosen.status).toBe(0);
      expect(chosen.stdout).toMatch(/^Wrote .*one\.briefing \([\d.]+ MB\): 1 document, 0 annotations, 0 positions, 0 position cards, 0 packs\.$/mu);

      const hostile = path.join(home, 'hostile.briefing');
      const database = strToU8(JSON.stringify(Object.fromEntries(['documents', 'pages', 'passages', 'draftFamilies', 'draftRevisions', 'annotationColours', 'annotations', 'stateGroups', 'positions', 'positionCards', 'packs', 'packSections', 'packItems'].map((table) => [table, []]))));
      const manifest = {
        format: 'briefing-bundle', formatVersion: 1, appVersion: 'x', createdAt: 'x', counts: { documents: 0, annotations: 0, positions: 0, positionCards: 0, packs: 0 },
        entries: [{ path: 'database.json', size: database.length, sha256: createHash('sha256').update(database).digest('hex') }],
      };
      fs.writeFileSync(hostile, zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'database.json': database, '../escape.txt': strToU8('x') }));
      const refused = cli('bundle', 'import', hostile, '--data-dir', second, '--json');
      expect(refused.status).toBe(1);
      expect(JSON.parse(refused.stdout).error.message).toMatch(/^This bundle is refused: it holds a file named "\.\.\/escape\.txt", and it climbs out of the bundle/u);
      expect(fs.existsSync(path.join(second, '..', 'escape.txt'))).toBe(false);

      expect(cli('bundle', 'import', '--data-dir', second).status).toBe(2);
      expect(cli('bundle', 'import', file, '--documents', 'x', '--data-dir', second).status).toBe(2);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
