import type { ArticleComparison } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';
import { comparedArticleName } from '../../../../electron/common/comparedArticleName';

/**
 * The side list of a comparison's articles, each with its change, as Word's and Draftable's
 * change lists: choosing one scrolls the comparison to it.
 */
export function ChangeList({ articles, current, onChoose }: { articles: { article: ArticleComparison; index: number }[]; current: number | undefined; onChoose: (index: number) => void }) {
  const t = useT();
  return (
    <nav className="change-list" aria-label={t('compare.changeList')}>
      <ol>
        {articles.map(({ article, index }) => (
          <li key={index}>
            <button type="button" className="change-list-item" aria-current={index === current ? 'true' : undefined} onClick={() => onChoose(index)}>
              <span className="change-list-label">{comparedArticleName(article, t('compare.wholeText'))}</span>
              <span className={`change-badge change-${article.change}`}>{t(`compare.change.${article.change}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
