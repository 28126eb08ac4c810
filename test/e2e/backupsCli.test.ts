import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/core/library/library';
import { builtCli, freshDataDir } from './support/hostProcess';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
}

/** Adds a document row as an earlier session left it (no engine: the CLI opens the library itself). */
function addDocument(dataDir: string, title: string): void {
  const library = openLibrary(dataDir);
  try {
    library.db.prepare("INSERT INTO documents (kind, title, media_type, page_count) VALUES ('draft', ?, 'text/plain', 1)").run(title);
  } finally {
    library.close();
  }
}

const documentCount = (dataDir: string) => (JSON.parse(cli('status', '--data-dir', dataDir, '--json').stdout) as { counts: { documents: number } }).counts.documents;

describe('npm run cli -- backups', () => {
  it('makes a backup, lists it, and restores it, keeping the library as it was', () => {
    const dataDir = freshDataDir();
    try {
      addDocument(dataDir, 'Draft convention');
      const none = cli('backups', 'list', '--data-dir', dataDir);
      expect(none.status).toBe(0);
      expect(none.stdout).toBe(`No backups yet in ${path.join(dataDir, 'backups')}: run "backups create" to make one.\n`);

      const created = cli('backups', 'create', '--data-dir', dataDir, '--json');
      expect(created.status).toBe(0);
      const snapshot = JSON.parse(created.stdout) as { id: string; reason: string; documentCount: number };
      expect(snapshot).toMatchObject({ reason: 'manual', documentCount: 1 });
      expect(cli('backups', 'create', '--data-dir', dataDir).stdout).toMatch(/^Backup \S+-manual made: \d+ KB, 1 document\.$/mu);

      const list = cli('backups', 'list', '--data-dir', dataDir);
      expect(list.stdout).toMatch(/^Id\s+Taken\s+Reason\s+Size\s+Documents$/mu);
      expect(list.stdout).toMatch(new RegExp(`^${snapshot.id}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\s+manual\\s+\\d+ KB\\s+1$`, 'mu'));

      addDocument(dataDir, 'Later statement');
      expect(documentCount(dataDir)).toBe(2);
      const restore = cli('backups', 'restore', snapshot.id, '--data-dir', dataDir);
      expect(restore.status).toBe(0);
      expect(restore.stdout).toMatch(/^Restored the backup of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: 1 document\.\nThe library as it was is kept as backup (\S+-before-restore): restore it to go back\.\n$/u);
      expect(documentCount(dataDir)).toBe(1);
      const keptAs = /backup (\S+-before-restore)/u.exec(restore.stdout)![1];
      expect(cli('backups', 'restore', keptAs, '--data-dir', dataDir, '--json').status).toBe(0);
      expect(documentCount(dataDir)).toBe(2);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a command line it cannot run, and an id that is not there', () => {
    const dataDir = freshDataDir();
    try {
      const bad = cli('backups', 'restore', '../library.sqlite', '--data-dir', dataDir);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/^"\.\.\/library\.sqlite" is not a backup id: run "backups list"/u);
      expect(cli('backups', 'drop', '--data-dir', dataDir).status).toBe(2);
      const missing = cli('backups', 'restore', '2020-01-01T00-00-00-000Z-manual', '--data-dir', dataDir, '--json');
      expect(missing.status).toBe(1);
      expect(JSON.parse(missing.stdout)).toEqual({ error: { code: 'not-found', message: 'This backup is no longer in the backups folder; refresh the list and choose another.' } });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('moves a damaged library aside and says which command restores the newest good backup', () => {
    const dataDir = freshDataDir();
    try {
      addDocument(dataDir, 'Draft convention');
      const snapshot = JSON.parse(cli('backups', 'create', '--data-dir', dataDir, '--json').stdout) as { id: string };
      const database = path.join(dataDir, 'library.sqlite');
      const handle = fs.openSync(database, 'r+');
      fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 0);
      fs.closeSync(handle);

      const status = cli('status', '--data-dir', dataDir, '--json');
      expect(status.status).toBe(0);
      expect(status.stderr).toContain(`run: backups restore ${snapshot.id}`);
      expect(status.stderr).toMatch(/The library could not be opened: its database was damaged and has been moved, not deleted, to \S+library\.sqlite\.corrupt-/u);
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('library.sqlite.corrupt-'))).toHaveLength(1);
      expect(documentCount(dataDir)).toBe(0);

      expect(cli('backups', 'restore', snapshot.id, '--data-dir', dataDir).status).toBe(0);
      expect(documentCount(dataDir)).toBe(1);
      // Restored: no more advice.
      expect(cli('status', '--data-dir', dataDir).stderr).not.toContain('could not be opened');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
