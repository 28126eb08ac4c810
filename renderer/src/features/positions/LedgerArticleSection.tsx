import type { BracketHolder, BracketOptionText, CleanedBracket, LedgerArticle, OpenBracket } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';

/** One article of the bracket ledger: its open bracket sets, then those cleaned since the previous revision. */
export function LedgerArticleSection({ article, previous, nameOf }: { article: LedgerArticle; previous: string; nameOf: (holder: BracketHolder) => string }) {
  const t = useT();
  const title = article.label === null ? t('positions.ledger.articleGone', { label: article.previousLabel ?? '' }) : article.label;
  return (
    <section className="ledger-article" aria-label={title}>
      <header className="ledger-article-header">
        <h3>
          {title}
          {article.heading && <span className="ledger-heading"> · {article.heading}</span>}
        </h3>
        {article.label !== null && article.previousLabel !== null && article.previousLabel !== article.label && (
          <span className="hint">{t('positions.ledger.previousLabel', { label: article.previousLabel })}</span>
        )}
        <span className="hint">{t('positions.ledger.articleCounts', { open: article.open.length, cleaned: article.cleaned.length })}</span>
      </header>
      {article.open.length > 0 && (
        <>
          <h4>{t('positions.ledger.open')}</h4>
          <ul className="ledger-sets">
            {article.open.map((set, index) => (
              <OpenSet key={index} set={set} nameOf={nameOf} />
            ))}
          </ul>
        </>
      )}
      {article.cleaned.length > 0 && (
        <>
          <h4>{t('positions.ledger.cleaned', { previous })}</h4>
          <ul className="ledger-sets ledger-cleaned">
            {article.cleaned.map((set, index) => (
              <CleanedSet key={index} set={set} nameOf={nameOf} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OpenSet({ set, nameOf }: { set: OpenBracket; nameOf: (holder: BracketHolder) => string }) {
  const t = useT();
  return (
    <li className="ledger-set">
      <div className="ledger-set-line">
        <span className="ledger-place">{set.label}</span>
        {set.since && <span className={`ledger-since ledger-since-${set.since}`}>{t(`positions.ledger.since.${set.since}`)}</span>}
        {set.depth > 0 && <span className="hint">{t('positions.ledger.nested')}</span>}
        {set.unclosed && <span className="ledger-warning">{t('positions.ledger.unclosed')}</span>}
      </div>
      <Options options={set.options} />
      <Holders holders={set.holders} options={set.options} nameOf={nameOf} />
    </li>
  );
}

function CleanedSet({ set, nameOf }: { set: CleanedBracket; nameOf: (holder: BracketHolder) => string }) {
  const t = useT();
  const outcome =
    set.outcome.kind === 'kept'
      ? t('positions.ledger.outcome.kept', { option: set.options[set.outcome.option]?.text ?? '' })
      : t(`positions.ledger.outcome.${set.outcome.kind}`);
  return (
    <li className="ledger-set">
      <div className="ledger-set-line">
        <span className="ledger-place">{set.previousLabel}</span>
        <span className="ledger-outcome">{outcome}</span>
      </div>
      <Options options={set.options} />
      <Holders holders={set.holders} options={set.options} nameOf={nameOf} cleaned />
    </li>
  );
}

function Options({ options }: { options: BracketOptionText[] }) {
  return (
    <ul className="ledger-options">
      {options.map((option, index) => (
        <li key={index} className="ledger-option">
          {bracketed(option)}
        </li>
      ))}
    </ul>
  );
}

function Holders({ holders, options, nameOf, cleaned = false }: { holders: BracketHolder[]; options: BracketOptionText[]; nameOf: (holder: BracketHolder) => string; cleaned?: boolean }) {
  const t = useT();
  if (holders.length === 0) return <p className="hint ledger-holders">{t('positions.ledger.noHolder')}</p>;
  return (
    <p className="ledger-holders">
      <span className="hint">{t('positions.ledger.heldBy')}: </span>
      {holders
        .map((holder) => {
          const held =
            holder.option === null
              ? t('positions.ledger.holderAmends', { speaker: nameOf(holder) })
              : t('positions.ledger.holderOption', { speaker: nameOf(holder), option: options[holder.option]?.text ?? '' });
          // Under "Cleaned since …" every holder spoke on that revision: said once, in the heading.
          return holder.revisionLabel && !cleaned ? t('positions.ledger.holderEarlier', { holder: held, revision: holder.revisionLabel }) : held;
        })
        .join('; ')}
    </p>
  );
}

/** An option as the draft writes it, in its brackets: "[Option 1: …]", "[shall]". */
function bracketed(option: BracketOptionText): string {
  return `[${option.name ? `${option.name}: ` : ''}${option.text}]`;
}
