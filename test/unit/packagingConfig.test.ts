/**
 * The installers' configuration (electron-builder.yml; issue 14, item 19), checked without
 * Electron: against electron-builder's own JSON schema and loader, and for what the app needs at
 * run time (targets, hardened runtime, the SQLite addon out of the archive, the files the shell
 * loads by path, the file associations, the icons).
 */
import type { Configuration, FileAssociation } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
// js-yaml: the parser electron-builder itself reads electron-builder.yml with.
const config = load(read('electron-builder.yml')) as Configuration;
const packages = createRequire(join(root, 'package.json'));
// Compiling electron-builder's schema takes ajv about 5 s (10 on a busy machine); it is done
// once, on the first validation, and kept for the others.
const schemaBudget = 60_000;

/** electron-builder's own check of a configuration: ajv on its scheme.json, as at a build's start. */
const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));

/** The built files of the main process, its workers and the preload (everything but the renderer). */
function builtNodeSideFiles(): string[] {
  return ['out/main', 'out/preload'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(c|m)?js$/.test(file))
      .map((file) => join(root, folder, file)),
  );
}

/** The packages that built code loads at run time: import, import(), require, require.resolve. */
function packagesLoadedBy(files: string[]): string[] {
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\.resolve\s*\(\s*)["']((?:@[\w.-]+\/)?[\w.-]+)[^"']*["']/g;
  const names = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, 'utf8').matchAll(specifier)) names.add(match[1]);
  return [...names].filter((name) => existsSync(join(root, 'node_modules', name, 'package.json')));
}

/** The folder Node resolves package `name` to from `from`: the nearest node_modules that has it. */
function packageFolder(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** Every installed package folder (relative to the project) that `roots` need, through their dependencies. */
function packageClosure(roots: string[]): Set<string> {
  const found = new Set<string>();
  const pending = roots.map((name) => ({ name, from: root }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const folder = packageFolder(next.name, next.from);
    if (!folder || found.has(folder)) continue;
    found.add(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) pending.push({ name, from: folder });
  }
  return new Set([...found].map((folder) => folder.slice(root.length + 1).split('\\').join('/')));
}

const associations = (list: FileAssociation | FileAssociation[] | null | undefined) => [list ?? []].flat();

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's JSON schema", { timeout: schemaBudget }, async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would fail that check with a misspelt option (the schema allows no unknown keys)', { timeout: schemaBudget }, async () => {
    await expect(validate({ ...config, asarUnpak: ['**/*.node'] } as Configuration)).rejects.toThrow(/asarUnpak/);
    await expect(validate({ ...config, mac: { ...config.mac, hardendRuntime: true } } as Configuration)).rejects.toThrow(/configuration\.mac\b/);
  });

  it("is read the same by electron-builder's own loader, as `electron-builder` would at its start", async () => {
    const resolved = await getConfig(root, null, null);
    expect(resolved.appId).toBe('org.briefing.desktop');
    expect(resolved.electronFuses).toEqual(config.electronFuses);
    expect(resolved.fileAssociations).toEqual(config.fileAssociations);
    expect(resolved.mac).toEqual(config.mac);
  });

  it('builds NSIS for Windows, a dmg with the hardened runtime for macOS, AppImage and deb for Linux', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('gives the hardened runtime only the exception V8 needs (JIT)', () => {
    expect(config.mac?.entitlements).toBe('resources/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('resources/entitlements.mac.plist');
    const keys = [...read('resources/entitlements.mac.plist').matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('rebuilds the SQLite addon for Electron and keeps it out of the archive, and only it', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    const addon = join(dirname(packages.resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
    expect(existsSync(addon), addon).toBe(true);
  });

  it('packs every file the shell loads by path from the build', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    // Each path.join(mainDir, '…') in the shell names a built file it loads at run time.
    const shell = read('electron/main/index.ts');
    const loaded = [...shell.matchAll(/path\.join\(mainDir, '([^']+)'\)/g)].map((match) => join('out/main', match[1]));
    expect(loaded).toEqual(expect.arrayContaining(['out/main/extractionWorker.js', 'out/main/searchWorker.js', 'out/preload/index.cjs']));
    for (const file of [...loaded, 'out/main/index.js', 'out/renderer/index.html']) expect(existsSync(join(root, file)), file).toBe(true);
    // Read from node_modules by path at run time (fonts of the redline PDF, pdf.js and its data
    // in the extraction workers): production dependencies, which electron-builder packs.
    const manifest = JSON.parse(read('package.json')) as { main: string; dependencies: Record<string, string> };
    expect(manifest.main).toBe('out/main/index.js');
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['better-sqlite3', 'dejavu-fonts-ttf', 'pdfjs-dist']));
  });

  it('leaves out of the package only what the main process, its workers and the preload never load', () => {
    const exclusions = (config.files as string[]).filter((pattern) => pattern.startsWith('!node_modules/')).map((pattern) => pattern.slice(1));
    const excluded = (file: string) => exclusions.some((pattern) => minimatch(file, pattern, { dot: true }));
    const loaded = packagesLoadedBy(builtNodeSideFiles());
    expect(loaded).toEqual(expect.arrayContaining(['better-sqlite3', 'pdfjs-dist', 'dejavu-fonts-ttf', 'minisearch', 'zod']));
    const needed = [...packageClosure(loaded)].filter((folder) => excluded(`${folder}/package.json`));
    expect(needed, 'packages the built code needs but electron-builder.yml leaves out').toEqual([]);
    // What is left out: renderer packages (Vite bundled them), the SQLite addon's sources.
    for (const file of ['node_modules/react-dom/package.json', 'node_modules/@tiptap/core/package.json', 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c']) {
      expect(excluded(file), file).toBe(true);
    }
    expect(excluded('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(false);
  });

  it('owns library bundles (.briefing) on every system', () => {
    expect(associations(config.fileAssociations)).toEqual([
      {
        ext: 'briefing',
        name: 'Briefing library bundle',
        description: 'Briefing library bundle',
        mimeType: 'application/x-briefing-bundle',
        role: 'Editor',
        rank: 'Owner',
      },
    ]);
  });

  it('offers to open PDFs without becoming their default application', () => {
    // macOS: an alternate viewer in Finder's Open With.
    expect(associations(config.mac?.fileAssociations)).toEqual([{ ext: 'pdf', name: 'PDF document', role: 'Viewer', rank: 'Alternate' }]);
    // Linux: listed in the desktop entry, without redefining the PDF type.
    expect(config.linux?.mimeTypes).toEqual(['application/pdf']);
    expect(associations(config.linux?.fileAssociations)).toEqual([]);
    // Windows: electron-builder's association would set .pdf's default value; the installer
    // script lists Briefing under OpenWithProgids instead, and takes it out on uninstall.
    expect(associations(config.win?.fileAssociations)).toEqual([]);
    expect(config.nsis?.include).toBe('resources/installer.nsh');
    const installer = read('resources/installer.nsh');
    expect(installer).toContain('WriteRegStr SHELL_CONTEXT "Software\\Classes\\.pdf\\OpenWithProgids" "Briefing.pdf" ""');
    expect(installer).toContain('"Open with Briefing"');
    expect(installer).toContain('DeleteRegValue SHELL_CONTEXT "Software\\Classes\\.pdf\\OpenWithProgids" "Briefing.pdf"');
    expect(installer).not.toMatch(/Software\\Classes\\\.pdf" ""/);
  });

  it('uses the generated icons of each system', () => {
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.linux?.icon).toBe('resources/icons');
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) expect(existsSync(join(root, icon ?? '')), icon ?? '').toBe(true);
  });
});
