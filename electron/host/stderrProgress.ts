/**
 * Progress of a long command on standard error, stopped with Ctrl+C: on a terminal one line
 * rewritten in place, elsewhere (a log, a CI job) one line per step reached, so a log is not
 * flooded. `work` reports with `report(line, step)` (step null: show on a terminal only) and
 * asks `stopped()` between steps; the line is cleared and Ctrl+C given back when it ends.
 */
export async function withStderrProgress<T>(work: (report: (line: string, step: number | null) => void, stopped: () => boolean) => Promise<T>): Promise<T> {
  let stop = false;
  const cancel = () => (stop = true);
  process.once('SIGINT', cancel);
  const interactive = process.stderr.isTTY;
  let reported: number | null = null;
  const report = (line: string, step: number | null) => {
    if (interactive) process.stderr.write(`\r\x1b[K${line}`);
    else if (step !== null && step !== reported) {
      reported = step;
      process.stderr.write(`${line}\n`);
    }
  };
  try {
    return await work(report, () => stop);
  } finally {
    process.removeListener('SIGINT', cancel);
    if (interactive) process.stderr.write('\r\x1b[K');
  }
}
