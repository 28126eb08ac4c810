import { diffWords, type ChangeObject } from 'diff';
import type { WordChange } from '../../common/model';

/**
 * The most word edits a diff looks for. Myers' algorithm costs about (length × edits): a
 * precedent that shares little with the draft would take tens of milliseconds to compare word
 * by word, for a diff that says only "all different" (bench:precedents found 57 ms for the
 * five precedents of one paragraph before this bound).
 */
const maxEdits = 150;

/**
 * The word-level differences between a precedent and the draft that borrows from it, as the
 * `diff` package (9.0.0, jsdiff's diffWords: Myers' O(ND) algorithm over words and the spaces
 * between them) finds them: `deleted` runs are the precedent's words the draft left out,
 * `inserted` runs the draft's words the precedent lacks, `same` what both say. Case is
 * compared ("the Court" is not "the court"). Neighbouring runs of one kind are merged, and the
 * text of all runs but `inserted` reads back as the precedent, of all but `deleted` as the
 * draft. Texts more than `maxEdits` word edits apart are one deleted run and one inserted run.
 */
export function wordDiff(precedent: string, draft: string): WordChange[] {
  const found: ChangeObject<string>[] = diffWords(precedent, draft, { maxEditLength: maxEdits }) ?? [
    { value: precedent, added: false, removed: true, count: 1 },
    { value: draft, added: true, removed: false, count: 1 },
  ];
  const changes: WordChange[] = [];
  for (const change of found) {
    const kind: WordChange['kind'] = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    const last = changes.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') changes.push({ kind, text: change.value });
  }
  return changes;
}
