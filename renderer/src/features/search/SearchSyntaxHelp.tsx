import { useT } from '../../i18n/useT';
import { syntaxExamples } from './syntaxExamples';

/** The empty state: what can be typed, by example, in the interface language. */
export function SearchSyntaxHelp() {
  const t = useT();
  return (
    <section className="search-help" aria-label={t('search.help.label')}>
      <h2>{t('search.help.title')}</h2>
      <p>{t('search.help.intro')}</p>
      <dl>
        {syntaxExamples.map(({ feature, example, meaning }) => (
          <div key={feature}>
            <dt>
              <code>{'message' in example ? t(example.message) : example.literal}</code>
            </dt>
            <dd>{t(meaning)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('search.help.operatorsKept')}</p>
    </section>
  );
}
