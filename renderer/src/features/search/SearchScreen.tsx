import { Search, X } from 'lucide-react';
import { useRef, useState, type RefObject } from 'react';
import { Autocomplete, Button, Input, SearchField, SelectableCollectionContext } from 'react-aria-components';
import type { SearchResponse } from '../../../../electron/common/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { useAddToPackCommand } from '../packs/addToPack/useAddToPack';
import { useNavigation } from '../shell/navigation';
import { FilterChips } from './FilterChips';
import { IndexStatus } from './IndexStatus';
import { removeFilter } from './queryFilters';
import { focusedResultRequest } from './resultPackRequests';
import { resultTargets } from './resultTargets';
import { SearchNotices } from './SearchNotices';
import { SearchResults } from './SearchResults';
import { SearchSyntaxHelp } from './SearchSyntaxHelp';
import { useSearch } from './useSearch';
import './search.css';

/**
 * Search: the field in the screen's toolbar (focused by Ctrl/Cmd+K through `inputRef`), the
 * results below as you type. The field is a combobox driving the results list (React Aria
 * Autocomplete): arrows move through the results, Enter opens one.
 */
export function SearchScreen({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const [text, setText] = useState('');
  const search = useSearch(text);
  const { status, results, pending } = search;
  const navigation = useNavigation();
  const searching = text.trim() !== '';
  // A refused query (its message is shown) leaves no earlier results or filters on screen.
  // (A page of more documents that failed leaves those listed: its option offers to try again.)
  const response = searching && !(results.isError && !results.isFetchNextPageError) ? search.response : undefined;
  const hasResults = Boolean(response && (response.groups.length > 0 || response.annotations.length > 0));

  const list = useRef<HTMLDivElement>(null);
  // Enter with no result under it (after Backspace, React Aria leaves none) opens the first one.
  const openFirst = () => {
    if (!response || pending || list.current?.querySelector('[role="option"][data-focused]')) return;
    const first = resultTargets(response).values().next();
    if (!first.done) navigation.openInReader(first.value);
  };

  // Ctrl+Shift+B adds the result under the keyboard (each result has its own button for the mouse).
  useAddToPackCommand(() => (pending ? undefined : focusedResultRequest(list.current)), hasResults);

  const removeChip = (raw: string) => {
    setText((current) => removeFilter(current, raw));
    inputRef.current?.focus();
  };

  return (
    <section aria-labelledby="screen-title" className="screen search-screen">
      {/* No filter: the service chooses the results; the list shows them as they come. */}
      <Autocomplete inputValue={text} onInputChange={setText}>
        <ScreenToolbar title={t('search.title')}>
          <SearchField className="search-field" aria-label={t('search.fieldLabel')} autoFocus onSubmit={openFirst}>
            <Search aria-hidden size={16} className="search-field-icon" />
            {/* A combobox (WAI-ARIA 1.2) whose list is always shown below rather than in a popup. */}
            <Input ref={inputRef} role="combobox" aria-expanded={hasResults} className="search-field-input" placeholder={t('search.placeholder')} />
            <Button className="search-field-clear">
              <X aria-hidden size={14} />
            </Button>
          </SearchField>
        </ScreenToolbar>
        <div className="search-body">
          <IndexStatus status={status} />
          {!searching && <SearchSyntaxHelp />}
          {response && (
            // The tags are a collection too: keep them out of the field's reach, which is the results list.
            <SelectableCollectionContext.Provider value={null}>
              <FilterChips chips={response.filterChips} onRemove={removeChip} />
            </SelectableCollectionContext.Provider>
          )}
          {response && <SearchNotices notices={response.notices} />}
          {searching && results.isError && !results.isFetchNextPageError && <ErrorMessage title={t('search.failed')} error={results.error} />}
          {response && (
            <p className="search-count" aria-live="polite" data-pending={pending || undefined}>
              {response.totalPassages > 0
                ? t(response.totalsAreLowerBounds ? 'search.resultCountAtLeast' : 'search.resultCount', {
                    passages: response.totalPassages,
                    documents: response.totalDocuments,
                  })
                : t(response.totalAnnotations > 0 ? 'search.noPassageButAnnotations' : 'search.noMatch')}
            </p>
          )}
          {searching && (
            <SearchResults
              response={response ?? emptyResponse}
              query={search.query}
              pending={pending}
              listRef={list}
              onOpen={(target) => navigation.openInReader(target)}
              more={{ load: search.loadMore, loading: search.loadingMore, failed: results.isFetchNextPageError }}
            />
          )}
          {response && response.nextOffset === null && response.groups.length < response.totalDocuments && !response.totalsAreLowerBounds && (
            <p className="hint search-not-listed">{t('search.documentsNotListed', { count: response.totalDocuments - response.groups.length })}</p>
          )}
        </div>
      </Autocomplete>
    </section>
  );
}

/** Before the first answer (or after a refused query) the list is there, empty, for the field to drive. */
const emptyResponse: SearchResponse = {
  annotations: [],
  totalAnnotations: 0,
  totalPassages: 0,
  totalDocuments: 0,
  totalsAreLowerBounds: false,
  groups: [],
  nextOffset: null,
  filterChips: [],
  tookMs: 0,
  notices: [],
};
