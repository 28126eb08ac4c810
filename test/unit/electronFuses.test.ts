/**
 * Electron's fuses (issue 14, item 2): electron-builder.yml declares each one with the value a
 * hardened release needs, electron-builder turns that declaration into the wire it writes, and
 * a packaged binary in dist/ carries it. The last needs an app packaged on a machine that can
 * download Electron (npm run dist); without one it is skipped, and says so.
 */
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> };

/** Each fuse by its electron-builder name, with the value a release must have. */
const required: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // Electron's default, stated so that every fuse has a declared value.
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

// A fuse's byte in the binary: ASCII '1' on, '0' off (@electron/fuses' FuseState, not exported).
const on = 0x31;
const off = 0x30;

/** The same, as the wire in the binary, fuse by fuse. */
const requiredWire: Record<FuseV1Options, number> = {
  [FuseV1Options.RunAsNode]: off,
  [FuseV1Options.EnableCookieEncryption]: on,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: off,
  [FuseV1Options.EnableNodeCliInspectArguments]: off,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: on,
  [FuseV1Options.OnlyLoadAppFromAsar]: on,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: off,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: off,
};

/** The wire's bytes, fuse by fuse, from what getCurrentFuseWire read. */
function wireOf(read: Awaited<ReturnType<typeof getCurrentFuseWire>>): Record<number, number> {
  const wire: Record<number, number> = {};
  for (const option of Object.keys(requiredWire).map(Number)) wire[option] = read[option as FuseV1Options] as number;
  return wire;
}

/** The executables electron-builder leaves in dist/ (Linux, Windows, macOS), if any was packaged. */
function packagedBinaries(): string[] {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return [];
  const candidates = readdirSync(dist).flatMap((folder) => [
    join(dist, folder, 'briefing'),
    join(dist, folder, 'Briefing.exe'),
    join(dist, folder, 'Briefing.app'),
  ]);
  return candidates.filter((candidate) => existsSync(candidate));
}

const binaries = packagedBinaries();
if (binaries.length === 0) {
  console.warn(
    'electronFuses.test.ts: no packaged app in dist/, so the fuses of a real binary are not read here. ' +
      "Electron's binary cannot be downloaded on this machine; run `npm run dist` where it can, then this test.",
  );
}

describe('Electron fuses', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'briefing-fuses-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are all declared in electron-builder.yml, each with the value a release needs', () => {
    expect(config.electronFuses).toEqual(required);
  });

  it('become the wire electron-builder writes into the binary', async () => {
    // A stand-in for Electron's binary: the fuse sentinel, version 1, eight fuses as Electron
    // ships them (RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off).
    const stock = [on, off, on, on, off, off, off, on];
    const binary = join(scratch, 'electron');
    writeFileSync(
      binary,
      Buffer.concat([Buffer.alloc(64, 0xcc), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8, ...stock]), Buffer.alloc(64, 0xcc)]),
    );
    // electron-builder's own translation of the yml section (private: pinned with the package).
    const generateFuseConfig = Reflect.get(PlatformPackager.prototype, 'generateFuseConfig') as (
      fuses: Record<string, boolean>,
    ) => Promise<Parameters<typeof flipFuses>[1]>;
    const fuseConfig = await generateFuseConfig(config.electronFuses ?? {});
    expect(fuseConfig.version).toBe(FuseVersion.V1);
    await flipFuses(binary, { ...fuseConfig, strictlyRequireAllFuses: true } as Parameters<typeof flipFuses>[1]);
    expect(wireOf(await getCurrentFuseWire(binary))).toEqual(requiredWire);
  });

  it.skipIf(binaries.length === 0)(
    'are set in the packaged binary in dist/ (skipped when nothing was packaged: see the warning above)',
    async () => {
      for (const binary of binaries) {
        expect(wireOf(await getCurrentFuseWire(binary)), binary).toEqual(requiredWire);
      }
    },
  );
});
