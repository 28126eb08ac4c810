// Builds the app when any source is newer than the last build, so `npm start` and
// `npm run cli` always run what is in the working tree.
//
// Everything this prints goes to standard error, the build tool's own output included:
// `npm run cli -- status --json` must leave standard output to the JSON, even on the run that
// builds first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(projectRoot, 'out', '.build-stamp');
const sources = ['electron', 'renderer', 'electron.vite.config.ts', 'package.json'];
// The build tool's script, run with this Node: no npx (which can reach for the network when a
// package is missing) and no shell.
const electronVite = path.join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

function newestModification(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

export function ensureBuilt({ force = false } = {}) {
  const builtAt = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newestModification(path.join(projectRoot, s))));
  if (!force && builtAt > changedAt) return;
  console.error('Building Briefing…');
  // The build's standard output is sent to our standard error (file descriptor 2).
  const result = spawnSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    console.error(
      result.error
        ? `The build could not start (${result.error.message}). Run "npm ci" in ${projectRoot}, then try again.`
        : 'The build failed; see the messages above.',
    );
    process.exit(result.status ?? 1);
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, new Date().toISOString());
}
