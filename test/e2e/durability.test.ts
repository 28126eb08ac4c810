import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, startBuiltHost, type RunningHost } from './support/hostProcess';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { openLibrary } from '../../electron/core/library/library';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function call(running: RunningHost, operation: string, args: unknown) {
  const response = await fetch(`${running.origin}/api/${operation}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; value: unknown };
}

describe('a write the user saw succeed', () => {
  it('survives the app being killed at once (SIGKILL) right after it was acknowledged', async () => {
    const dataDir = freshDataDir();
    const library = openLibrary(dataDir);
    const documentId = insertDocument(library.db, { kind: 'draft', title: 'Draft articles', pageCount: 3 });
    library.close();

    host = await startBuiltHost(dataDir);
    const acknowledged: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const reply = await call(host, 'annotations.create', {
        documentId, kind: 'highlight', colour: 'key', note: `note ${index}`,
        anchor: { rects: [{ pageIndex: index % 3, x1: 10, y1: 10, x2: 100, y2: 20 }] },
      });
      expect(reply.ok).toBe(true);
      acknowledged.push((reply.value as { id: number }).id);
    }
    const edit = await call(host, 'annotations.update', { id: acknowledged[0], patch: { note: 'edited just before the crash' } });
    expect(edit.ok).toBe(true);
    await host.kill();

    host = await startBuiltHost(dataDir);
    const listed = await call(host, 'annotations.list', { documentId });
    const annotations = listed.value as { id: number; note: string }[];
    expect(annotations.map((annotation) => annotation.id).toSorted((a, b) => a - b)).toEqual(acknowledged);
    expect(annotations.find((annotation) => annotation.id === acknowledged[0])?.note).toBe('edited just before the crash');
  });
});

