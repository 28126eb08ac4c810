/**
 * A comparison of two revisions from their articles: alignment (articleAlignment.ts), then a
 * word redline (redline.ts) of each aligned group, its articles' texts joined in order.
 */
import { articleChanges, type ArticleChange, type ArticleComparison, type ComparedRevision, type RedlineSegment, type RevisionComparison } from '../../common/model';
import { alignArticles, type AlignedGroup } from './articleAlignment';
import { redline, tokens } from './redline';
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
  const segments = redline(olderText, newerText);
  return {
    olderLabels: olderSide.map((article) => article.label).filter(Boolean),
    newerLabels: newerSide.map((article) => article.label).filter(Boolean),
    heading: (newerSide[0] ?? olderSide[0])?.heading ?? null,
    change: changeOf(group, olderSide, newerSide, segments),
    similarity: group.kind === 'added' || group.kind === 'deleted' ? 0 : sameShare(segments),
    olderText,
    newerText,
    redline: segments,
    olderPageIndex: olderSide[0]?.pageIndex ?? null,
    newerPageIndex: newerSide[0]?.pageIndex ?? null,
  };
}

/**
 * How the group's articles changed: its alignment's kind, or for a pair: unchanged, renumbered
 * (its number is all that changed, in its first line, "Article 4" → "Article 5"), or changed
 * (any other word, whether or not it was renumbered too).
 */
export function changeOf(group: AlignedGroup, olderSide: RevisionArticle[], newerSide: RevisionArticle[], segments: RedlineSegment[]): ArticleChange {
  if (group.kind !== 'pair') return group.kind;
  const renumbered = olderSide[0].label !== newerSide[0].label;
  const outside = changesOutsideFirstLine(segments, olderSide[0].text, newerSide[0].text);
  if (outside) return 'changed';
  if (renumbered) return 'renumbered';
  return segments.every((segment) => segment.kind === 'same') ? 'unchanged' : 'changed';
}

function firstLineEnd(text: string): number {
  return text.includes('\n') ? text.indexOf('\n') : text.length;
}

/** Whether a word was deleted, inserted or moved anywhere but the first line of either text (the article's number). */
function changesOutsideFirstLine(segments: RedlineSegment[], olderText: string, newerText: string): boolean {
  const olderLimit = firstLineEnd(olderText);
  const newerLimit = firstLineEnd(newerText);
  let olderAt = 0;
  let newerAt = 0;
  for (const segment of segments) {
    const removed = segment.kind === 'deleted' || segment.kind === 'movedFrom';
    const added = segment.kind === 'inserted' || segment.kind === 'movedTo';
    if (removed && olderAt + segment.text.trimEnd().length > olderLimit) return true;
    if (added && newerAt + segment.text.trimEnd().length > newerLimit) return true;
    if (!added) olderAt += (segment.older ?? segment.text).length;
    if (!removed) newerAt += segment.text.length;
  }
  return false;
}

/** Share of words the redline keeps (Dice over its words: 2 × kept / all; a moved word counts as changed), 0..1. */
function sameShare(segments: RedlineSegment[]): number {
  let kept = 0;
  let all = 0;
  for (const segment of segments) {
    const count = tokens(segment.text).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    if (segment.kind === 'same') kept += count;
    all += segment.kind === 'same' ? 2 * count : count;
  }
  return all === 0 ? 1 : (2 * kept) / all;
}
