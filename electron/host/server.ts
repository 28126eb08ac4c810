/**
 * Browser mode: serves the library and the built renderer on 127.0.0.1 and prints the address
 * (with its per-launch token) to open. Used by `npm start` where Electron's binary is missing,
 * and by the end-to-end tests.
 *
 *   node out/main/host.js [--data-dir D] [--port N] [--static-dir DIR] [--no-open]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../common/errors';
import { defaultDataDir } from '../core/library/dataDir';
import { startEngine } from '../core/engine';
import { forkLauncher } from '../core/import/worker/forkLauncher';
import { warmChromiumPrinter } from '../core/packs/export/warmChromiumPrinter';
import { recoveryAdvice } from './backupsCommand';
import { startHttpHost } from './httpHost';

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      'static-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid-argument', `--port must be a number from 0 to 65535.`);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const engine = await startEngine({
    dataDir: values['data-dir'] ?? defaultDataDir(),
    launchWorker: forkLauncher(path.join(here, 'extractionWorker.js')),
    searchWorkerScript: path.join(here, 'searchWorker.js'),
    backupCheckWorkerScript: path.join(here, 'backupCheckWorker.js'),
    // Packs print to PDF through the system's Chromium (BRIEFING_CHROMIUM, else the usual
    // places), kept running between prints: this host lives for the whole session.
    packPrinter: warmChromiumPrinter(),
    // The host lives for a session like the app: snapshots at start-up, daily and on stop.
    automaticBackups: true,
  });
  const host = await startHttpHost({
    api: engine.api,
    staticDir: values['static-dir'] ?? path.resolve(here, '../renderer'),
    port,
  });
  console.log(`Briefing is running at ${host.appUrl}`);
  console.log(`Library: ${engine.library.dataDir}. Press Ctrl+C to stop.`);
  // A damaged library was moved aside: the page offers the newest good backup; so does this.
  if (engine.backups.recovering) console.log(recoveryAdvice(await engine.api.backups.list({})) ?? '');
  if (!values['no-open'] && !process.env.CI) openBrowser(host.appUrl);

  const stop = () => {
    host
      .close()
      .then(() => engine.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Best effort: a machine with no desktop simply gets the printed address. */
function openBrowser(url: string) {
  const command =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ['xdg-open', url]
          : undefined;
  if (!command) return;
  const child = spawn(command[0], command.slice(1), { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});
