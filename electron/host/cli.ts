/**
 * Briefing from a terminal, over the same core services as the app.
 *
 *   npm run cli -- status [--data-dir D] [--json]
 *   npm run cli -- import <files or folders…> [--kind K] [--password P] [--data-dir D] [--json]
 *   npm run cli -- search "<query>" [--limit N] [--data-dir D] [--json]
 *   npm run cli -- precedents <document or symbol> [--article A] [--limit N] [--data-dir D] [--json]
 *   npm run cli -- positions export --revision <symbol> [--format csv|docx] [--out FILE] [--data-dir D] [--json]
 *   npm run cli -- compare <older> <newer> [--format docx|md|pdf] [--out FILE] [--data-dir D] [--json]
 *   npm run cli -- packs list [--data-dir D] [--json]
 *   npm run cli -- packs export <id or name> [--format pdf|docx|md] [--citations footnotes|inline] [--out FILE] [--data-dir D] [--json]
 *   npm run cli -- bundle export <file> [--documents D …] [--data-dir D] [--json]
 *   npm run cli -- bundle import <file> [--data-dir D] [--json]
 *   npm run cli -- backups list|create|restore <id> [--data-dir D] [--json]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../common/errors';
import {
  documentKinds,
  type DocumentKind,
  type ImportBatch,
  type LibraryStatus,
  type SearchResponse,
} from '../common/model';
import { startEngine, type Engine } from '../core/engine';
import { defaultDataDir } from '../core/library/dataDir';
import { forkLauncher } from '../core/import/worker/forkLauncher';
import { chromiumPrinter } from '../core/packs/export/chromiumPrinter';
import { terminalText } from '../common/visibleText';
import { cliText } from './cliText';
import { bundleProgressLine, exportBundleFile, formatBundleExport, formatBundleImport, importBundleFile } from './bundleCommand';
import { exportPackFile, formatPackExport, formatPackList, listPacks } from './packsCommand';
import { recoveryAdvice, runBackupsAction } from './backupsCommand';
import { backupIdPattern } from '../common/backups';
import type { PackPrinter } from '../core/packs/export/packPrinter';
import { withStderrProgress } from './stderrProgress';
import { exportPositions, formatMatrixExport } from './positionsCommand';
import { compareRevisions, formatComparison } from './compareCommand';
import { formatImportSummary, importSummaryJson, progressLine } from './importReport';
import { formatSearchResults, searchResultsJson } from './searchReport';
import { draftPrecedents, formatPrecedents, precedentsJson } from './precedentsCommand';

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  status                      the data folder, schema version and row counts per table
  import <files or folders…>  import PDF, Word (.docx), text and Markdown files
  search "<query>"            full-text search (words, "phrases", OR, -word, kind:, lang:,
                              year:, doc:"…", state:)
  precedents <draft>          for each paragraph of a draft (by UN symbol, title or id), the
                              closest passages of the library's instruments, best first
  positions export            the compilation matrix of a draft revision (who said what on
                              each article) as a spreadsheet or a Word table
  compare <older> <newer>     the redline of two revisions (by UN symbol, title or id),
                              article by article, as Word with tracked changes, Markdown or PDF
  packs list                  the briefing packs: id, title, session, marking, sections, items
  packs export <pack>         a briefing pack (by id or title) as PDF (printed by Chromium:
                              set BRIEFING_CHROMIUM to its path if it is elsewhere than
                              /usr/bin/chromium), Word or Markdown
  bundle export <file>        the library, or the documents given with --documents, with their
                              annotations, positions, position cards and packs, as one
                              .briefing file to hand to a colleague
  bundle import <file>        a .briefing file merged into the library: every file's hash
                              checked first, nothing already there duplicated
  backups list                the snapshots of the library database, newest first
  backups create              a verified snapshot now (the app takes them at start-up, on quit
                              and daily; the last 10 and one a day for the last 7 days are kept)
  backups restore <id>        replaces the library's database with a snapshot, keeping the
                              current one as a snapshot first (quit the app before you do)

Options:
  --data-dir D     the library folder (default: $XDG_DATA_HOME/briefing)
  --kind K         import as draft, instrument or statement (default: guessed per file)
  --password P     password for encrypted PDFs
  --limit N        search: at most N documents (default 10); precedents: at most N per
                   paragraph (default 5, at most 50)
  --article A      precedents: only this article or paragraph of the draft (2, 7(1))
  --revision R     positions export: the draft revision, by UN symbol, title or id
  --format F       positions export: csv (default) or docx; compare: docx (default), md or pdf;
                   packs export: pdf (default), docx or md
  --citations C    packs export: footnotes (default) or inline
  --out FILE       positions export, compare, packs export: where to write (default: the
                   export's name, here)
  --documents D    bundle export: a document to export (UN symbol, title or id); repeat it
                   for each (default: the whole library)
  --json           print machine-readable JSON on standard output, and nothing else there:
                   progress, usage and errors go to standard error (an error also prints
                   {"error": {"code", "message"}} on standard output)`;

const here = path.dirname(fileURLToPath(import.meta.url));

export async function runCli(argv: string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    return await runCommand(argv);
  } catch (error) {
    if (error instanceof AppError) console.error(terminalText(error instanceof UsageError && error.showUsage ? `${error.message}\n\n${usage}` : error.message));
    else console.error(error); // unexpected: the stack, for the bug report
    const failure = error instanceof AppError ? error : new AppError('internal', `Briefing failed unexpectedly (${(error as Error).message}).`);
    if (wantsJson) print(JSON.stringify({ error: failure.toJSON() }, null, 2));
    return error instanceof UsageError ? 2 : 1;
  }
}

/** A command line Briefing cannot run: exit code 2, the reason, and (when it helps) the usage. */
class UsageError extends AppError {
  constructor(
    reason: string,
    readonly showUsage = true,
  ) {
    super('invalid-argument', reason);
  }
}

