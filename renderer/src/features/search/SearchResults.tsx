import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useIntl } from 'react-intl';
import { Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components';
import type { SearchResponse } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useT } from '../../i18n/useT';
import type { ReaderTarget } from '../shell/navigation';
import { DocumentResults } from './DocumentResults';
import { AddToPackInOption } from '../packs/addToPack/AddToPackInOption';
import { annotationHitRequest } from '../packs/addToPack/packItemRequests';
import { LoadMoreOption } from './LoadMoreOption';
import { packRequestAttribute } from './resultPackRequests';
import { annotationKey, annotationTarget, passageTarget } from './resultTargets';

/**
 * The answer to a query as one listbox the search field drives (React Aria Autocomplete):
 * the user's own annotations first, then each document's passages under its title, then, while
 * the engine has more, "Show more documents" (also loaded as the list scrolls to it). Arrows
 * move through all of them from the field, Enter or a click opens one in the reader. An option
 * is named by all its text (citation and snippet), so what a screen reader says is what is shown.
 */
export function SearchResults({
  response,
  query,
  pending,
  onOpen,
  listRef,
  more,
}: {
  response: SearchResponse;
  /** The query `response` answers. */
  query: string;
  /** The results shown are not yet those of the query as typed: none is opened. */
  pending: boolean;
  onOpen: (target: ReaderTarget) => void;
  listRef?: Ref<HTMLDivElement>;
  more: { load: () => void; loading: boolean; failed: boolean };
}) {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const colours = useQuery({ queryKey: queryKeys.colours(), queryFn: () => api.annotations.colours({}) });
  const colourOf = (key: string) => colours.data?.find((colour) => colour.key === key);
  // The documents opened whole ("All 16 passages"), for the query they were opened in only.
  const [expanded, setExpanded] = useState<{ query: string; documentIds: ReadonlySet<number> }>({ query: '', documentIds: new Set() });
  const isExpanded = (documentId: number) => expanded.query === query && expanded.documentIds.has(documentId);
  // Not while the results shown answer an earlier text: the document would be asked with the new one.
  const expand = (documentId: number) => {
    if (pending) return;
    setExpanded((current) => ({
      query,
      documentIds: new Set([...(current.query === query ? current.documentIds : []), documentId]),
    }));
  };
  // Enter right after a keystroke would open a result of the previous query.
  const open = (target: ReaderTarget) => {
    if (!pending) onOpen(target);
  };

  return (
    <ListBox
      className="search-results"
      aria-label={t('search.results')}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      ref={listRef}
    >
      {response.annotations.length > 0 && (
        <ListBoxSection className="search-group">
          <Header className="search-group-header">
            <span className="search-group-title">{t('search.annotations')}</span>
            <span className="hint">{t('search.annotationCount', { count: response.totalAnnotations })}</span>
          </Header>
          {response.annotations.map((hit) => {
            const colour = colourOf(hit.colour);
            return (
              <ListBoxItem
                key={hit.annotationId}
                id={annotationKey(hit.annotationId)}
                textValue={hit.citation}
                className="search-hit"
                onAction={() => open(annotationTarget(hit))}
                {...packRequestAttribute(annotationHitRequest(hit))}
              >
                <span className="search-hit-citation">
                  {/* A data colour: the mark's own, the same in every theme. */}
                  {colour && <span className="swatch" style={{ background: colour.hex }} aria-hidden />}
                  {hit.citation}
                  {colour && <span className="hint"> · {colour.label}</span>}
                  <AddToPackInOption request={annotationHitRequest(hit)} />
                </span>
                <span className="search-hit-annotation">
                  {hit.quote && <q className="search-hit-quote">{hit.quote}</q>}
                  {hit.note && <span className="search-hit-note">{hit.note}</span>}
                  {hit.tags.length > 0 && <span className="hint">{t('search.tags', { tags: intl.formatList(hit.tags, { type: 'unit' }) })}</span>}
                </span>
              </ListBoxItem>
            );
          })}
        </ListBoxSection>
      )}
      {response.groups.map((group) => (
        <DocumentResults
          key={group.documentId}
          group={group}
          query={query}
          expanded={isExpanded(group.documentId)}
          onExpand={expand}
          onOpen={(hit) => open(passageTarget(group.documentId, hit))}
        />
      ))}
      {(response.nextOffset !== null || more.failed) && !pending && (
        <LoadMoreOption id="more-documents" label={t('search.showMoreDocuments')} loading={more.loading} failed={more.failed} onLoadMore={more.load} />
      )}
    </ListBox>
  );
}
