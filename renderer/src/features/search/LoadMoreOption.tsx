import { ListBoxItem, ListBoxLoadMoreItem } from 'react-aria-components';
import { useT } from '../../i18n/useT';

/**
 * The end of a list that has more to load: an option the arrows reach from the search field
 * (Enter asks for more, for keyboard users), which reads "Loading more…" while the next page
 * comes; and React Aria's load-more sentinel, which asks for more as it scrolls into view. The
 * option keeps its key while loading, so the keyboard stays on it.
 */
export function LoadMoreOption({
  id,
  label,
  loading,
  failed,
  onLoadMore,
  loadsOnScroll = true,
}: {
  id: string;
  label: string;
  loading: boolean;
  /** The last page could not be loaded: the option asks again, scrolling does not. */
  failed: boolean;
  onLoadMore: () => void;
  /** Whether scrolling to the option loads too ("All 16 passages" waits to be chosen). */
  loadsOnScroll?: boolean;
}) {
  const t = useT();
  const text = loading ? t('search.loadingMore') : failed ? t('search.loadFailed') : label;
  return (
    <>
      <ListBoxItem id={id} textValue={text} className="search-more" data-loading={loading || undefined} onAction={onLoadMore}>
        {text}
      </ListBoxItem>
      {loadsOnScroll && <ListBoxLoadMoreItem onLoadMore={failed ? undefined : onLoadMore} isLoading={false} />}
    </>
  );
}
