import { diffWords } from 'diff';
import type { WordChange } from '../../common/model';

/**
 * The word-level differences between a precedent and the draft that borrows from it, as the
 * `diff` package (9.0.0, jsdiff's diffWords: Myers' O(ND) algorithm over words and the spaces
 * between them) finds them: `deleted` runs are the precedent's words the draft left out,
 * `inserted` runs the draft's words the precedent lacks, `same` what both say. Case is
 * compared ("the Court" is not "the court"). Neighbouring runs of one kind are merged, and the
 * text of all runs but `inserted` reads back as the precedent, of all but `deleted` as the draft.
 */
export function wordDiff(precedent: string, draft: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const change of diffWords(precedent, draft)) {
    const kind: WordChange['kind'] = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    const last = changes.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') changes.push({ kind, text: change.value });
  }
  return changes;
}
