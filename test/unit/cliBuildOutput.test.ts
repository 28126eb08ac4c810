// `npm run cli -- status --json` builds first when the sources changed: the build must not
// print on standard output, or the JSON that follows cannot be parsed. The real build takes a
// minute and would rewrite out/ under the other tests, so this runs our scripts/cli.mjs in a
// small project of its own whose "build tool" is noisy on both streams.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts');

// Stands in for electron-vite: talks on stdout and stderr as a build tool does, then writes a
// "built CLI" that answers with its arguments as JSON.
const fakeBuildTool = `
import fs from 'node:fs';
console.log('vite v7 building for production...');
console.warn('a warning from the bundler');
if (process.env.FAKE_BUILD_FAILS) process.exit(3);
fs.mkdirSync('out/main', { recursive: true });
fs.writeFileSync('out/main/cli.js', 'console.log(JSON.stringify({ args: process.argv.slice(2) }));');
`;

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-cli-build-'));
  fs.mkdirSync(path.join(root, 'scripts'));
  for (const script of ['cli.mjs', 'ensureBuilt.mjs']) {
    fs.copyFileSync(path.join(scripts, script), path.join(root, 'scripts', script));
  }
  for (const folder of ['electron', 'renderer']) {
    fs.mkdirSync(path.join(root, folder));
    fs.writeFileSync(path.join(root, folder, 'source.ts'), 'export {};\n');
  }
  fs.writeFileSync(path.join(root, 'electron.vite.config.ts'), 'export default {};\n');
  fs.writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  const bin = path.join(root, 'node_modules/electron-vite/bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'electron-vite.js'), fakeBuildTool);
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function runCli(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'status', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

// Each test starts Node three or four times: on a loaded machine that is more than vitest's 5 s.
describe('npm run cli -- … --json on a run that builds first', { timeout: 60_000 }, () => {
  it('leaves standard output to the JSON and says everything else on standard error', () => {
    const first = runCli();
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('Building Briefing…');
    expect(first.stderr).toContain('vite v7 building for production...');
    expect(JSON.parse(first.stdout)).toEqual({ args: ['status', '--json'] });

    // Built now: no build, no message.
    const second = runCli();
    expect(second.stderr).not.toContain('Building Briefing…');
    expect(JSON.parse(second.stdout)).toEqual({ args: ['status', '--json'] });
  });

  it('prints nothing on standard output when the build fails, and exits with its code', () => {
    const failed = runCli({ FAKE_BUILD_FAILS: '1' });
    expect(failed.status).toBe(3);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('The build failed');
  });
});
