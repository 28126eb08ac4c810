import { BookOpen, History } from 'lucide-react';
import { useIntl } from 'react-intl';
import { comparedArticleName } from '../../../../electron/common/comparedArticleName';
import type { ArticleComparison, RevisionComparison } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { AddToPackButton } from '../packs/addToPack/AddToPackButton';
import { comparisonRequest } from '../packs/addToPack/packItemRequests';
import { useNavigation } from '../shell/navigation';
import { RedlineText } from './RedlineText';

/**
 * One aligned article of a comparison: its labels, change and likeness, then its text, the two
 * revisions side by side in one row (so they scroll together) or one inline redline. It opens
 * either revision in the Reader at the article's page, its history across the family, and
 * adds it to a pack (the newer text, with the redline from the older).
 */
export function ArticleComparisonView({
  comparison,
  article,
  index,
  view,
  onHistory,
}: {
  comparison: RevisionComparison;
  article: ArticleComparison;
  index: number;
  view: 'sideBySide' | 'inline';
  onHistory: (article: ArticleComparison) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const navigation = useNavigation();
  const name = comparedArticleName(article, t('compare.wholeText'));
  const likeness = article.change === 'added' || article.change === 'deleted' || article.change === 'unchanged' ? null : t('compare.similarity', { similarity: article.similarity });
  const open = (documentId: number, pageIndex: number | null) => navigation.openInReader({ documentId, pageIndex: pageIndex ?? 0, terms: [] });
  const headingId = `compared-article-${index}`;
  return (
    <article className="compared-article" aria-labelledby={headingId} data-index={index} tabIndex={-1}>
      <header className="compared-article-header">
        <h2 id={headingId}>
          {name}
          {article.heading && <span className="compared-article-heading"> {article.heading}</span>}
        </h2>
        <span className={`change-badge change-${article.change}`}>{t(`compare.change.${article.change}`)}</span>
        {likeness && <span className="hint">{likeness}</span>}
        <span className="toolbar-spacer" />
        {/* The article as the newer revision has it, redlined against the older one. */}
        {article.newerLabels.length > 0 && <AddToPackButton request={comparisonRequest(comparison, article)} />}
        {article.newerLabels.length > 0 && comparison.newer.revisionLabel && (
          <Button variant="quiet" onPress={() => onHistory(article)} aria-label={t('compare.historyOf', { article: name })}>
            <History aria-hidden size={14} />
            {t('compare.history')}
          </Button>
        )}
        {article.olderPageIndex !== null && (
          <Button variant="quiet" onPress={() => open(comparison.older.documentId, article.olderPageIndex)} aria-label={t('compare.openIn', { revision: revisionName(comparison.older), page: intl.formatNumber((article.olderPageIndex ?? 0) + 1) })}>
            <BookOpen aria-hidden size={14} />
            {revisionName(comparison.older)}
          </Button>
        )}
        {article.newerPageIndex !== null && (
          <Button variant="quiet" onPress={() => open(comparison.newer.documentId, article.newerPageIndex)} aria-label={t('compare.openIn', { revision: revisionName(comparison.newer), page: intl.formatNumber((article.newerPageIndex ?? 0) + 1) })}>
            <BookOpen aria-hidden size={14} />
            {revisionName(comparison.newer)}
          </Button>
        )}
      </header>
      {view === 'inline' ? (
        <div className="redline redline-inline">
          <RedlineText segments={article.redline} />
        </div>
      ) : (
        <div className="redline-columns">
          <div className="redline" aria-label={t('compare.olderSide', { revision: revisionName(comparison.older) })} role="group">
            {article.olderLabels.length === 0 && article.change === 'added' ? <p className="hint">{t('compare.notInOlder')}</p> : <RedlineText segments={article.redline} side="older" />}
          </div>
          <div className="redline" aria-label={t('compare.newerSide', { revision: revisionName(comparison.newer) })} role="group">
            {article.change === 'deleted' ? <p className="hint">{t('compare.notInNewer')}</p> : <RedlineText segments={article.redline} side="newer" />}
          </div>
        </div>
      )}
    </article>
  );
}

/** A revision as the comparison names it: its symbol, else its title. */
export function revisionName(revision: RevisionComparison['older']): string {
  return revision.symbol ?? revision.title;
}
