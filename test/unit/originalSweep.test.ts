import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEngine, type Engine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import { OriginalFileStore } from '../../electron/core/library/originalFiles';
import { builtSearchWorker, builtWorker, importAndWait, importingTestTimeout } from './helpers/temporaryLibrary';

const folders: string[] = [];
const engines: Engine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) if (engine.library.db.open) await engine.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

async function engineOn(dataDir: string): Promise<Engine> {
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(builtWorker), searchWorkerScript: builtSearchWorker });
  engines.push(engine);
  return engine;
}

/** Makes a file look untouched for two hours, as a crash's leftovers are at the next start. */
function age(file: string): void {
  const then = new Date(Date.now() - 2 * 3_600_000);
  fs.utimesSync(file, then, then);
}

describe('the originals an interrupted import leaves', () => {
  it('are removed at the next start: originals of no document and partial copies; what a document uses, and anything recent, stays', { timeout: importingTestTimeout }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-sweep-'));
    folders.push(dataDir);
    const first = await engineOn(dataDir);
    const statement = path.join(dataDir, 'statement.md');
    fs.writeFileSync(statement, '# Statement by Mexico\n\nMexico supports draft article 6.\n');
    const batch = await importAndWait(first.api, { paths: [statement] });
    expect(batch.items[0].status).toBe('imported');
    const store = first.library.originals;
    const kept = store.pathFor(OriginalFileStore.sha256(fs.readFileSync(statement)));
    const orphan = store.pathFor(store.put(new TextEncoder().encode('an original whose document was never committed')));
    const recentOrphan = store.pathFor(store.put(new TextEncoder().encode('an original an import is storing right now')));
    const incoming = path.join(store.root, 'incoming-0123456789abcdef.partial');
    fs.writeFileSync(incoming, 'half a copy');
    const tornCopy = `${orphan.slice(0, -4)}dead.abcdef012345.partial`;
    fs.writeFileSync(tornCopy, 'half a copy');
    for (const file of [kept, orphan, incoming, tornCopy]) age(file);
    await first.close();

    const second = await engineOn(dataDir);
    expect([kept, orphan, recentOrphan, incoming, tornCopy].map((file) => fs.existsSync(file))).toEqual([true, false, true, false, false]);
    // The document still opens from its original.
    const [document] = await second.api.library.listDocuments({});
    expect((await second.api.library.originalFile({ id: document.id })).data.length).toBeGreaterThan(0);
  });
});
