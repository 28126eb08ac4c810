/**
 * Pack exports in the background, like precedent runs (precedentRuns.ts): start() answers at
 * once with the run, get() reports its progress, cancel() stops it (the print's Chromium is
 * ended through the AbortSignal), take() hands over the finished file once. Runs and their
 * files live in memory only; a cancelled or failed run never holds a file.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../common/errors';
import type { InterfaceLanguage } from '../../../common/model';
import type { Pack, PackCitationStyle, PackExportRun } from '../../../common/packs';
import type { ExportedFile } from '../../../common/model';
import { noChromiumMessage } from './chromiumPrinter';
import { packDocx } from './packDocx';
import { packHtml } from './packHtml';
import { layOutPack, packFileName, type PackLayout } from './packLayout';
import { packMarkdown } from './packMarkdown';
import type { PackPrinter } from './packPrinter';
import { KeptRuns } from '../../runs/keptRuns';
import { numberContents } from './tocPageNumbers';

export type PackExportFormat = PackExportRun['format'];

export interface PackExportRequest {
  format: PackExportFormat;
  citations: PackCitationStyle;
  language: InterfaceLanguage;
}

const mediaTypes: Record<PackExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

/**
 * A pack's file in one format, step by step: `step()` is called after each (the sections laid
 * out, then the file written, then for a PDF its contents numbered). Errors: unsupported for a
 * PDF without a printer; the printer's; an AbortError when `signal` aborts.
 */
export async function exportPack(pack: Pack, request: PackExportRequest, printer: PackPrinter | null, signal: AbortSignal, step: (done: number) => void = () => undefined): Promise<ExportedFile> {
  const layout = layOutPack(pack, { language: request.language, citations: request.citations, redline: request.format === 'md' ? 'criticMarkup' : 'formatting' });
  step(layout.sections.length);
  signal.throwIfAborted();
  const data = await writeFile(layout, request.format, printer, signal, () => step(layout.sections.length + 1));
  signal.throwIfAborted();
  return { fileName: packFileName(pack.title, request.format), mediaType: mediaTypes[request.format], data };
}

/** The steps a pack's export takes: one per section, one for the file, one more for a PDF's page numbers. */
export function exportSteps(sectionCount: number, format: PackExportFormat): number {
  return sectionCount + (format === 'pdf' ? 2 : 1);
}

async function writeFile(layout: PackLayout, format: PackExportFormat, printer: PackPrinter | null, signal: AbortSignal, printed: () => void): Promise<Uint8Array> {
  if (format === 'md') return new TextEncoder().encode(packMarkdown(layout));
  if (format === 'docx') return packDocx(layout);
  if (!printer) throw new AppError('unsupported', noChromiumMessage);
  const pdf = await printer.print(packHtml(layout), signal);
  printed();
  signal.throwIfAborted();
  return numberContents(pdf);
}

interface Run extends PackExportRun {
  controller: AbortController;
  file: ExportedFile | null;
}

/** Runs kept for get() after they end; the oldest ended ones are forgotten first. */
const keptRuns = 10;

export class PackExportRuns {
  private readonly runs = new KeptRuns<Run>(keptRuns, 'That export has ended and was forgotten: export the pack again.');

  /** `resolve` reads the pack (packs.get); `printer` prints PDFs, null where there is no Chromium. */
  constructor(
    private readonly resolve: (packId: number, language: InterfaceLanguage) => Pack,
    private readonly printer: PackPrinter | null,
  ) {}

  /** Starts exporting pack `packId`. Errors: not-found for a pack that is not there (at once, not in the run). */
  start(packId: number, request: PackExportRequest): PackExportRun {
    const pack = this.resolve(packId, request.language);
    const run: Run = {
      id: randomUUID(),
      packId,
      format: request.format,
      state: 'running',
      done: 0,
      total: exportSteps(pack.sections.length, request.format),
      message: null,
      controller: new AbortController(),
      file: null,
    };
    this.runs.add(run);
    const { signal } = run.controller;
    // Not in this turn: start() answers first, and the screen shows the run at once.
    void new Promise((resolve) => setImmediate(resolve))
      .then(() => exportPack(pack, request, this.printer, signal, (done) => (run.done = done)))
      .then(
        (file) => {
          if (run.state !== 'running') return;
          run.file = file;
          run.done = run.total;
          run.state = 'finished';
        },
        (error: unknown) => {
          if (run.state !== 'running') return;
          run.state = 'failed';
          run.message = error instanceof AppError ? error.message : `Exporting the pack failed (${(error as Error).message}). Try again, or export to another format.`;
        },
      );
    return this.view(run);
  }

  /** The run's progress. Errors: not-found for a run forgotten or never started. */
  get(runId: string): PackExportRun {
    return this.view(this.runs.get(runId));
  }

  /** Stops a running export and drops its work; one that has ended is left as it is. Errors as get. */
  cancel(runId: string): PackExportRun {
    const run = this.runs.get(runId);
    if (run.state === 'running') {
      run.state = 'cancelled';
      run.controller.abort();
    }
    return this.view(run);
  }

  /** The finished file, once; the run is then forgotten. Errors: not-found, unsupported while it runs. */
  take(runId: string): ExportedFile {
    const run = this.runs.get(runId);
    if (run.state === 'running') throw new AppError('unsupported', 'The export is still running: wait until it has finished.');
    if (!run.file) throw new AppError('not-found', run.message ?? 'This export was cancelled; no file was made. Start it again.');
    this.runs.delete(runId);
    return run.file;
  }

  private view(run: Run): PackExportRun {
    const { controller: _controller, file: _file, ...rest } = run;
    return rest;
  }
}
