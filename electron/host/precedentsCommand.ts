import type { BriefingApi } from '../common/api';
import { AppError } from '../common/errors';
import type { ParagraphPrecedents, PrecedentRun, WordChange } from '../common/model';
import { cliText } from './cliText';
import { documentByName } from './documentByName';

/** One paragraph of the draft as `precedents --json` prints it. */
export interface ParagraphPrecedentsJson {
  label: string;
  precedents: { documentId: number; title: string; label: string; citation: string; similarity: number; text: string }[];
}

/** How often the run is asked how far it has come. */
const pollMs = 150;

/**
 * `precedents <document or symbol> [--article 2] [--limit 5]`: the precedents of every
 * paragraph of a draft (named by UN symbol, title or id, documentByName), found by the
 * precedents service's background run, which this follows to its end. `onProgress` hears
 * each step (done, total); `cancelled` is polled, and a run cancelled keeps the paragraphs
 * done. Waits out a first build of the search index. Errors: not-found (document, article),
 * invalid-argument (not a draft), internal (search unavailable).
 */
export async function draftPrecedents(
  api: BriefingApi,
  options: { name: string; article?: string; limit: number },
  onProgress: (done: number, total: number, indexing?: { done: number; total: number }) => void = () => undefined,
  cancelled: () => boolean = () => false,
): Promise<{ run: PrecedentRun; paragraphs: ParagraphPrecedents[] }> {
  const draft = await documentByName(api, options.name);
  for (;;) {
    const status = await api.search.status({});
    if (status.state === 'ready') break;
    if (status.state === 'failed') throw new AppError('internal', cliText('cli.search.unavailable', { message: status.message ?? '' }));
    onProgress(0, 0, { done: status.done, total: status.total });
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  let run = await api.precedents.startDraft({ documentId: draft.id, article: options.article, limit: options.limit });
  const paragraphs: ParagraphPrecedents[] = [...run.paragraphs];
  while (run.state === 'running') {
    if (cancelled()) {
      await api.precedents.cancel({ runId: run.id });
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    run = await api.precedents.getRun({ runId: run.id, from: paragraphs.length });
    paragraphs.push(...run.paragraphs);
    onProgress(run.done, run.total);
  }
  if (run.state === 'failed') throw new AppError('internal', run.message ?? cliText('cli.precedents.failed'));
  return { run, paragraphs };
}

/** The JSON of `precedents --json`: one entry per paragraph, precedents best first, each with its whole text. */
export function precedentsJson(paragraphs: ParagraphPrecedents[]): ParagraphPrecedentsJson[] {
  return paragraphs.map((paragraph) => ({
    label: paragraph.label,
    precedents: paragraph.precedents.map(({ documentId, title, label, citation, similarity, text }) => ({ documentId, title, label, citation, similarity, text })),
  }));
}

/** Differences as git's word diff writes them: [-left out-] {+added+}; the shared words elided. */
function differences(diff: WordChange[], maxLength = 240): string {
  const shown = diff
    .filter((change) => change.kind !== 'same')
    .map((change) => (change.kind === 'deleted' ? `[-${change.text.trim()}-]` : `{+${change.text.trim()}+}`))
    .join(' ');
  return shown.length > maxLength ? `${shown.slice(0, maxLength - 1)}…` : shown;
}

/** For a person: each paragraph's label, then its precedents with their share the same, the best one's differences. */
export function formatPrecedents(paragraphs: ParagraphPrecedents[], run: PrecedentRun): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    lines.push(paragraph.label);
    if (paragraph.precedents.length === 0) lines.push(`  ${cliText('cli.precedents.none')}`);
    paragraph.precedents.forEach((precedent, rank) => {
      lines.push(`  ${rank + 1}. ${cliText('cli.precedents.line', { citation: precedent.citation, similarity: precedent.similarity })}`);
      const changed = rank === 0 ? differences(precedent.diff) : '';
      if (rank === 0) lines.push(`     ${changed ? cliText('cli.precedents.differences', { changes: changed }) : cliText('cli.precedents.identical')}`);
    });
  }
  if (run.state === 'cancelled') lines.push('', cliText('cli.precedents.cancelled', { done: run.done, total: run.total }));
  return lines.join('\n');
}
