/**
 * A comparison of two revisions from their articles: alignment (articleAlignment.ts), then a
 * word redline (redline.ts) of each aligned group, its articles' texts joined in order.
 */
import { articleChanges, type ArticleChange, type ArticleComparison, type ComparedRevision, type RevisionComparison } from '../../common/model';
import { alignArticles, type AlignedGroup } from './articleAlignment';
import { redline } from './redline';
import type { RevisionArticle } from './revisionArticles';

/** Compares two revisions' articles (see RevisionComparison); pure, no library access. */
export function compareArticles(
  older: { revision: ComparedRevision; articles: RevisionArticle[] },
  newer: { revision: ComparedRevision; articles: RevisionArticle[] },
): RevisionComparison {
  const articles = alignArticles(older.articles, newer.articles).map((group) => compareGroup(group, older.articles, newer.articles));
  const counts = Object.fromEntries(articleChanges.map((change) => [change, 0])) as Record<ArticleChange, number>;
  for (const article of articles) counts[article.change] += 1;
  return { older: older.revision, newer: newer.revision, articles, counts };
}

function compareGroup(group: AlignedGroup, olderArticles: RevisionArticle[], newerArticles: RevisionArticle[]): ArticleComparison {
  const olderSide = group.older.map((index) => olderArticles[index]);
  const newerSide = group.newer.map((index) => newerArticles[index]);
  const olderText = olderSide.map((article) => article.text).join('\n\n');
  const newerText = newerSide.map((article) => article.text).join('\n\n');
  return {
    olderLabels: olderSide.map((article) => article.label).filter(Boolean),
    newerLabels: newerSide.map((article) => article.label).filter(Boolean),
    heading: (newerSide[0] ?? olderSide[0])?.heading ?? null,
    change: changeOf(group, olderSide, newerSide),
    similarity: group.similarity,
    olderText,
    newerText,
    redline: redline(olderText, newerText),
    olderPageIndex: olderSide[0]?.pageIndex ?? null,
    newerPageIndex: newerSide[0]?.pageIndex ?? null,
  };
}

/** How the group's articles changed: its alignment's kind, or for a pair, renumbered, changed or unchanged. */
export function changeOf(group: AlignedGroup, olderSide: RevisionArticle[], newerSide: RevisionArticle[]): ArticleChange {
  if (group.kind !== 'pair') return group.kind;
  if (olderSide[0].label !== newerSide[0].label) return 'renumbered';
  return sameWords(olderSide[0].text, newerSide[0].text) ? 'unchanged' : 'changed';
}

/** Equal but for white space (a PDF's line breaks move between revisions). */
function sameWords(a: string, b: string): boolean {
  return a.split(/\s+/u).join(' ') === b.split(/\s+/u).join(' ');
}
