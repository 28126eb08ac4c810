import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/common/dispatch';
import { localPathsOf } from '../../electron/common/schemas';
import { PathGrants } from '../../electron/main/security/pathGrants';
import { temporaryEngine } from './helpers/temporaryLibrary';

describe('files on this machine, only as the user chose them (issue 14, fault 7)', () => {
  it('a path is allowed when the user picked it, or a folder holding it; not otherwise', () => {
    const grants = new PathGrants();
    const folder = path.resolve('/home/delegate/Drafts');
    grants.grant(path.join(folder, 'L.1.pdf'));
    grants.grant(path.resolve('/home/delegate/Statements'));
    // What the page could make up itself grants nothing.
    for (const made of ['', 'relative/path.pdf', 42, null, `/${'x'.repeat(5000)}`]) grants.grant(made);
    expect(grants.allows(path.join(folder, 'L.1.pdf'))).toBe(true);
    expect(grants.allows('/home/delegate/Statements/Brazil/statement.pdf')).toBe(true);
    expect(grants.allows(path.join(folder, 'L.1.pdf', '..', '..', '..', '..', 'etc', 'passwd'))).toBe(false);
    expect(grants.allows('/etc/passwd')).toBe(false);
    expect(grants.allows('/home/delegate/Statements-other/a.pdf')).toBe(false);
    expect(grants.refused(localPathsOf('imports.start', { paths: [path.join(folder, 'L.1.pdf'), '/etc/passwd'] }))).toEqual(['/etc/passwd']);
    expect(grants.refused(localPathsOf('imports.start', { files: [] }))).toEqual([]);
    // A bundle is a path read like an import's (it failed open before the contract declared it).
    expect(grants.refused(localPathsOf('bundles.startImport', { path: '/etc/passwd' }))).toEqual(['/etc/passwd']);
    expect(grants.refused(localPathsOf('bundles.startImport', { path: path.join(folder, 'L.1.pdf') }))).toEqual([]);
    expect(grants.refused(localPathsOf('bundles.startImport', { path: 42 }))).toEqual(['42']);
  });

  it('an API call cannot send a path longer than any file system keeps, and the value is not echoed', async () => {
    const engine = await temporaryEngine();
    try {
      const answer = await dispatch(engine.api, 'imports.start', { paths: [`/${'a'.repeat(10 * 1024 * 1024)}`] });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(JSON.stringify(answer).length).toBeLessThan(500);
    } finally {
      await engine.remove();
    }
  });
});
