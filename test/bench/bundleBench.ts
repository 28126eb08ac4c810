/**
 * Library bundles at a delegation's size: export, import into an empty library, import again
 * (everything already there), and a refused bundle (one original's bytes altered).
 *
 *   npx tsx test/bench/bundleBench.ts [documents] [megabytes per original]   (default 100 × 2)
 *
 * Method: a library written directly (no extraction): `documents` originals of random bytes
 * (incompressible, like PDFs), each with 20 pages of 3,000 characters, 100 passages and 10
 * annotations, and one position per document. One run of each step (the bundle files are large;
 * the figures are seconds, not microseconds); peak resident memory of the process at the end.
 * Last line: JSON.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportBundle, importBundle } from '../../electron/core/bundles/bundleTransfer';
import { openLibrary, type Library } from '../../electron/core/library/library';

const documents = Number(process.argv[2] ?? 100);
const megabytesEach = Number(process.argv[3] ?? 2);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bundle-bench-'));
const never = new AbortController().signal;

function fill(library: Library): void {
  const page = 'States shall cooperate in the prevention of crimes. '.repeat(60);
  library.db.transaction(() => {
    for (let index = 0; index < documents; index += 1) {
      const sha256 = library.originals.put(randomBytes(megabytesEach * 1024 * 1024));
      const id = Number(library.db.prepare(`INSERT INTO documents (kind, title, sha256, page_count) VALUES ('statement', ?, ?, 20)`).run(`Statement ${index}`, sha256).lastInsertRowid);
      for (let pageIndex = 0; pageIndex < 20; pageIndex += 1) library.db.prepare('INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)').run(id, pageIndex, page);
      for (let ordinal = 0; ordinal < 100; ordinal += 1) {
        library.db.prepare(`INSERT INTO passages (document_id, ordinal, level, label, text, start_page, start_offset, end_page, end_offset) VALUES (?, ?, 'paragraph', ?, ?, 0, 0, 0, 10)`).run(id, ordinal, `Para. ${ordinal + 1}`, page.slice(0, 600));
      }
      for (let mark = 0; mark < 10; mark += 1) {
        library.db.prepare(`INSERT INTO annotations (document_id, page_index, kind, colour, anchor) VALUES (?, ?, 'highlight', 'key', ?)`).run(id, mark, JSON.stringify({ rects: [{ pageIndex: mark, x1: 10, y1: 10, x2: 100, y2: 20 }] }));
      }
      library.db.prepare(`INSERT INTO positions (state_code, target_label, stance, text, source_document_id) VALUES ('NOR', 'Art. 1', 'supports', '', ?)`).run(id);
    }
  })();
}

/** The process's peak resident memory so far, in MB. */
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: Math.round(performance.now() - start) / 1000, value };
}

try {
  const source = openLibrary(path.join(home, 'source'));
  fill(source);
  const file = path.join(home, 'library.briefing');
  const peakAfterFill = peak();
  const exported = await timed(() => exportBundle(source, file, {}, never));
  const peakAfterExport = peak();
  const target = openLibrary(path.join(home, 'target'));
  const first = await timed(() => importBundle(target, file, never));
  const peakAfterImport = peak();
  const again = await timed(() => importBundle(target, file, never));
  // One original's byte altered in place (stored, not deflated): the whole bundle is read and refused.
  const handle = fs.openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  const at = fs.fstatSync(handle).size - 200_000;
  fs.readSync(handle, byte, 0, 1, at);
  byte[0] ^= 0xff;
  fs.writeSync(handle, byte, 0, 1, at);
  fs.closeSync(handle);
  const refused = await timed(() => importBundle(openLibrary(path.join(home, 'refused')), file, never).then(() => 'imported', (error: Error) => error.message.slice(0, 60)));
  const figures = {
    documents,
    megabytesEach,
    bundleMegabytes: Math.round(exported.value.size / 1024 / 1024),
    exportSeconds: exported.seconds,
    importSeconds: first.seconds,
    reimportSeconds: again.seconds,
    refusedSeconds: refused.seconds,
    refusal: refused.value,
    added: first.value.documentsAdded,
    alreadyPresent: again.value.documentsAlreadyPresent,
    peakRssMegabytes: { afterFill: peakAfterFill, afterExport: peakAfterExport, afterImport: peakAfterImport, atEnd: peak() },
  };
  console.log(`Export ${figures.exportSeconds} s, import ${figures.importSeconds} s, again ${figures.reimportSeconds} s, refused in ${figures.refusedSeconds} s, ${figures.bundleMegabytes} MB, peak RSS ${JSON.stringify(figures.peakRssMegabytes)} MB`);
  console.log(JSON.stringify(figures));
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
