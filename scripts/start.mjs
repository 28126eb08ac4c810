// `npm start`: builds when needed, then launches Electron. Where Electron's binary is missing
// and cannot be fetched, says so in one line and serves the same app in the browser instead.
// `npm start -- --browser` asks for browser mode directly; other arguments go to the host.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuilt, projectRoot } from './ensureBuilt.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser') || process.env.BRIEFING_BROWSER === '1';
const hostArgs = args.filter((arg) => arg !== '--browser');

ensureBuilt();
const electronBinary = browserOnly ? undefined : findElectronBinary();
if (electronBinary) {
  launchElectron(electronBinary);
} else {
  if (!browserOnly) {
    console.log("Electron's binary is not installed on this machine, so Briefing starts in your browser instead.");
  }
  run(process.execPath, [path.join(projectRoot, 'out/main/host.js'), ...hostArgs]);
}

/** The electron package downloads its binary on first use; a machine offline has none. */
function findElectronBinary() {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const installed = () =>
    fs.existsSync(pathFile) &&
    fs.existsSync(path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (!installed() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  }
  return installed() ? path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8')) : undefined;
}

/**
 * node_modules holds better-sqlite3 built for Node (tests, host, CLI). Electron needs one
 * built for its own ABI: build a copy once, beside node_modules, and name it to the shell.
 */
function launchElectron(binary) {
  const electronVersion = require('electron/package.json').version;
  const nativeDir = path.join(projectRoot, '.electron-native', electronVersion);
  const addon = path.join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(addon)) {
    console.log(`Building the SQLite module for Electron ${electronVersion} (once)…`);
    fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), nativeDir, {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
    });
    const built = spawnSync(
      'npx',
      ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers'],
      { cwd: nativeDir, stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (built.status !== 0) {
      console.error('Building the SQLite module for Electron failed; try "npm start -- --browser".');
      process.exit(1);
    }
  }
  run(binary, [projectRoot], { BRIEFING_SQLITE_BINDING: addon });
}

function run(command, commandArgs, extraEnv = {}) {
  const child = spawn(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
