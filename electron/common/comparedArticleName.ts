import type { ArticleComparison } from './model';

/** "Art. 5 → Art. 6" for a renumbered article, "Art. 7 + Art. 8 → Art. 7" for merged ones, else the label. */
export function comparedArticleName(article: ArticleComparison, wholeText: string): string {
  const older = article.olderLabels.join(' + ');
  const newer = article.newerLabels.join(' + ');
  if (older && newer && older !== newer) return `${older} → ${newer}`;
  return newer || older || wholeText;
}