/**
 * One command. Standard output carries its result alone (the JSON with --json); whatever else
 * is said, progress, usage or complaint, goes to standard error so that scripts can parse
 * standard output whole.
 */
/**
 * Writes a report to standard output with the library's text made safe for a terminal (titles
 * and names come from others' files: no escape sequences or bidi overrides obeyed).
 */
function print(text: string): void {
  console.log(terminalText(text));
}

async function runCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        kind: { type: 'string' },
        password: { type: 'string' },
        limit: { type: 'string' },
        revision: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        article: { type: 'string' },
        citations: { type: 'string' },
        documents: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;
  if (command === 'precedents' && !values.help) return precedentsCommand(values, operands);
  if (values.help || !command) {
    if (!values.help) throw new UsageError('Name a command.');
    // Asked-for help is the command's output: with --json, as JSON like every other output.
    print(values.json ? JSON.stringify({ usage }, null, 2) : usage);
    return 0;
  }
  if (command === 'packs') return packsCommand(values, operands);
  if (command === 'bundle') return bundleCommand(values, operands);
  if (command === 'backups') return backupsCommand(values, operands);
  if (command !== 'status' && command !== 'import' && command !== 'search' && command !== 'positions' && command !== 'compare') {
    throw new UsageError(`Unknown command "${command}".`);
  }
  if (command === 'compare' && operands.length !== 2) throw new UsageError(cliText('cli.compare.needTwo'));
  if (command === 'positions' && operands[0] !== 'export') throw new UsageError('Say what to do with positions: "positions export".');
  if (values.kind !== undefined && !(documentKinds as readonly string[]).includes(values.kind)) {
    throw new UsageError(`--kind must be one of ${documentKinds.join(', ')}.`, false);
  }
  if (command === 'import' && operands.length === 0) throw new UsageError('Name the files or folders to import.');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw new UsageError('--limit must be a whole number from 1 to 200.', false);
  }
  if (command === 'search' && operands.join(' ').trim() === '') {
    throw new UsageError('Give the words to search for, in quotes.');
  }
  const engine = await startCliEngine(values['data-dir']);
  try {
    if (command === 'status') {
      const status = await engine.api.library.getStatus({});
      print(values.json ? JSON.stringify(status, null, 2) : formatStatus(status));
      return 0;
    }
    if (command === 'positions') {
      const summary = await exportPositions(engine.api, { revision: values.revision, format: values.format, out: values.out });
      print(values.json ? JSON.stringify(summary, null, 2) : formatMatrixExport(summary));
      return 0;
    }
    if (command === 'compare') {
      const summary = await compareRevisions(engine.api, { names: [operands[0], operands[1]], format: values.format, out: values.out });
      print(values.json ? JSON.stringify(summary, null, 2) : formatComparison(summary));
      return 0;
    }
    if (command === 'search') {
      const response = await searchWhenReady(engine, operands.join(' '), limit);
      print(values.json ? JSON.stringify(searchResultsJson(response), null, 2) : formatSearchResults(response));
      return 0;
    }
    const batch = await runImport(engine, operands, {
      kind: values.kind as DocumentKind | undefined,
      password: values.password,
    });
    print(values.json ? JSON.stringify(importSummaryJson(batch), null, 2) : formatImportSummary(batch));
    return batch.items.every((item) => item.status === 'imported' || item.status === 'duplicate') ? 0 : 1;
  } finally {
    await engine.close();
  }
}

