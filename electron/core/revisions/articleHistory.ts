/**
 * An article's history across its family's revisions: each revision's version of it, with the
 * redline from the version before, found by following the alignment of each revision with the
 * next (articleAlignment.ts), so a renumbered, split or merged article is followed too.
 */
import type { ArticleHistoryEntry, ComparedRevision } from '../../common/model';
import { alignArticles, type AlignedGroup } from './articleAlignment';
import { changeOf } from './compareArticles';
import { redline } from './redline';
import type { RevisionArticle } from './revisionArticles';

export interface HistoryRevision {
  revision: ComparedRevision;
  articles: RevisionArticle[];
}

/**
 * The versions of `revisions[at].articles[article]` in every revision (in the given order,
 * oldest first), from the first revision holding it to the last, or to the revision that
 * deleted it (an entry with label null). Split and merged articles are followed through their
 * first part.
 */
export function articleHistory(revisions: HistoryRevision[], at: number, article: number): ArticleHistoryEntry[] {
  const alignments = revisions.slice(1).map((revision, index) => alignArticles(revisions[index].articles, revision.articles));
  // Each revision's article index (or undefined where it is absent), walking out from `at`.
  const indices: (number | undefined)[] = revisions.map(() => undefined);
  indices[at] = article;
  for (let index = at; index > 0 && indices[index] !== undefined; index -= 1) {
    const group = alignments[index - 1].find((candidate) => candidate.newer.includes(indices[index]!));
    indices[index - 1] = group?.older[0];
  }
  for (let index = at; index + 1 < revisions.length && indices[index] !== undefined; index += 1) {
    const group = alignments[index].find((candidate) => candidate.older.includes(indices[index]!));
    indices[index + 1] = group?.newer[0];
  }
  const entries: ArticleHistoryEntry[] = [];
  indices.forEach((current, index) => {
    const previous = index > 0 ? indices[index - 1] : undefined;
    if (current === undefined) {
      if (previous !== undefined) {
        const gone = revisions[index - 1].articles[previous].text;
        entries.push({ revision: revisions[index].revision, label: null, change: 'deleted', text: '', redline: [{ kind: 'deleted', text: gone }] });
      }
      return;
    }
    const version = revisions[index].articles[current];
    if (previous === undefined) {
      const first = index === 0;
      entries.push({ revision: revisions[index].revision, label: version.label || null, change: first ? 'unchanged' : 'added', text: version.text, redline: [{ kind: first ? 'same' : 'inserted', text: version.text }] });
      return;
    }
    const before = revisions[index - 1].articles[previous];
    const group = alignments[index - 1].find((candidate) => candidate.newer.includes(current)) as AlignedGroup;
    const change = changeOf(group, [before], [version]);
    entries.push({ revision: revisions[index].revision, label: version.label || null, change, text: version.text, redline: redline(before.text, version.text) });
  });
  return entries;
}
