// `npm run cli -- <command>`: the built CLI, rebuilt first when the sources changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, projectRoot } from './ensureBuilt.mjs';

ensureBuilt();
const result = spawnSync(
  process.execPath,
  [path.join(projectRoot, 'out/main/cli.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