/**
 * Opens the library for one command, without automatic snapshots (one per command would push
 * out last week's). A library found damaged was moved aside by the engine: standard error
 * then says which command restores the newest good snapshot.
 */
async function startCliEngine(dataDir: string | undefined, packPrinter?: PackPrinter): Promise<Engine> {
  const engine = await startEngine({
    dataDir: dataDir ?? defaultDataDir(),
    launchWorker: forkLauncher(path.join(here, 'extractionWorker.js')),
    searchWorkerScript: path.join(here, 'searchWorker.js'),
    backupCheckWorkerScript: path.join(here, 'backupCheckWorker.js'),
    packPrinter,
    log: (message) => console.error(terminalText(message)),
  });
  if (engine.backups.recovering) {
    const advice = recoveryAdvice(await engine.api.backups.list({}));
    if (advice) console.error(terminalText(advice));
  }
  return engine;
}

/**
 * `backups list`, `backups create`, `backups restore <id>`: prints the snapshots, the one
 * taken, or what the restore did (JSON with --json). Exit code 0, 1 when the service refuses,
 * 2 for a command line it cannot run.
 */
async function backupsCommand(values: { 'data-dir'?: string; json?: boolean }, operands: string[]): Promise<number> {
  const [action, ...rest] = operands;
  if (action !== 'list' && action !== 'create' && action !== 'restore') throw new UsageError(cliText('cli.backups.needCommand'));
  if (action === 'restore' && rest.length !== 1) throw new UsageError(cliText('cli.backups.needId'), false);
  if (action !== 'restore' && rest.length > 0) throw new UsageError(cliText('cli.backups.needCommand'));
  if (action === 'restore' && !backupIdPattern.test(rest[0])) throw new UsageError(cliText('cli.backups.badId', { id: rest[0] }), false);
  const engine = await startCliEngine(values['data-dir']);
  try {
    print(await runBackupsAction(engine.api, action, rest[0], values.json ?? false));
    return 0;
  } finally {
    await engine.close();
  }
}

