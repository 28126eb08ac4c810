import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
});
