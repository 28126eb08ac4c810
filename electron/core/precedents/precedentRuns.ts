import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { ParagraphPrecedents, Precedent, PrecedentRun } from '../../common/model';
import { documentPassages } from '../db/repos/passagesRepo';
import { draftParagraphs } from '../../common/draftParagraphs';
import { KeptRuns } from '../runs/keptRuns';

/** Finds one paragraph's precedents (in the search worker, which holds the index). */
export type FindPrecedents = (text: string, limit: number) => Promise<Precedent[]>;

interface Run extends Omit<PrecedentRun, 'paragraphs'> {
  paragraphs: ParagraphPrecedents[];
  cancelled: boolean;
}

/** Runs kept for getRun after they end; the oldest finished ones are forgotten first. */
const keptRuns = 10;

/**
 * Precedents for every paragraph of a draft, one paragraph at a time: each is one request to
 * the search worker, so a search typed meanwhile is answered between two paragraphs rather
 * than after the whole draft. Progress is read with get(); cancel() stops before the next
 * paragraph. Like ImportCoordinator's batches, runs live in memory only.
 */
export class PrecedentRuns {
  private readonly runs = new KeptRuns<Run>(keptRuns, 'That precedent search has ended and was forgotten: run it again.');

  constructor(
    private readonly db: Database,
    private readonly find: FindPrecedents,
  ) {}

  /**
   * Starts a run over the draft's paragraphs (draftParagraphs, optionally one article's).
   * Errors: not-found (document, article), invalid-argument (not a draft, no paragraphs).
   */
  start(documentId: number, limit: number, article?: string): PrecedentRun {
    const document = this.db
      .prepare<[number], { kind: string; title: string }>('SELECT kind, title FROM documents WHERE id = ?')
      .get(documentId);
    if (!document) throw new AppError('not-found', 'This document is no longer in the library.');
    if (document.kind !== 'draft') {
      throw new AppError(
        'invalid-argument',
        `"${document.title}" is not a draft: precedents are found for a draft's paragraphs. File it as a draft in the Library, or open a draft.`,
      );
    }
    const paragraphs = draftParagraphs(documentPassages(this.db, documentId), article);
    if (paragraphs.length === 0) {
      throw new AppError('invalid-argument', `No paragraphs were found in "${document.title}": precedents need its text (a scan has none).`);
    }
    const run: Run = {
      id: randomUUID(), documentId, state: 'running', done: 0, total: paragraphs.length, paragraphs: [], message: null, cancelled: false,
    };
    this.runs.add(run);
    void (async () => {
      for (const paragraph of paragraphs) {
        if (run.cancelled) return;
        try {
          const precedents = await this.find(paragraph.text, limit).catch((error: unknown) => {
            // A paragraph with no word to compare (a lone number) has none; the run goes on.
            if (error instanceof AppError && error.code === 'invalid-argument') return [];
            throw error;
          });
          run.paragraphs.push({ passageId: paragraph.id, label: paragraph.label, text: paragraph.text, precedents });
          run.done += 1;
        } catch (error) {
          run.state = 'failed';
          run.message = error instanceof AppError ? error.message : `Finding precedents failed (${(error as Error).message}). Try again.`;
          return;
        }
      }
      run.state = 'finished';
    })();
    return this.view(run, 0);
  }

  /** The run with its paragraphs from index `from` on. Errors: not-found for a run forgotten or never started. */
  get(runId: string, from = 0): PrecedentRun {
    return this.view(this.runs.get(runId), from);
  }

  /** Stops a running run before its next paragraph; one already ended is left as it is. Errors as get. */
  cancel(runId: string): PrecedentRun {
    const run = this.runs.get(runId);
    if (run.state === 'running') {
      run.cancelled = true;
      run.state = 'cancelled';
    }
    return this.view(run, 0);
  }

  private view(run: Run, from: number): PrecedentRun {
    const { cancelled: _cancelled, paragraphs, ...rest } = run;
    return { ...rest, paragraphs: paragraphs.slice(from) };
  }
}
