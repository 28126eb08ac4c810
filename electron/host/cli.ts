/**
 * Briefing from a terminal, over the same core services as the app.
 *
 *   npm run cli -- status [--data-dir D] [--json]
 */
import { parseArgs } from 'node:util';
import type { LibraryStatus } from '../common/model';
import { AppError } from '../common/errors';
import { defaultDataDir } from '../core/library/dataDir';
import { openLibrary } from '../core/library/library';
import { createServices } from '../core/services';

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  status      show the data folder, schema version and row counts per table

Options:
  --data-dir D   the library folder (default: $XDG_DATA_HOME/briefing)
  --json         print machine-readable JSON`;

export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  if (command !== 'status') {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    return 2;
  }
  const library = openLibrary(values['data-dir'] ?? defaultDataDir());
  try {
    const status = await createServices(library).library.getStatus({});
    console.log(values.json ? JSON.stringify(status, null, 2) : formatStatus(status));
    return 0;
  } finally {
    library.close();
  }
}

function formatStatus(status: LibraryStatus): string {
  const width = Math.max(...Object.keys(status.counts).map((name) => name.length), 5);
  return [
    `Data folder:     ${status.dataDir}`,
    `Database:        ${status.databasePath}`,
    `Schema version:  ${status.schemaVersion}`,
    '',
    `${'Table'.padEnd(width)}  Rows`,
    ...Object.entries(status.counts).map(([name, count]) => `${name.padEnd(width)}  ${count}`),
  ].join('\n');
}

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  },
);