/** Waits out a first index build (with progress on stderr), then searches. */
async function searchWhenReady(engine: Engine, query: string, limit: number): Promise<SearchResponse> {
  for (;;) {
    const status = await engine.api.search.status({});
    if (status.state === 'ready') break;
    if (status.state === 'failed') throw new AppError('internal', cliText('cli.search.unavailable', { message: status.message ?? '' }));
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${cliText('cli.search.indexProgress', { done: status.done, total: status.total })}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return engine.api.search.query({ query, limit });
}

/**
 * `precedents <draft> [--article A] [--limit N]`: checks its options, opens the library, prints
 * the draft's precedents (JSON with --json) and closes it again. Exit code 0, or 2 for a
 * command line it cannot run.
 */
async function precedentsCommand(values: { 'data-dir'?: string; article?: string; limit?: string; json?: boolean }, operands: string[]): Promise<number> {
  if (operands.length !== 1) throw new UsageError('Name one draft, by its UN symbol, title or id (in quotes if it has spaces).');
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit must be a whole number from 1 to 50 for precedents.', false);
  const engine = await startCliEngine(values['data-dir']);
  try {
    const { run, paragraphs } = await runPrecedents(engine, { name: operands[0], article: values.article, limit });
    print(values.json ? JSON.stringify(precedentsJson(paragraphs), null, 2) : formatPrecedents(paragraphs, run));
    return 0;
  } finally {
    await engine.close();
  }
}

/**
 * `packs list` and `packs export <pack> [--format F] [--citations C] [--out FILE]`: checks the
 * command line, opens the library with the system's Chromium as the PDF printer, and prints the
 * list or what was written (JSON with --json); progress on stderr, Ctrl+C cancels an export
 * (and nothing is written). Exit code 0, 1 for an export that failed, 2 for a command line it cannot run.
 */
async function packsCommand(values: { 'data-dir'?: string; format?: string; citations?: string; out?: string; json?: boolean }, operands: string[]): Promise<number> {
  const [action, ...names] = operands;
  if (action !== 'list' && action !== 'export') throw new UsageError(cliText('cli.packs.needCommand'));
  if (action === 'export' && names.length !== 1) throw new UsageError(cliText('cli.packs.needName'), false);
  if (action === 'list' && names.length > 0) throw new UsageError(cliText('cli.packs.needCommand'));
  const engine = await startCliEngine(values['data-dir'], chromiumPrinter());
  try {
    if (action === 'list') {
      const packs = await listPacks(engine.api);
      print(values.json ? JSON.stringify(packs, null, 2) : formatPackList(packs));
      return 0;
    }
    const summary = await withStderrProgress((report, stopped) =>
      exportPackFile(
        engine.api,
        { name: names[0], format: values.format, citations: values.citations, out: values.out },
        (run) => report(cliText('cli.packs.progress', { done: run.done, total: run.total }), run.done),
        stopped,
      ),
    );
    print(values.json ? JSON.stringify(summary, null, 2) : formatPackExport(summary));
    return 0;
  } finally {
    await engine.close();
  }
}

/**
 * `bundle export <file> [--documents D …]` and `bundle import <file>`: checks the command line,
 * opens the library, writes or merges the bundle with progress on stderr (Ctrl+C stops it: no
 * file written, nothing imported) and prints what was done (JSON with --json). Exit code 0, 1
 * for a bundle refused or a run that failed, 2 for a command line it cannot run.
 */
async function bundleCommand(values: { 'data-dir'?: string; documents?: string[]; json?: boolean }, operands: string[]): Promise<number> {
  const [action, file, ...rest] = operands;
  if ((action !== 'export' && action !== 'import') || !file || rest.length > 0) throw new UsageError(cliText('cli.bundle.needCommand'));
  if (action === 'import' && values.documents?.length) throw new UsageError(cliText('cli.bundle.documentsOnExport'), false);
  const engine = await startCliEngine(values['data-dir']);
  try {
    if (action === 'export') {
      const summary = await withStderrProgress((report, stopped) =>
        exportBundleFile(engine, { file, documents: values.documents ?? [] }, (progress) => {
          const { line, step } = bundleProgressLine(progress);
          report(line, step);
        }, stopped),
      );
      print(values.json ? JSON.stringify(summary, null, 2) : formatBundleExport(summary));
      return 0;
    }
    const imported = await withStderrProgress((report, stopped) =>
      importBundleFile(engine, file, (progress) => {
        const { line, step } = bundleProgressLine(progress);
        report(line, step);
      }, stopped),
    );
    print(values.json ? JSON.stringify(imported, null, 2) : formatBundleImport(imported));
    return 0;
  } finally {
    await engine.close();
  }
}

/** Follows a draft's precedent run to its end, showing progress on stderr; Ctrl+C stops it. */
async function runPrecedents(engine: Engine, options: { name: string; article?: string; limit: number }) {
  return withStderrProgress((report, stopped) =>
    draftPrecedents(
      engine.api,
      options,
      (done, total, indexing) => report(indexing ? cliText('cli.search.indexProgress', indexing) : cliText('cli.precedents.progress', { done, total }), indexing ? null : done),
      stopped,
    ),
  );
}

/** Runs one batch to its end, showing progress on stderr; Ctrl+C cancels it. */
async function runImport(
  engine: Engine,
  paths: string[],
  options: { kind?: DocumentKind; password?: string },
): Promise<ImportBatch> {
  let batch = await engine.api.imports.start({ paths, ...options });
  const cancel = () => void engine.api.imports.cancel({ batchId: batch.id });
  process.once('SIGINT', cancel);
  const interactive = process.stderr.isTTY;
  let reported = 0;
  try {
    while (batch.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, interactive ? 100 : 250));
      batch = await engine.api.imports.getBatch({ batchId: batch.id });
      if (interactive) process.stderr.write(`\r\x1b[K${terminalText(progressLine(batch))}`);
      else if (batch.filesDone !== reported) {
        reported = batch.filesDone;
        process.stderr.write(`${terminalText(progressLine(batch))}\n`);
      }
    }
  } finally {
    process.removeListener('SIGINT', cancel);
    if (interactive) process.stderr.write('\r\x1b[K');
  }
  return batch;
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
    console.error(error);
    process.exit(1);
  },
);
