import { AppError } from '../../common/errors';

/**
 * Background runs (precedent searches, pack exports) kept in memory for their progress to be
 * read: at most `limit` are kept, the oldest that have ended forgotten first; a running one is
 * never dropped. Asking for one forgotten or never started is not-found with `forgotten`, a
 * message saying what to do.
 */
export class KeptRuns<R extends { id: string; state: string }> {
  private readonly runs = new Map<string, R>();

  constructor(
    private readonly limit: number,
    private readonly forgotten: string,
  ) {}

  add(run: R): void {
    this.runs.set(run.id, run);
    for (const [id, old] of this.runs) {
      if (this.runs.size <= this.limit) break;
      if (old.state !== 'running') this.runs.delete(id);
    }
  }

  /** The run. Errors: not-found. */
  get(id: string): R {
    const run = this.runs.get(id);
    if (!run) throw new AppError('not-found', this.forgotten);
    return run;
  }

  delete(id: string): void {
    this.runs.delete(id);
  }

  /** Whether a run kept here and matching `test` is still running. */
  someRunning(test: (run: R) => boolean = () => true): boolean {
    for (const run of this.runs.values()) if (run.state === 'running' && test(run)) return true;
    return false;
  }
}
