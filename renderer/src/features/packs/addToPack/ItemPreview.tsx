import type { PackItem } from '../../../../../electron/common/packs';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useT } from '../../../i18n/useT';

/** How much of a long clip (a whole article) the preview shows, in characters. */
const shownLength = 600;

/**
 * The words and citation the item will carry, as the library gives them now; or why it cannot
 * be added (its source is gone).
 */
export function ItemPreview({ preview, error }: { preview: Pick<PackItem, 'citation' | 'quote' | 'language'> | undefined; error: unknown }) {
  const t = useT();
  if (error) return <ErrorMessage title={t('addToPack.sourceFailed')} error={error} />;
  if (!preview) return <p className="hint">{t('addToPack.reading')}</p>;
  const quote = preview.quote.length > shownLength ? `${preview.quote.slice(0, shownLength).trimEnd()}…` : preview.quote;
  return (
    <figure className="add-to-pack-preview" aria-label={t('addToPack.preview')}>
      {quote && (
        <blockquote lang={preview.language ?? undefined} dir="auto">
          {quote}
        </blockquote>
      )}
      <figcaption>{preview.citation || t('addToPack.noCitation')}</figcaption>
    </figure>
  );
}
