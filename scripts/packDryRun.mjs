// npm run dist:dry-run: packages the Linux app folder with electron-builder and the real
// electron-builder.yml, on a machine that cannot download Electron: a stand-in Electron binary
// (the fuse wire alone) takes the real one's place, and the SQLite addon is not rebuilt. Then
// checks what a real package would hold: the fuses as flipped, the files the app loads at run
// time inside app.asar, the SQLite addon outside it; and runs the packaged code (extracted, with
// Node, whose ABI the unrebuilt addon has) through the CLI: a PDF imported by an extraction
// worker and found by search, so no module the core needs was left out. Writes to a temporary
// folder, removed after.
// Slow (electron-builder copies and packs every production dependency: 1 to 4 minutes).
import { extractAll, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ensureBuilt } from './ensureBuilt.mjs';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'briefing-pack-'));
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's stock wire, fuse by fuse (ASCII '1' on, '0' off), and what electron-builder.yml asks.
const stock = '10110001';
const expected = '01001100';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

try {
  ensureBuilt();
  const electronDist = join(scratch, 'electron');
  mkdirSync(electronDist);
  const binary = Buffer.concat([Buffer.alloc(64), Buffer.from(sentinel), Buffer.from([1, 8]), Buffer.from(stock), Buffer.alloc(64)]);
  writeFileSync(join(electronDist, 'electron'), binary);
  chmodSync(join(electronDist, 'electron'), 0o755);
  const output = join(scratch, 'dist');
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`electron-builder packed the app in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const app = join(output, 'linux-unpacked');
  const wire = await getCurrentFuseWire(join(app, 'briefing'));
  const flipped = Array.from({ length: 8 }, (_, index) => String.fromCharCode(wire[index])).join('');
  check(flipped === expected, `fuses flipped to ${flipped} (expected ${expected})`);

  const archive = join(app, 'resources/app.asar');
  const inside = new Set(listPackage(archive, { isPack: false }));
  for (const file of [
    '/package.json',
    '/out/main/index.js',
    '/out/main/extractionWorker.js',
    '/out/main/searchWorker.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
    '/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
    '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
    '/node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
    '/node_modules/pdfjs-dist/standard_fonts/FoxitSerif.pfb',
    '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  ]) {
    check(inside.has(file), `app.asar holds ${file}`);
  }
  const addon = join(app, 'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  check(existsSync(addon), 'the SQLite addon is unpacked beside the archive');
  check(!existsSync(join(app, 'resources/app.asar.unpacked/node_modules/better-sqlite3/deps')), "better-sqlite3's sources are left out");
  console.log(`app.asar: ${(statSync(archive).size / 1e6).toFixed(0)} MB, ${inside.size} entries`);

  // The packaged code, run by Node from an extracted copy (app.asar.unpacked laid over it).
  const extracted = join(scratch, 'extracted');
  extractAll(archive, extracted);
  cpSync(join(app, 'resources/app.asar.unpacked'), extracted, { recursive: true });
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Article 1. Scope of the instrument on marine biodiversity', { x: 50, y: 700, size: 12, font });
  const sample = join(scratch, 'sample.pdf');
  writeFileSync(sample, await pdf.save());
  const cli = (...args) =>
    JSON.parse(execFileSync(process.execPath, [join(extracted, 'out/main/cli.js'), ...args, '--data-dir', join(scratch, 'library'), '--json'], { encoding: 'utf8' }));
  const imported = cli('import', sample);
  check(JSON.stringify(imported).includes('"imported"'), 'the packaged CLI imports a PDF (extraction worker, pdf.js, SQLite)');
  const found = cli('search', 'biodiversity');
  check(JSON.stringify(found).includes('biodiversity'), 'the packaged CLI finds it by search');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('The package holds what the app loads, with its fuses set.');
