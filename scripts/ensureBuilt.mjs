// Builds the app when any source is newer than the last build, so `npm start` and
// `npm run cli` always run what is in the working tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(projectRoot, 'out', '.build-stamp');
const sources = ['electron', 'renderer', 'electron.vite.config.ts', 'package.json'];

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
  console.log('Building Briefing…');
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stampFile, new Date().toISOString());
}
